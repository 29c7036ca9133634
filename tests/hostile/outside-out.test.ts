/**
 * `kehoach export --out DIR` writes nothing outside DIR, whatever the plan's id says: the
 * hostile ids of the corpus (and the same ids in a plan.ts read with and without --no-exec)
 * are refused with their code and exit 2, and a snapshot of the folders around DIR is the
 * same before and after. A valid plan exported twice writes into DIR only, and a file there
 * that kehoach did not write stays as it was unless --force.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const root = path.resolve(here, '../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const corpus = path.join(here, 'corpus');
const expected = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8')) as Record<string, string>;
const tmp = mkdtempSync(path.join(here, '.tmp-outside-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** sandbox/a/b/out is DIR; the folders above it hold files a hostile id would aim at. */
function sandbox(): { dir: string; out: string } {
  const dir = path.join(tmp, `s${++n}`);
  const out = path.join(dir, 'a', 'b', 'out');
  mkdirSync(out, { recursive: true });
  mkdirSync(path.join(dir, 'elsewhere'));
  for (const file of ['package.json', 'a/package.json', 'a/b/package.json', 'a/b/README.md', 'elsewhere/x.ics', 'a/b/.bashrc']) {
    writeFileSync(path.join(dir, file), `trap ${file}\n`);
  }
  return { dir, out };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const outsideOut = (tree: Record<string, string>) => Object.fromEntries(Object.entries(tree).filter(([f]) => !f.startsWith(`a${path.sep}b${path.sep}out${path.sep}`)));

function kehoach(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

const HOSTILE = Object.keys(expected).filter((f) => f.startsWith('id-'));

describe('export --out DIR with hostile plan ids', () => {
  it('has the hostile ids in the corpus', () => {
    expect(HOSTILE).toEqual(expect.arrayContaining(['id-parent-folder.json', 'id-far-outside.json', 'id-absolute-path.json', 'id-windows-device.json']));
    for (const file of HOSTILE) expect(expected[file]).toBe('schema/unsafe-file-name');
  });

  it.each(HOSTILE)('%s: exit 2 with its code for every format, and nothing written anywhere', (file) => {
    const { dir, out } = sandbox();
    const before = snapshot(dir);
    for (const format of ['ics', 'html', 'json-schema', 'md']) {
      const r = kehoach(out, 'export', path.join(corpus, file), '--format', format, '--out', out);
      expect(r.status, `${file} ${format}`).toBe(2);
      expect(r.stderr).toContain(expected[file]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('refuses the same ids in a plan.ts, run or read with --no-exec, an absolute one included', () => {
    const { dir, out } = sandbox();
    const before = snapshot(dir);
    for (const id of ['../package', '../../../elsewhere/x', path.join(dir, 'owned')]) {
      const planDir = path.join(tmp, `plan${++n}`);
      mkdirSync(planDir);
      writeFileSync(
        path.join(planDir, 'plan.ts'),
        `import { before, definePlan, defineRegistry } from '@kehoach/core';
const r = defineRegistry({ units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, so: { name: 'Sở Y tế', kind: 'department' } } });
export default definePlan({
  registry: r, id: ${JSON.stringify(id)}, number: '01/KH-UBND', issuer: 'ubnd', place: 'X', issuedOn: '2026-01-05', title: 'T',
  period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NV', [r.task('1', { lead: 'so', text: 'Sở Y tế chủ trì.', deadlines: [before('2026-03-31')] })])],
  signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
});
`,
      );
      for (const noExec of [true, false]) {
        const r = kehoach(out, 'export', planDir, '--format', 'ics', '--out', out, ...(noExec ? ['--no-exec'] : []));
        expect(r.status, `${id} ${noExec}`).toBe(2);
        expect(r.stderr).toContain('schema/unsafe-file-name');
      }
    }
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);
});

describe('export --out DIR with a valid plan', () => {
  it('writes only inside DIR, again on a second run, and never over a file it did not write without --force', () => {
    const { dir, out } = sandbox();
    const plan = path.join(corpus, 'valid.json');
    const before = snapshot(dir);
    expect(kehoach(out, 'export', plan, '--format', 'ics', '--out', out).status).toBe(0);
    expect(kehoach(out, 'export', plan, '--format', 'html', '--out', out).status).toBe(0);
    expect(kehoach(out, 'export', plan, '--format', 'ics', '--out', out).status).toBe(0);
    const after = snapshot(dir);
    expect(outsideOut(after)).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['.kehoach-export.json', '01-kh-ubnd-2026.html', '01-kh-ubnd-2026.ics', '01-kh-ubnd-2026.soTaiChinh.ics', '01-kh-ubnd-2026.soYTe.ics']);

    writeFileSync(path.join(out, '01-kh-ubnd-2026.html'), '<p>edited by hand</p>');
    const refused = kehoach(out, 'export', plan, '--format', 'html', '--out', out, '--locale', 'en');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^kehoach export: output\/modified: 01-kh-ubnd-2026\.html was changed since kehoach wrote it; use --force to overwrite it\n$/);
    expect(readFileSync(path.join(out, '01-kh-ubnd-2026.html'), 'utf8')).toBe('<p>edited by hand</p>');
    expect(kehoach(out, 'export', plan, '--format', 'html', '--out', out, '--force').status).toBe(0);
    expect(readFileSync(path.join(out, '01-kh-ubnd-2026.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);

    const foreign = path.join(out, 'notes.md');
    writeFileSync(foreign, 'my notes');
    const clobber = kehoach(out, 'export', plan, '--format', 'md', '--out', foreign);
    expect(clobber.status).toBe(2);
    expect(clobber.stderr).toContain('output/exists');
    expect(readFileSync(foreign, 'utf8')).toBe('my notes');
  }, 60_000);
});
