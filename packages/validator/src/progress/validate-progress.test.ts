import { parseProgress, type Progress } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import { jsonLocator, tsProgressLocator } from '../locate/index.js';
import { progressPlan } from '../../../core/test/progress-fixture.js';
import { progressRules } from './rules.js';
import { validateProgress } from './validate-progress.js';

const plan = progressPlan();

function record(parts: Partial<Omit<Progress, 'schema'>>): Progress {
  return parseProgress({ schema: 'kehoach/progress@1', plan: plan.id, submissions: [], statuses: [], measurements: [], exemptions: [], ...parts });
}

const codes = (p: Progress) => validateProgress(plan, p).map((d) => `${d.code} ${d.ruleId} ${d.path.join('.')}`);

describe('validateProgress', () => {
  it('accepts a record that fits its plan', () => {
    const p = record({
      submissions: [{ occurrence: 'I.2/r1#0@2024-02-20', unit: 'huyenX', received: '2024-02-19', document: { number: '5/KH-UBND', date: '2024-02-16' } }],
      statuses: [{ task: 'I.1', status: 'cancelled', date: '2024-03-01', decision: { number: '8/QĐ-UBND', date: '2024-03-01' } }],
      measurements: [{ target: 'I.3/t3', value: 3.5, unit: 'điểm %', year: 2024, scope: 'huyenX', source: 'Báo cáo' }],
      exemptions: [{ occurrence: 'I.2/r1#1@2024-06-20', unit: 'huyenY', decision: { number: '9/QĐ-UBND' }, reason: 'Sáp nhập' }],
    });
    expect(validateProgress(plan, p)).toEqual([]);
  });

  it('reports an unknown duty with the one most likely meant, and a unit that does not owe it', () => {
    const diagnostics = validateProgress(
      plan,
      record({
        submissions: [
          { occurrence: 'I.2/r1#0@2024-02-21', unit: 'huyenX', received: '2024-02-19' },
          { occurrence: 'I.2/r1#0@2024-02-20', unit: 'soA', received: '2024-02-19' },
          { occurrence: 'I.2/r1#0@2024-02-20', unit: 'huyenZ', received: '2024-02-19' },
        ],
      }),
    );
    expect(diagnostics.map((d) => [d.code, d.path.join('.'), d.message.en])).toEqual([
      ['KH902', 'submissions.0.occurrence', 'The plan has no duty occurrence "I.2/r1#0@2024-02-21". Did you mean "I.2/r1#0@2024-02-20"?'],
      ['KH903', 'submissions.1.unit', 'soA does not owe "I.2/r1#0@2024-02-20"; it is owed by: huyenX and huyenY.'],
      ['KH904', 'submissions.2.unit', 'The plan declares no unit "huyenZ". Did you mean "huyenX"?'],
    ]);
  });

  it('reports dates before the plan was issued, duplicates and a document dated after its receipt', () => {
    const s = { occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-01-05' } as const;
    expect(
      codes(
        record({
          submissions: [s, { ...s, received: '2024-03-01', document: { number: '1/TTr', date: '2024-03-04' } }],
          statuses: [
            { task: 'I.1', status: 'in-progress', date: '2024-02-01' },
            { task: 'I.1', status: 'in-progress', date: '2024-02-01' },
          ],
        }),
      ),
    ).toEqual([
      'KH905 progress/before-issue submissions.0.received',
      'KH913 progress/document-after-receipt submissions.1.document.date',
      'KH906 progress/duplicate submissions.1',
      'KH906 progress/duplicate statuses.1',
    ]);
  });

  it('reports a status for a task that does not exist or a part that is not a task, and a cancellation without its decision', () => {
    expect(
      codes(
        record({
          statuses: [
            { task: 'I.4', status: 'done', date: '2024-02-01' },
            { task: 'I.3', status: 'done', date: '2024-02-01' },
            { task: 'I.1', status: 'cancelled', date: '2024-02-01' },
          ],
        }),
      ),
    ).toEqual([
      'KH909 progress/unknown-task statuses.0.task',
      'KH909 progress/unknown-task statuses.1.task',
      'KH912 progress/cancelled-without-decision statuses.2.status',
    ]);
  });

  it('reports measurements in the wrong unit, of unknown targets, outside their scope, without a period or twice', () => {
    const m = { source: 'Báo cáo', year: 2024 };
    expect(
      codes(
        record({
          measurements: [
            { target: 'I.3/t1', value: 4, unit: 'hộ', ...m, year: 2023 },
            { target: 'I.3/t9', value: 4, unit: '%', ...m },
            { target: 'I.3/t3', value: 3, unit: 'điểm %', scope: 'soA', ...m },
            { target: 'I.3/t4', value: 100, unit: '%', source: 'x' },
            { target: 'I.3/t4', value: 100, unit: '%', ...m, period: { from: '2024-06-30', to: '2024-01-01' } },
            { target: 'I.3/t1', value: 4.5, unit: '%', ...m },
            { target: 'I.3/t1', value: 4.4, unit: '%', ...m },
          ],
        }),
      ),
    ).toEqual([
      'KH907 progress/measurement-unit measurements.0.unit',
      'KH908 progress/unknown-target measurements.1.target',
      'KH911 progress/measurement-scope measurements.2.scope',
      'KH910 progress/measurement-period measurements.3.value',
      'KH910 progress/measurement-period measurements.4.period',
      'KH906 progress/duplicate measurements.6',
    ]);
  });

  it('reports a record of another plan, and lets a rule be turned off', () => {
    const p = parseProgress({ schema: 'kehoach/progress@1', plan: 'khac-2024', submissions: [], statuses: [], measurements: [], exemptions: [] });
    expect(codes(p)).toEqual(['KH901 progress/plan-mismatch plan']);
    expect(validateProgress(plan, p, { rules: { 'progress/plan-mismatch': 'off' } })).toEqual([]);
  });

  it('has a stable code, both languages and a doc section for every rule', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../../../docs/rules/progress.md', import.meta.url), 'utf8');
    const seen = new Set<string>();
    for (const meta of Object.values(progressRules)) {
      expect(meta.code).toMatch(/^KH9\d\d$/);
      expect(seen.has(meta.code)).toBe(false);
      seen.add(meta.code);
      expect(doc).toContain(`## \`${meta.id}\` (${meta.code})`);
    }
  });
});

describe('locations', () => {
  it('point into progress.ts at the builder argument at fault', () => {
    const text = [
      "import { defineProgress, progressBuilders } from '@kehoach/core';",
      "import { index } from './progress-index.js';",
      'const p = progressBuilders(index);',
      'const early = [',
      "  p.submission('I.1#0@2024-03-15', 'soA', { received: '2024-03-01' }),",
      '];',
      'export default defineProgress({',
      "  plan: '07-kh-ubnd-2024',",
      '  submissions: [',
      '    ...early,',
      "    p.submission('I.2/r1#0@2024-02-20', 'soA', {",
      "      received: '2024-02-19',",
      "      document: { number: '1/KH', date: '2024-02-25' },",
      '    }),',
      '  ],',
      "  measurements: [p.measurement('I.3/t1', { value: 4, unit: 'hộ', year: 2024, source: 'x' })],",
      '});',
    ].join('\n');
    const p = record({
      submissions: [
        { occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-03-01' },
        { occurrence: 'I.2/r1#0@2024-02-20', unit: 'soA', received: '2024-02-19', document: { number: '1/KH', date: '2024-02-25' } },
      ],
      measurements: [{ target: 'I.3/t1', value: 4, unit: 'hộ', year: 2024, source: 'x' }],
    });
    const diagnostics = validateProgress(plan, p, { locate: tsProgressLocator(text, 'progress.ts') });
    expect(diagnostics.map((d) => `${d.code} ${d.location?.file}:${d.location?.line}:${d.location?.column}`)).toEqual([
      'KH903 progress.ts:11:41',
      'KH913 progress.ts:13:35',
      'KH907 progress.ts:16:54',
    ]);
  });

  it('point into progress.json at the key', () => {
    const text = JSON.stringify(
      { schema: 'kehoach/progress@1', plan: plan.id, submissions: [{ occurrence: 'I.9#0', unit: 'soA', received: '2024-03-01' }], statuses: [], measurements: [], exemptions: [] },
      null,
      2,
    );
    const [d] = validateProgress(plan, parseProgress(text), { locate: jsonLocator(text, 'progress.json') });
    expect([d?.code, d?.location?.line, d?.location?.column]).toEqual(['KH902', 6, 7]);
  });
});
