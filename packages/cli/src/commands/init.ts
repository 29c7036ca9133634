import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectPositionals, parseFlags, usageError } from '../args.js';
import { EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../output/atomic-write.js';
import { outputError, writeFailureCode } from '../output/errors.js';
import { realFs, type OutputFs } from '../output/fs-port.js';

/** Template files that npm would mangle are stored under another name. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

/**
 * A valid npm package name made from a folder name: Vietnamese letters without their marks
 * ("Kế hoạch 2026" → "ke-hoach-2026"), lower case, other characters as hyphens; "ke-hoach" when
 * nothing is left.
 *
 * @example
 * packageNameFor('Kế hoạch PCTT 2026'); // 'ke-hoach-pctt-2026'
 */
export function packageNameFor(folder: string): string {
  const name = path
    .basename(path.resolve(folder))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[-._~]+/, '')
    .replace(/-+$/, '')
    .slice(0, 214);
  return name === '' || name === 'node_modules' || name === 'favicon.ico' ? 'ke-hoach' : name;
}

/** `kehoach init [DIR]`: a new plan project with a commented plan.ts and a CI workflow. */
export async function initCommand(argv: readonly string[], io: Io, cwd: string = process.cwd(), fs: OutputFs = realFs): Promise<number> {
  const { positionals } = parseFlags('init', argv, {});
  if (positionals.length > 1) expectPositionals('init', positionals, { vi: 'nhiều nhất một thư mục', en: 'at most one folder' });
  const target = path.resolve(cwd, positionals[0] ?? '.');
  const files = templateFiles();
  const clashes = files.filter((f) => existsSync(path.join(target, f.to)));
  if (clashes.length > 0) {
    const names = clashes.map((f) => f.to).join(', ');
    const where = path.relative(cwd, target) || '.';
    throw usageError('init', { vi: `${names} đã có trong ${where}; không ghi tệp nào`, en: `${names} already exist in ${where}; nothing was written` });
  }
  // Each file is written whole or not at all (a temporary file renamed into place); if one
  // cannot be written, the ones already written are removed, so a failed init leaves nothing.
  const written: string[] = [];
  for (const file of files) {
    const destination = path.join(target, file.to);
    try {
      mkdirSync(path.dirname(destination), { recursive: true });
      writeFileAtomic(destination, contentOf(file, target), fs);
      written.push(destination);
    } catch (error) {
      for (const done of written) {
        try {
          unlinkSync(done);
        } catch {
          // Already gone: nothing to undo.
        }
      }
      const reason = error instanceof Error ? error.message : String(error);
      throw outputError('init', writeFailureCode(error), {
        vi: `không ghi được ${file.to} (${reason}); không để lại tệp nào`,
        en: `could not write ${file.to} (${reason}); no file was left behind`,
      });
    }
  }
  const where = path.relative(cwd, target) || '.';
  io.stdout(
    [
      `Created a kehoach plan project in ${where}:`,
      ...files.map((f) => `  ${f.to}`),
      '',
      'Next:',
      ...(where === '.' ? [] : [`  cd ${where}`]),
      '  npm install',
      '  fill in every [[…]] in plan.ts (validate reports each one until it is replaced)',
      '  npx kehoach validate plan.ts --typecheck',
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}

/** A template file's bytes; package.json gets the project's name from its folder. */
function contentOf(file: { from: string; to: string }, target: string): Buffer {
  const bytes = readFileSync(file.from);
  if (file.to !== 'package.json') return bytes;
  const pkg = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  return Buffer.from(`${JSON.stringify({ ...pkg, name: packageNameFor(target) }, null, 2)}\n`);
}

function templateFiles(): { from: string; to: string }[] {
  const root = templateRoot();
  const out: { from: string; to: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const relative = path.relative(root, full);
        out.push({ from: full, to: path.join(path.dirname(relative), RENAMED[name] ?? name) });
      }
    }
  };
  walk(root);
  return out;
}

/** The templates folder sits beside `src/` and `dist/` in the package. */
function templateRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'templates', 'init');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('kehoach: the init templates are missing from this installation');
}
