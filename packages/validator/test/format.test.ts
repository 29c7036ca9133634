import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { noLaterThan } from '@kehoach/core';
import { format, rules, validate, type Diagnostic } from '../src/index.js';
import { cleanPlan, r } from './plan-fixture.js';

const plan = cleanPlan({
  body: [
    r.section('I', 'NV', [
      r.task('1', { lead: 'doan', text: 'Tỉnh đoàn chủ trì.', deadlines: [noLaterThan('2023-12-29')], waivers: [{ rule: 'authority/assign-external', reason: 'Giữ như bản gốc, có dấu phẩy, và: hai chấm' }] }),
      r.task('2', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [noLaterThan('2025-11-15')] }),
    ]),
  ],
});
const located: Diagnostic[] = validate(plan, { rules: { 'units/unused': 'off' } }, {
  locate: (path) => (path[0] === 'body' ? { file: '/repo/plans/p, 1.ts', line: 10 + Number(path[3] ?? 0), column: 5, endLine: 10 + Number(path[3] ?? 0), endColumn: 12 } : undefined),
});
const unlocated = validate(plan, { rules: { 'units/unused': 'off' } });

describe('stylish', () => {
  it('groups by file, shows line:column, severity, message, rule and code, and a summary', () => {
    const out = format(located, { format: 'stylish', locale: 'en', cwd: '/repo' });
    expect(out.split('\n')).toEqual([
      'plans/p, 1.ts',
      '  10:5  error    The deadline 2023-12-29 falls before the plan was issued (2024-01-10).  dates/before-issue (KH201)',
      '  10:5  waived   Task "I.1" assigns work to "Tỉnh đoàn" (lead), which is outside the issuer\'s authority; it should be requested ("đề nghị", mode: request). [reason: Giữ như bản gốc, có dấu phẩy, và: hai chấm]  authority/assign-external (KH603)',
      '  11:5  warning  The deadline 2025-11-15 falls on a day off (Saturday); work to 2025-11-14, the working day before; the legal limit under Civil Code 2015, Art. 148(5) is 2025-11-17.  dates/non-working-day (KH204)',
      '',
      '✖ 2 problems (1 error, 1 warning, 0 info), 1 waived',
      '',
    ]);
  });

  it('speaks Vietnamese and shows model paths without a locator', () => {
    const out = format(unlocated, { format: 'stylish', locale: 'vi' });
    expect(out).toContain('(plan)\n  I.1 (body[0].children[0].deadlines[0])');
    expect(out).toContain('lỗi');
    expect(out).toContain('Thời hạn 29/12/2023 rơi vào trước ngày ban hành kế hoạch (10/01/2024).');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 2 vấn đề (1 lỗi, 1 cảnh báo, 0 thông tin), 1 đã miễn');
  });
});

describe('github', () => {
  it('writes one escaped workflow command per unwaived diagnostic', () => {
    expect(format(located, { format: 'github', locale: 'en', cwd: '/repo' }).split('\n')).toEqual([
      '::error file=plans/p%2C 1.ts,line=10,col=5,endLine=10,endColumn=12,title=dates/before-issue (KH201)::The deadline 2023-12-29 falls before the plan was issued (2024-01-10).',
      '::warning file=plans/p%2C 1.ts,line=11,col=5,endLine=11,endColumn=12,title=dates/non-working-day (KH204)::The deadline 2025-11-15 falls on a day off (Saturday); work to 2025-11-14, the working day before; the legal limit under Civil Code 2015, Art. 148(5) is 2025-11-17.',
      '',
    ]);
  });

  it('falls back to the plan file and the model path', () => {
    const out = format(unlocated, { format: 'github', locale: 'vi', file: 'plan.json' });
    expect(out.split('\n')[0]).toBe(
      '::error file=plan.json,title=dates/before-issue (KH201)::Thời hạn 29/12/2023 rơi vào trước ngày ban hành kế hoạch (10/01/2024). [I.1 (body[0].children[0].deadlines[0])]',
    );
  });
});

describe('json', () => {
  it('has a summary and diagnostics in the chosen locale', () => {
    const out = JSON.parse(format(located, { format: 'json', locale: 'vi', cwd: '/repo' })) as { summary: unknown; diagnostics: { message: string; location?: { file: string } }[] };
    expect(out.summary).toEqual({ errors: 1, warnings: 1, infos: 0, suppressed: 1 });
    expect(out.diagnostics[0]).toMatchObject({
      ruleId: 'dates/before-issue',
      code: 'KH201',
      severity: 'error',
      message: 'Thời hạn 29/12/2023 rơi vào trước ngày ban hành kế hoạch (10/01/2024).',
      path: ['body', 0, 'children', 0, 'deadlines', 0],
      nodeId: 'I.1',
      location: { file: 'plans/p, 1.ts', line: 10, column: 5 },
    });
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const check = ajv.compile(schema);

  it('is valid against the SARIF 2.1.0 schema, with and without locations', () => {
    for (const diagnostics of [located, unlocated, []]) {
      const log = JSON.parse(format(diagnostics, { format: 'sarif', locale: 'en', cwd: '/repo', version: '0.1.0' }));
      const ok = check(log);
      expect(ok ? [] : check.errors).toEqual([]);
    }
  });

  it('has what GitHub code scanning reads: rules, levels, locations, fingerprints, suppressions', () => {
    const log = JSON.parse(format(located, { format: 'sarif', locale: 'en', cwd: '/repo' }));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('kehoach');
    expect(run.tool.driver.rules).toHaveLength(Object.keys(rules).length);
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'refs/unknown-unit',
      shortDescription: { text: rules['refs/unknown-unit'].meta.docs.description },
      helpUri: 'https://kehoach.dev/docs/rules/refs/unknown-unit.md',
      defaultConfiguration: { level: 'error' },
      properties: { code: 'KH101' },
    });
    const [first, waived, second] = run.results;
    expect(first).toMatchObject({
      ruleId: 'dates/before-issue',
      level: 'error',
      message: { text: 'The deadline 2023-12-29 falls before the plan was issued (2024-01-10).' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'plans/p%2C%201.ts' }, region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 12 } } }],
    });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe('dates/before-issue');
    expect(first.partialFingerprints['kehoachDiagnostic/v1']).toMatch(/^[0-9a-f]{16}$/);
    expect(waived.suppressions).toEqual([{ kind: 'inSource', justification: 'Giữ như bản gốc, có dấu phẩy, và: hai chấm' }]);
    expect(second.level).toBe('warning');
  });

  it('maps info to note and points diagnostics without a location at the plan file', () => {
    const info = validate(cleanPlan(), { extends: 'strict', rules: { 'dates/non-working-day': 'info' } });
    const extra = validate(plan, { rules: { 'dates/non-working-day': 'info', 'units/unused': 'off' } });
    const log = JSON.parse(format([...info, ...extra], { format: 'sarif', locale: 'vi', file: '/repo/plan.json', cwd: '/repo' }));
    const note = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'dates/non-working-day');
    expect(note.level).toBe('note');
    expect(note.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'plan.json' }, region: { startLine: 1 } });
    expect(note.message.text).toContain('[I.2 (body[0].children[1].deadlines[0])]');
  });

  it('describes engine diagnostics such as a bad configuration', () => {
    const bad = validate(plan, { rules: { 'units/unusd': 'off' } });
    const log = JSON.parse(format(bad, { format: 'sarif', locale: 'en' }));
    expect(check(log)).toBe(true);
    const result = log.runs[0].results[0];
    expect(log.runs[0].tool.driver.rules[result.ruleIndex]).toMatchObject({ id: 'config/unknown-rule', properties: { code: 'KH002' } });
  });
});
