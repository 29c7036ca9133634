/**
 * The reading side of the hostile corpus (docs/security.md): every file a plan reads is a
 * regular file inside its root, the --no-exec grammar holds for the whole file, what the
 * static reader builds is bounded, and each refusal has a code, exit status 2 and no stack
 * trace. Folders of tests/hostile/reading/ come with their code in reading.json; cases that
 * need a link, a FIFO, a folder or a huge file are built here. A trap file outside the root is
 * never read: checked in the output and with a spy on the file system.
 */
import { spawnSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadPlan } from '../../packages/cli/src/load-plan.js';
import { tsPlanLocator } from '../../packages/validator/src/locate/index.js';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const expected = JSON.parse(readFileSync(path.join(here, 'reading.json'), 'utf8')) as Record<string, { code: string; status: number }>;
const tmp = mkdtempSync(path.join(here, '.tmp-reading-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kehoach(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** The code of the first error diagnostic of `validate --format json`, or 'ok'. */
function firstCode(stdout: string): string {
  const out = JSON.parse(stdout) as { diagnostics: { code: string; severity: string }[] };
  return out.diagnostics.find((d) => d.severity === 'error')?.code ?? 'ok';
}

const validPlan = readFileSync(path.join(here, 'reading/control-valid/plan.ts'), 'utf8');
/** A plan folder whose plan.ts takes its registry from ./registry.js. */
function planWithRegistry(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const text = validPlan
    .replace("import { before, definePlan, defineRegistry } from '@kehoach/core';", "import { before, definePlan } from '@kehoach/core';\nimport { registry as r } from './registry.js';")
    .replace(/const r = defineRegistry\(\{[\s\S]*?\n\}\);\n/, '');
  writeFileSync(path.join(dir, 'plan.ts'), text);
  return dir;
}
const REGISTRY = `import { defineRegistry } from '@kehoach/core';
export const registry = defineRegistry({
  units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, soYTe: { name: 'Sở Y tế', kind: 'department' } },
});
`;

describe('the reading corpus', () => {
  it.each(Object.keys(expected))('%s gives its code and exit status under --no-exec', (name) => {
    const { code, status } = expected[name]!;
    const r = kehoach(['validate', path.join('tests/hostile/reading', name), '--no-exec', '--format', 'json', '--locale', 'en']);
    expect(r.signal).toBeNull();
    expect(r.status).toBe(status);
    expect(firstCode(r.stdout)).toBe(code);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('refuses the same files under every command that loads a plan, by flag or by setting', () => {
    const dir = 'tests/hostile/reading/unused-eval';
    for (const args of [['summary', dir, '--no-exec'], ['obligations', dir, '--no-exec'], ['export', dir, '--format', 'json', '--no-exec'], ['diff', dir, dir, '--no-exec'], ['import', dir, '--no-exec']]) {
      const r = kehoach([...args, '--locale', 'en']);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('static/unsupported');
    }
    const env = kehoach(['summary', dir, '--locale', 'en'], { KEHOACH_NO_EXEC: '1' });
    expect(env.status).toBe(2);
    expect(env.stderr).toContain('static/unsupported');
    const config = path.join(tmp, 'no-exec.json');
    writeFileSync(config, JSON.stringify({ noExec: true }));
    const configured = kehoach(['export', dir, '--format', 'json', '--config', config, '--locale', 'en']);
    expect(configured.status).toBe(2);
    expect(configured.stderr).toContain('static/unsupported');
    // A configuration cannot turn it off.
    writeFileSync(config, JSON.stringify({ noExec: false }));
    expect(kehoach(['summary', dir, '--config', config], { KEHOACH_NO_EXEC: '1' }).status).toBe(2);
  });
});

describe('files that are not regular files inside the root', () => {
  const secret = 'KEHOACH_TEST_SECRET=do-not-print-me-0123456789';

  it('refuses a link to a file outside the root, in both modes, without printing the file', () => {
    const outside = path.join(tmp, 'outside');
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, '.env'), `${secret}\n`);
    const dir = planWithRegistry(path.join(tmp, 'link-env'));
    symlinkSync(path.join(outside, '.env'), path.join(dir, 'registry.ts'));
    for (const mode of [['--no-exec'], []]) {
      const r = kehoach(['validate', dir, ...mode, '--format', 'json', '--locale', 'en']);
      expect(r.status, mode.join()).toBe(2);
      expect(firstCode(r.stdout), mode.join()).toBe('input/outside-root');
      expect(r.stdout + r.stderr).not.toContain('do-not-print');
    }
  });

  it('refuses a FIFO and /dev/zero as registry.ts without reading them, and a folder', () => {
    const fifo = planWithRegistry(path.join(tmp, 'fifo'));
    const made = spawnSync('mkfifo', [path.join(fifo, 'registry.ts')]);
    const zero = planWithRegistry(path.join(tmp, 'zero'));
    symlinkSync('/dev/zero', path.join(zero, 'registry.ts'));
    const folder = planWithRegistry(path.join(tmp, 'folder'));
    mkdirSync(path.join(folder, 'registry.ts'));
    const cases: [string, string][] = [
      [zero, 'input/outside-root'],
      [folder, 'input/not-a-file'],
      ...(made.status === 0 ? ([[fifo, 'input/not-a-file']] as [string, string][]) : []),
    ];
    for (const [dir, code] of cases) {
      for (const mode of [['--no-exec'], []]) {
        const r = kehoach(['validate', dir, ...mode, '--format', 'json']);
        expect(r.signal, dir).toBeNull();
        expect(r.status, `${dir} ${mode.join()}`).toBe(2);
        expect(firstCode(r.stdout), `${dir} ${mode.join()}`).toBe(code);
      }
    }
  });

  it('refuses a JSON plan over the size cap before reading it', () => {
    const file = path.join(tmp, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 100 * 1024 * 1024 + 1);
    const r = kehoach(['validate', file, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(firstCode(r.stdout)).toBe('input/too-large');
  });

  it('does not follow a linked folder out of the tree in a glob, and refuses a linked plan file', () => {
    const tree = path.join(tmp, 'tree');
    mkdirSync(path.join(tree, 'a'), { recursive: true });
    writeFileSync(path.join(tree, 'a', 'plan.ts'), validPlan);
    const elsewhere = path.join(tmp, 'elsewhere');
    mkdirSync(path.join(elsewhere, 'b'), { recursive: true });
    writeFileSync(path.join(elsewhere, 'b', 'plan.ts'), validPlan.replace("'KẾ HOẠCH THỬ'", "'ELSEWHERE'"));
    symlinkSync(elsewhere, path.join(tree, 'linked'));
    const r = kehoach(['validate', `${path.relative(root, tree)}/**/plan.ts`, '--format', 'json', '--no-exec']);
    expect(r.status).toBe(0);
    const files = new Set((JSON.parse(r.stdout).diagnostics as { file: string }[]).map((d) => d.file));
    expect([...files].some((f) => f.includes('linked'))).toBe(false);
    mkdirSync(path.join(tree, 'c'));
    symlinkSync(path.join(elsewhere, 'b', 'plan.ts'), path.join(tree, 'c', 'plan.ts'));
    const linked = kehoach(['validate', path.join(tree, 'c'), '--no-exec', '--format', 'json']);
    expect(linked.status).toBe(2);
    expect(firstCode(linked.stdout)).toBe('input/outside-root');
  });

  it('reads a shared file outside the plan folder only when --root includes it', () => {
    const shared = path.join(tmp, 'rooted');
    mkdirSync(path.join(shared, 'common'), { recursive: true });
    writeFileSync(path.join(shared, 'common', 'registry.ts'), REGISTRY);
    const dir = planWithRegistry(path.join(shared, 'plan'));
    writeFileSync(path.join(dir, 'plan.ts'), readFileSync(path.join(dir, 'plan.ts'), 'utf8').replace("'./registry.js'", "'../common/registry.js'"));
    for (const mode of [['--no-exec'], []]) {
      expect(firstCode(kehoach(['validate', dir, ...mode, '--format', 'json']).stdout)).toBe('input/outside-root');
      const r = kehoach(['validate', dir, ...mode, '--root', shared, '--format', 'json']);
      expect(r.status, r.stderr).toBe(0);
    }
    expect(firstCode(kehoach(['validate', dir, '--root', path.join(shared, 'common'), '--format', 'json']).stdout)).toBe('input/outside-root');
  });
});

describe('a trap file outside the root', () => {
  const trapDir = path.join(tmp, 'trap');
  const trap = path.join(trapDir, 'trap.ts');
  mkdirSync(trapDir, { recursive: true });
  writeFileSync(trap, "export const registry = 'TRAP-CONTENT-7f3a';\n");
  const spied: string[] = [];
  const wrap = <K extends 'openSync' | 'readFileSync'>(name: K) => {
    const original = fs[name] as (...args: unknown[]) => unknown;
    return vi.spyOn(fs, name).mockImplementation(((...args: unknown[]) => {
      spied.push(String(args[0]));
      return original(...args);
    }) as never);
  };
  afterEach(() => {
    vi.restoreAllMocks();
    syncBuiltinESMExports();
    spied.length = 0;
  });

  const cases: [string, string][] = [
    ['a value import', "import { registry as r } from '../trap/trap.js';"],
    ['a type-only import', "import type { registry as r } from '../trap/trap.js';"],
  ];
  it.each(cases)('is never opened when the plan names it in %s, by the reader or the locator', async (_, line) => {
    const dir = planWithRegistry(path.join(tmp, `trapped-${line.includes('type') ? 'type' : 'value'}`));
    const file = path.join(dir, 'plan.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("import { registry as r } from './registry.js';", line));
    for (const args of [['validate', dir, '--no-exec', '--format', 'json'], ['validate', dir, '--format', 'json'], ['validate', dir, '--typecheck', '--format', 'sarif']]) {
      const r = kehoach(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).not.toContain('TRAP-CONTENT');
    }
    wrap('openSync');
    wrap('readFileSync');
    syncBuiltinESMExports();
    // --no-exec refuses the import whatever its kind; running the plan erases a type-only import
    // (so the plan fails on the missing value), and refuses a value import before reading it.
    await expect(loadPlan(dir, { noExec: true })).rejects.toMatchObject({ problems: [expect.objectContaining({ code: 'input/outside-root' })] });
    await expect(loadPlan(dir)).rejects.toMatchObject({ problems: [expect.objectContaining({ code: line.includes('type') ? expect.stringMatching(/^(typescript|ts)\//) : 'input/outside-root' })] });
    // The locator, given the plan's text, follows only a value import, and only inside the plan's folder.
    const locate = await tsPlanLocator(file, { text: readFileSync(file, 'utf8') });
    expect(locate.size).toBeGreaterThan(0);
    expect(spied.length).toBeGreaterThan(0);
    expect(spied.filter((p) => p.includes('trap'))).toEqual(spied.filter((p) => p.includes('trapped')));
    expect(spied.some((p) => path.resolve(p) === trap)).toBe(false);
    // Three CLI runs, one of them loading the TypeScript compiler for --typecheck: minutes on a busy machine.
  }, 240_000);
});
