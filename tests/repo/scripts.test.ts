/**
 * The root scripts work as documented: none is shadowed by a pnpm command of the same name
 * (`pnpm docs` opens a package's home page instead of building the API reference), and every
 * `pnpm <name>` the docs mention is a script or a pnpm command they mean.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scripts = Object.keys((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
/** pnpm commands that run the script of the same name. */
const RUNS_SCRIPT = new Set(['test', 'start', 'stop', 'restart']);
/** pnpm's own commands the docs may ask for; any other `pnpm <name>` must be a root script. */
const DOCUMENTED_BUILTINS = new Set(['install', 'i', 'add', 'exec', 'dlx', 'pack', 'run']);

function pnpmCommands(): Set<string> {
  const execpath = process.env['npm_execpath'];
  const [command, prefix] = execpath && /pnpm/.test(path.basename(execpath)) ? [execpath, []] : ['npx', ['-y', 'pnpm@12.4.2']];
  const help = execFileSync(command, [...prefix, '--help'], { cwd: root, encoding: 'utf8' });
  const names = new Set<string>();
  for (const line of help.slice(help.indexOf('Commands:'), help.indexOf('Options:')).split('\n')) {
    const m = /^ {2}([a-z][\w-]*)\s+(.*)$/.exec(line);
    if (!m) continue;
    names.add(m[1]!);
    for (const alias of /\[alias(?:es)?: ([^\]]+)\]/.exec(m[2]!)?.[1]?.split(', ') ?? []) names.add(alias);
  }
  return names;
}

function docFiles(): string[] {
  const docs = readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);
  const packages = readdirSync(path.join(root, 'packages')).map((p) => `packages/${p}/README.md`);
  return ['README.md', 'DEVELOPERS.md', ...docs, ...packages];
}

describe('root scripts', () => {
  const builtins = pnpmCommands();

  it('reads pnpm\'s own commands', () => {
    expect(builtins).toContain('install');
    expect(builtins).toContain('docs');
    expect(builtins).toContain('home');
  });

  it('no script is shadowed by a pnpm command', () => {
    expect(scripts.filter((name) => builtins.has(name) && !RUNS_SCRIPT.has(name))).toEqual([]);
    expect(scripts).toContain('docs:api');
  });

  it('every `pnpm <name>` in the docs is a root script, or one of the pnpm commands the docs use on purpose', () => {
    const unknown: string[] = [];
    for (const file of docFiles()) {
      const text = readFileSync(path.join(root, file), 'utf8');
      // Commands are in code: fenced blocks and inline code spans.
      const code = [...text.matchAll(/```[^\n]*\n([\s\S]*?)```|`([^`\n]+)`/g)].map((m) => m[1] ?? m[2]).join('\n');
      for (const m of code.matchAll(/\bpnpm(?:@[\d.]+)? ([a-z][\w:-]*)/g)) {
        const name = m[1]!;
        const ok = scripts.includes(name) ? !builtins.has(name) || RUNS_SCRIPT.has(name) : DOCUMENTED_BUILTINS.has(name) && builtins.has(name);
        if (!ok) unknown.push(`${file}: pnpm ${name}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
