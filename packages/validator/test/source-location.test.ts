/**
 * A date of a copy of the reference plan is moved before the issue date: validation fails, and
 * the SARIF and stylish outputs point at the copied file and the line of the edited `before(` call.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@kehoach/core';
import { format, summarize, validate, type Diagnostic } from '../src/index.js';
import { tsPlanLocator } from '../src/locate/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const example = path.join(repo, 'examples/khanh-hoa-12127');

describe('source locations of a TypeScript plan', () => {
  let dir: string;
  let planFile: string;
  let line: number;
  let column: number;
  let diagnostics: Diagnostic[];

  beforeAll(async () => {
    // Inside the validator package, so that `@kehoach/core` resolves from the copy.
    dir = mkdtempSync(path.join(here, '.tmp-'));
    planFile = path.join(dir, 'plan.ts');
    copyFileSync(path.join(example, 'registry.ts'), path.join(dir, 'registry.ts'));
    const original = readFileSync(path.join(example, 'plan.ts'), 'utf8');
    expect(original.split("before('2021-12-20'").length).toBe(2);
    const edited = original.replace("before('2021-12-20'", "before('2021-10-20'");
    writeFileSync(planFile, edited);
    const offset = edited.indexOf("before('2021-10-20'");
    const before = edited.slice(0, offset).split('\n');
    line = before.length;
    column = before.at(-1)!.length + 1;

    const plan = ((await import(pathToFileURL(planFile).href)) as { default: Plan }).default;
    const locate = await tsPlanLocator(planFile);
    diagnostics = validate(plan, { extends: 'recommended' }, { locate });
  });

  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('fails validation with the date before the issue date, located at the edited call', () => {
    expect(summarize(diagnostics).errors).toBeGreaterThan(0);
    const errors = diagnostics.filter((d) => d.severity === 'error' && d.suppressed === undefined);
    // The report is a constant used by V.1.a and V.6.a: both point at its one `before(` call.
    // The date was edited and its wording "trước ngày 20/12/2021" was not: that is caught too.
    expect(errors.map((d) => [d.ruleId, d.nodeId, d.location?.file, d.location?.line, d.location?.column])).toEqual([
      ['dates/before-issue', 'V.1.a', planFile, line, column],
      ['dates/wording-mismatch', 'V.1.a', planFile, line, column],
      ['dates/before-issue', 'V.6.a', planFile, line, column],
      ['dates/wording-mismatch', 'V.6.a', planFile, line, column],
    ]);
    expect(errors[0]!.message.vi).toBe('Thời hạn 20/10/2021 rơi vào trước ngày ban hành kế hoạch (29/11/2021).');
  });

  it('points the SARIF result at the file and line', () => {
    const log = JSON.parse(format(diagnostics, { format: 'sarif', locale: 'en', cwd: repo }));
    const result = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'dates/before-issue');
    expect(result.level).toBe('error');
    expect(result.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: path.relative(repo, planFile).split(path.sep).join('/') },
      region: { startLine: line, startColumn: column },
    });
  });

  it('points the stylish output at the file and line', () => {
    const out = format(diagnostics, { format: 'stylish', locale: 'en', cwd: repo });
    const relative = path.relative(repo, planFile).split(path.sep).join('/');
    const section = out.slice(out.indexOf(`${relative}\n`));
    expect(out).toContain(`${relative}\n`);
    expect(section).toMatch(new RegExp(`\\n  ${line}:${column} +error +The deadline 2021-10-20 falls before the plan was issued \\(2021-11-29\\)\\.  dates/before-issue \\(KH201\\)`));
  });
});
