import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { isInside } from './load/read-source.js';

/** A TypeScript error in a plan file. */
export interface TypeErrorAt {
  file: string;
  line: number;
  column: number;
  code: number;
  message: string;
}

/** Largest file the type checker reads. */
const MAX_TYPE_SOURCE_BYTES = 16 * 1024 * 1024;

/**
 * Type-checks a plan file and the plan files it imports with the TypeScript compiler (loaded
 * only here) and returns the errors in files inside `root`, with their
 * locations. The compiler reads only regular files inside `root`, TypeScript's own library
 * files, and type declarations and `package.json` files under `node_modules`; nothing else
 * exists for it, so a type check reads no other file than loading the plan would.
 *
 * @internal
 */
export async function typeErrorsOf(file: string, root: string = path.dirname(file)): Promise<TypeErrorAt[]> {
  const ts = (await import('typescript')).default;
  const options: import('typescript').CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    types: [],
  };
  const rootReal = realpathSync(root);
  const libDir = path.dirname(ts.getDefaultLibFilePath(options));
  const host = ts.createCompilerHost(options, true);
  const allowed = (name: string): string | undefined => {
    let real: string;
    try {
      real = realpathSync(name);
    } catch {
      return undefined;
    }
    if (isInside(rootReal, real) || isInside(libDir, real)) return real;
    // A package's type declarations, in a package reached through node_modules (a workspace
    // package's real folder need not be under node_modules itself).
    if (!/(\.d\.[cm]?ts|[\\/]package\.json)$/.test(real)) return undefined;
    notePackage(name);
    return [...packages].some((dir) => isInside(dir, real, true)) ? real : undefined;
  };
  /** Folders of the packages met through node_modules, with links resolved. */
  const packages = new Set<string>();
  const notePackage = (name: string): void => {
    const parts = path.resolve(name).split(path.sep);
    const at = parts.lastIndexOf('node_modules');
    if (at < 0 || at + 1 >= parts.length) return;
    const end = parts[at + 1]!.startsWith('@') ? at + 3 : at + 2;
    try {
      packages.add(realpathSync(parts.slice(0, end).join(path.sep)));
    } catch {
      // Not a package folder.
    }
  };
  const realpath = host.realpath;
  host.realpath = (name) => {
    notePackage(name);
    return realpath === undefined ? name : realpath(name);
  };
  host.fileExists = (name) => allowed(name) !== undefined;
  host.readFile = (name) => {
    const real = allowed(name);
    return real === undefined ? undefined : readRegularFile(real);
  };
  host.getSourceFile = (name, languageVersion) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, languageVersion, true);
  };
  host.directoryExists = (name) => {
    try {
      realpathSync(name);
      return true;
    } catch {
      return false;
    }
  };
  const program = ts.createProgram([path.resolve(file)], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file !== undefined && allowedPlanFile(d.file.fileName, rootReal))
    .map((d) => {
      const at = d.file!;
      const { line, character } = at.getLineAndCharacterOfPosition(d.start ?? 0);
      return { file: path.resolve(at.fileName), line: line + 1, column: character + 1, code: d.code, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
    });
}

function allowedPlanFile(name: string, rootReal: string): boolean {
  try {
    return isInside(rootReal, realpathSync(name));
  } catch {
    return false;
  }
}

function readRegularFile(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_TYPE_SOURCE_BYTES) return undefined;
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
