import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire, isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isShallow, lineColumn, parseTypeScript, type EsNode } from '@kehoach/validator/locate';
import { SourceRefusal } from './load-error.js';
import { checkSourcePath, isInside, readSource, type SourceRoot } from './read-source.js';

/** The files a plan module was read from, filled as they are read (so they are known when running fails). */
export interface TsModuleSources {
  /** The text of every `.ts` file read, by absolute path. */
  sources: Map<string, string>;
  /** The syntax tree of every `.ts` file read, by absolute path (for source locations). */
  programs: Map<string, EsNode>;
}

type OxcParser = typeof import('oxc-parser');
type OxcTransform = typeof import('oxc-transform');

const TS_EXTENSIONS = /\.[cm]?ts$/;

/**
 * @internal Runs a TypeScript plan module without a build step and returns its default
 * export: each `.ts` file is read (inside the root, see `readSource`), its types stripped by
 * oxc-transform, and its imports pointed at the stripped modules (as `data:` URLs) or at
 * resolved packages; Node then runs it as an ES module. Type-only imports are erased, never read.
 */
export async function runTsModule(file: string, root: SourceRoot, read: TsModuleSources): Promise<unknown> {
  const [parser, transformer] = await Promise.all([import('oxc-parser'), import('oxc-transform')]);
  const builder = new ModuleBuilder(parser, transformer, root, read);
  const url = builder.build(path.resolve(file), []);
  const module = (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
  return module['default'];
}

class ModuleBuilder {
  private readonly urls = new Map<string, string>();

  constructor(
    private readonly parser: OxcParser,
    private readonly transformer: OxcTransform,
    private readonly root: SourceRoot,
    private readonly read: TsModuleSources,
  ) {}

  build(file: string, stack: readonly string[]): string {
    const done = this.urls.get(file);
    if (done !== undefined) return done;
    if (stack.includes(file)) {
      throw new SourceRefusal({
        code: 'ts/import-cycle',
        file,
        message: {
          vi: `Các tệp kế hoạch nhập lẫn nhau thành vòng: ${[...stack, file].map((f) => path.basename(f)).join(' → ')}.`,
          en: `Plan files import each other in a cycle: ${[...stack, file].map((f) => path.basename(f)).join(' → ')}.`,
        },
      });
    }
    const text = readSource(file, this.root, 'ts');
    this.read.sources.set(file, text);
    // The native parser and transformer do not guard their stack: a source nested thousands of
    // levels deep would crash the process. One that is not certainly shallow is first parsed by
    // the JavaScript parser, whose overflow is a catchable error, and refused if it overflows.
    if (!isShallow(text)) {
      const checked = parseTypeScript(text, { parser: 'javascript' });
      if (!checked.ok && checked.reason === 'too-deep') {
        const { line, column } = lineColumn(text)(checked.offset);
        throw new SourceRefusal({ code: 'input/too-deep', file, line, column, message: { vi: 'Mã nguồn lồng nhau quá sâu để đọc.', en: 'The source is nested too deeply to read.' } });
      }
    }
    const parsed = this.parser.parseSync(file, text, { lang: 'ts', sourceType: 'module', preserveParens: false });
    const syntax = parsed.errors[0];
    if (syntax !== undefined) throw syntaxRefusal(file, text, syntax.message, syntax.labels[0]?.start ?? 0);
    this.read.programs.set(file, parsed.program as unknown as EsNode);

    const requests: { value: string; start: number; end: number }[] = [];
    for (const declaration of parsed.module.staticImports) {
      const entries = declaration.entries;
      if (entries.length > 0 && entries.every((e) => e.isType)) continue;
      requests.push(declaration.moduleRequest);
    }
    for (const declaration of parsed.module.staticExports) {
      for (const entry of declaration.entries) {
        if (entry.moduleRequest !== null && !entry.isType) requests.push(entry.moduleRequest);
      }
    }
    requests.sort((a, b) => b.start - a.start);
    let rewritten = text;
    const seen = new Set<number>();
    for (const request of requests) {
      if (seen.has(request.start)) continue;
      seen.add(request.start);
      const target = this.resolve(request.value, file, text, request.start, [...stack, file]);
      rewritten = `${rewritten.slice(0, request.start)}${JSON.stringify(target)}${rewritten.slice(request.end)}`;
    }
    const output = this.transformer.transformSync(file, rewritten, { lang: 'ts', sourceType: 'module' });
    const failed = output.errors[0];
    if (failed !== undefined) throw syntaxRefusal(file, text, failed.message, 0);
    const url = `data:text/javascript;base64,${Buffer.from(`${output.code}\n//# sourceURL=${pathToFileURL(file).href}\n`).toString('base64')}`;
    this.urls.set(file, url);
    return url;
  }

  private resolve(specifier: string, from: string, text: string, offset: number, stack: readonly string[]): string {
    if (isBuiltin(specifier)) return specifier;
    if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') || specifier.startsWith('file:')) {
      const base = specifier.startsWith('file:') ? fileURLToPath(specifier) : path.resolve(path.dirname(from), specifier);
      if (!isInside(this.root.dir, base) && !isInside(this.root.real, base)) throw outsideRoot(specifier, from, text, offset, this.root);
      const target = relativeTarget(base);
      if (target === undefined) throw unresolved(specifier, from, text, offset);
      if (TS_EXTENSIONS.test(target)) return this.build(target, stack);
      return pathToFileURL(checkSourcePath(target, this.root)).href;
    }
    const resolved = resolvePackage(specifier, from);
    if (resolved === undefined) throw unresolved(specifier, from, text, offset);
    return resolved;
  }
}

/**
 * The file a relative import names: `./x.js` may stand for `./x.ts`, `./x` for `./x.ts` or
 * `./x/index.ts`. A folder where a file is expected is returned, to be refused with its code.
 */
function relativeTarget(base: string): string | undefined {
  const mapped = base.replace(/\.([cm]?)js$/, '.$1ts');
  if (mapped !== base && existsSync(mapped)) return mapped;
  if (existsSync(`${base}.ts`)) return `${base}.ts`;
  if (existsSync(base) && !statSync(base).isDirectory()) return base;
  if (existsSync(path.join(base, 'index.ts'))) return path.join(base, 'index.ts');
  return existsSync(base) ? base : undefined;
}

const CORE = '@kehoach/core';

/**
 * A package import as a file URL. `@kehoach/core` is the command's own copy, so the plan's
 * builders and the command share one module; other packages resolve from the plan's folder.
 */
function resolvePackage(specifier: string, from: string): string | undefined {
  if (specifier === CORE || specifier.startsWith(`${CORE}/`)) {
    const own = ownResolve(specifier);
    if (own !== undefined) return own;
  }
  try {
    return pathToFileURL(createRequire(from).resolve(specifier)).href;
  } catch {
    return resolveByExports(specifier, path.dirname(from));
  }
}

function ownResolve(specifier: string): string | undefined {
  try {
    if (typeof import.meta.resolve === 'function') {
      const url = import.meta.resolve(specifier);
      if (url.startsWith('file:') && !TS_EXTENSIONS.test(url)) return url;
    }
  } catch {
    // Fall back to the package's exports, found from this file.
  }
  return resolveByExports(specifier, path.dirname(fileURLToPath(import.meta.url)));
}

/** Resolves an ES-module-only package (an `exports` map with an `import` condition) by walking up `node_modules`. */
function resolveByExports(specifier: string, fromDir: string): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const subpath = `.${specifier.slice(name.length)}`;
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const pkgDir = path.join(dir, 'node_modules', name);
    const manifest = path.join(pkgDir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; main?: string };
      const target = exportTarget(pkg.exports, subpath) ?? (subpath === '.' ? pkg.main : undefined);
      return target === undefined ? undefined : pathToFileURL(realpathSync(path.join(pkgDir, target))).href;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (exports === undefined || exports === null) return undefined;
  const entry = typeof exports === 'string' || Array.isArray(exports) || !Object.keys(exports).some((k) => k.startsWith('.')) ? (subpath === '.' ? exports : undefined) : (exports as Record<string, unknown>)[subpath];
  const pick = (value: unknown): string | undefined => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(pick).find((v) => v !== undefined);
    if (typeof value === 'object' && value !== null) {
      for (const condition of ['node', 'import', 'default']) {
        if (Object.hasOwn(value, condition)) {
          const found = pick((value as Record<string, unknown>)[condition]);
          if (found !== undefined) return found;
        }
      }
    }
    return undefined;
  };
  return pick(entry);
}

function syntaxRefusal(file: string, text: string, message: string, offset: number): SourceRefusal {
  const { line, column } = lineColumn(text)(offset);
  return new SourceRefusal({ code: 'ts/syntax', file, line, column, message: { vi: `Lỗi cú pháp: ${message}`, en: `Syntax error: ${message}` } });
}

function unresolved(specifier: string, file: string, text: string, offset: number): SourceRefusal {
  const { line, column } = lineColumn(text)(offset);
  return new SourceRefusal({
    code: 'ts/unresolved-import',
    file,
    line,
    column,
    message: { vi: `Không tìm thấy "${specifier}" để nhập.`, en: `Cannot find "${specifier}" to import.` },
  });
}

/** @internal An import that names a file outside the root, refused before anything is opened. */
export function outsideRoot(specifier: string, file: string, text: string, offset: number, root: SourceRoot): SourceRefusal {
  const { line, column } = lineColumn(text)(offset);
  return new SourceRefusal({
    code: 'input/outside-root',
    file,
    line,
    column,
    message: {
      vi: `"${specifier}" nằm ngoài thư mục gốc ${root.dir}; kế hoạch chỉ được nhập tệp trong thư mục gốc (--root).`,
      en: `"${specifier}" is outside the root ${root.dir}; a plan may only import files inside its root (--root).`,
    },
  });
}
