import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectPositionals, parseFlags, usageError } from '../args.js';
import { EXIT } from '../cli-error.js';
import type { Io } from '../io.js';

/** Template files that npm would mangle are stored under another name. */
const RENAMED: Record<string, string> = { gitignore: '.gitignore' };

/** `kehoach init [DIR]`: a new plan project with a commented plan.ts and a CI workflow. */
export async function initCommand(argv: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
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
  for (const file of files) {
    const destination = path.join(target, file.to);
    mkdirSync(path.dirname(destination), { recursive: true });
    writeFileSync(destination, readFileSync(file.from));
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
      '  npx kehoach validate plan.ts',
      '',
    ].join('\n'),
  );
  return EXIT.ok;
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
