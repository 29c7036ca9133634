/**
 * Every hostile plan file gives its expected coded diagnostic (or loads, for the valid
 * controls), never another exception, and the CLI exits 2 for each one it cannot load.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isPlanError, parsePlan, stringifyPlan } from '@kehoach/core';
import { validate } from '@kehoach/validator';
import { describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const corpus = path.join(here, 'corpus');
const expected = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(corpus).sort();

/** A validator code (KH…): the plan loads, and validation reports that code as an error. */
const isRuleCode = (code: string) => /^KH\d+$/.test(code);

/**
 * The first problem's code when the plan is refused; for a plan that loads, the expected rule
 * code when validation reports it as an error, else 'ok'.
 */
function firstCode(text: string, expectedCode?: string): string {
  try {
    const plan = parsePlan(text);
    if (expectedCode !== undefined && isRuleCode(expectedCode)) {
      const errors = validate(plan).filter((d) => d.severity === 'error').map((d) => d.code);
      return errors.includes(expectedCode) ? expectedCode : `ok (errors: ${errors.join(', ') || 'none'})`;
    }
    return 'ok';
  } catch (error) {
    if (!isPlanError(error)) throw error;
    return error.problems[0]!.code;
  }
}

describe('the hostile corpus', () => {
  it('has at least 40 files, each with an expected code', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(files).toEqual(Object.keys(expected).sort());
  });

  it.each(files)('%s gives its expected code', (file) => {
    expect(firstCode(readFileSync(path.join(corpus, file), 'utf8'), expected[file])).toBe(expected[file]);
  });

  it('never pollutes prototypes', () => {
    for (const file of files) firstCode(readFileSync(path.join(corpus, file), 'utf8'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads NFD and NFC input as the same plan, written in NFC', () => {
    const nfc = stringifyPlan(parsePlan(readFileSync(path.join(corpus, 'valid.json'), 'utf8')));
    const nfd = stringifyPlan(parsePlan(readFileSync(path.join(corpus, 'valid-nfd.json'), 'utf8')));
    expect(nfd).toBe(nfc);
    expect(nfc).toBe(nfc.normalize('NFC'));
  });
});

describe('kehoach on the hostile corpus', () => {
  const bin = path.resolve(here, '../../packages/cli/dist/bin.js');
  it('exits 0 for the valid controls and 2 with one coded line for the others, never with a stack trace', () => {
    for (const file of files) {
      const r = spawnSync(process.execPath, [bin, 'obligations', path.join(corpus, file), '--format', 'json'], { encoding: 'utf8' });
      const code = expected[file]!;
      // A plan a rule reports still loads: obligations runs on it.
      expect(r.status, file).toBe(code === 'ok' || isRuleCode(code) ? 0 : 2);
      expect(r.stderr, file).not.toMatch(/\n\s+at /);
      if (code !== 'ok' && !isRuleCode(code)) expect(r.stderr, file).toContain(code);
      // Nothing from the plan reaches the terminal raw, or starts a GitHub workflow command.
      expect(r.stderr, file).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(r.stderr, file).not.toMatch(/^\s*::/m);
    }
  }, 120_000);

  it('exits 1 from validate, with the rule code, for each plan a rule reports', () => {
    const reported = files.filter((file) => isRuleCode(expected[file]!));
    expect(reported.length).toBeGreaterThanOrEqual(7);
    for (const file of reported) {
      const r = spawnSync(process.execPath, [bin, 'validate', path.join(corpus, file), '--format', 'json'], { encoding: 'utf8' });
      expect(r.status, file).toBe(1);
      const codes = (JSON.parse(r.stdout) as { diagnostics: { code: string; severity: string }[] }).diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.code);
      expect(codes, file).toContain(expected[file]);
    }
  }, 60_000);
});
