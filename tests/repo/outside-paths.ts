/**
 * Finds paths in test and script sources that point outside the repository, such as
 * `path.resolve(repoRoot, '../outside/reference.txt')`: a fresh clone has nothing there. (outside-repo: data)
 *
 * The scan reads the string literals given to path and file functions (`path.resolve`,
 * `path.join`, `readFileSync`, `new URL`, …) and resolves them from the file's own folder, or
 * from the repository root when the call starts from a variable named like `root`. A line
 * that builds such a path on purpose, as data (a confinement test's `../../etc/passwd`),
 * carries the comment `outside-repo: data`.
 */
import path from 'node:path';

/** One path that escapes the repository. */
export interface OutsidePath {
  file: string;
  line: number;
  literal: string;
  resolved: string;
}

const CALL = /\b(?:resolve|join|readFileSync|readFile|existsSync|readdirSync|statSync|createReadStream|openSync|URL)\s*\(([^()]*)\)/g;
const LITERAL = /'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`$\\\n]*)`/g;
const ROOT_BASE = /^\s*\w*root\w*\s*,/i;

/**
 * The paths of `source` (the text of `file`, relative to `root`) that resolve outside `root`.
 *
 * @example
 * outsidePaths("path.resolve(repoRoot, '../outside/x.txt')", 'tests/a.test.ts', '/repo'); // one hit (outside-repo: data)
 */
export function outsidePaths(source: string, file: string, root: string): OutsidePath[] {
  const out: OutsidePath[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    if (text.includes('outside-repo: data')) return;
    for (const call of text.matchAll(CALL)) {
      const args = call[1]!;
      const base = ROOT_BASE.test(args) ? root : path.dirname(path.join(root, file));
      const parts = [...args.matchAll(LITERAL)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      if (!parts.some((p) => p.split(/[\\/]/).includes('..'))) continue;
      const resolved = path.resolve(base, ...parts.filter((p) => !path.isAbsolute(p)));
      const relative = path.relative(root, resolved);
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        out.push({ file, line: index + 1, literal: parts.join(', '), resolved });
      }
    }
  });
  return out;
}
