/**
 * A misspelt property in a plan is an error at its file and line, with the property it most
 * likely means, in plan.ts (run or read with --no-exec) and in plan.json. JavaScript would drop
 * it silently, and the duties it carries with it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyPlan } from '@kehoach/core';
import { afterAll, describe, expect, it } from 'vitest';
import plan from '../../../examples/khanh-hoa-12127/plan.js';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'packages/cli/dist/bin.js');
const example = path.join(root, 'examples/khanh-hoa-12127');
const tmp = mkdtempSync(path.join(import.meta.dirname, '.tmp-misspelt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function validate(target: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [bin, 'validate', target, '--locale', 'en', ...flags], { cwd: root, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** A copy of the example with one text replacement in one file; returns the folder and the line changed. */
function misspelt(name: string, file: 'plan.ts' | 'registry.ts', from: string, to: string): { dir: string; line: number } {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  for (const f of ['plan.ts', 'registry.ts']) copyFileSync(path.join(example, f), path.join(dir, f));
  const text = readFileSync(path.join(dir, file), 'utf8');
  const at = text.indexOf(from);
  expect(at, `${from} in ${file}`).toBeGreaterThanOrEqual(0);
  writeFileSync(path.join(dir, file), text.slice(0, at) + to + text.slice(at + from.length));
  return { dir, line: text.slice(0, at).split('\n').length };
}

const cases = [
  { name: 'report', file: 'plan.ts', from: 'reports: [implementationPlanReport]', to: 'report: [implementationPlanReport]', key: 'report', suggestion: 'reports' },
  { name: 'deadline', file: 'plan.ts', from: "deadlines: [when('khi xảy ra thiên tai", to: "deadline: [when('khi xảy ra thiên tai", key: 'deadline', suggestion: 'deadlines' },
  { name: 'partner', file: 'plan.ts', from: "partners: ['soLdtbxh', r.related('truCot'", to: "partner: ['soLdtbxh', r.related('truCot'", key: 'partner', suggestion: 'partners' },
  { name: 'shortName', file: 'registry.ts', from: "short: 'UBND tỉnh',", to: "shortName: 'UBND tỉnh',", key: 'shortName', suggestion: 'short' },
] as const;

describe('a misspelt property in plan.ts', () => {
  for (const c of cases) {
    it(`"${c.key}" fails validate at ${c.file}:line with "did you mean ${c.suggestion}"`, () => {
      const { dir, line } = misspelt(c.name, c.file, c.from, c.to);
      for (const flags of [[], ['--no-exec']]) {
        const r = validate(dir, ...flags);
        expect(r.status, flags.join(' ')).toBe(2);
        expect(r.out).toMatch(new RegExp(`${c.file.replace('.', '\\.')}:${line}:\\d+: schema/unknown-field .*Unknown field "${c.key}".*did you mean "${c.suggestion}"\\?`));
      }
    });
  }
});

describe('a misspelt property in plan.json', () => {
  it('fails validate at its line with a suggestion, for each of them at once', () => {
    const data = JSON.parse(stringifyPlan(plan));
    const task = data.body[4].children[0].children[0];
    task.report = task.reports;
    delete task.reports;
    data.units[0].shortName = data.units[0].short;
    delete data.units[0].short;
    const file = path.join(tmp, 'plan.json');
    const text = JSON.stringify(data, null, 2);
    writeFileSync(file, text);
    const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
    const r = validate(file);
    expect(r.status).toBe(2);
    expect(r.out).toMatch(new RegExp(`plan\\.json:${lineOf('"shortName": "UBND tỉnh"')}:\\d+: .*Unknown field "shortName".*did you mean "short"\\?`));
    expect(r.out).toMatch(new RegExp(`plan\\.json:${lineOf('"report"')}:\\d+: .*Unknown field "report".*did you mean "reports"\\?`));
  });
});
