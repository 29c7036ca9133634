import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  deadlineDates,
  endOfPhase,
  endTerm,
  isPlanError,
  midTerm,
  obligations,
  parsePlan,
  planJsonSchema,
  startTerm,
  stringifyPlan,
  yearly,
  type Deadline,
  type Plan,
} from '../src/index.js';
import { r, samplePlan } from './fixtures.js';

/** "giai đoạn 2021-2025, định hướng đến 2030": a ten-year plan in two phases. */
const tenYear = (deadlines: Deadline[], extra: Partial<Parameters<typeof samplePlan>[0]> = {}): Plan =>
  samplePlan({
    issuedOn: '2021-03-10',
    period: { from: '2021-01-01', to: '2030-12-31', text: 'giai đoạn 2021-2025, định hướng đến 2030' },
    phases: [
      { key: 'gd1', from: 2021, to: 2025, text: 'giai đoạn 2021-2025' },
      { key: 'gd2', from: '2026-01-01', to: '2030-12-31', text: 'định hướng đến năm 2030' },
    ],
    body: [r.section('I', 'NV', [r.task('1', { lead: 'soB', text: 'Sở B chủ trì.', deadlines })])],
    ...extra,
  });

describe('phases', () => {
  it('are declared with years or days and kept as days', () => {
    const plan = tenYear([]);
    expect(plan.phases).toEqual([
      { key: 'gd1', from: '2021-01-01', to: '2025-12-31', text: 'giai đoạn 2021-2025' },
      { key: 'gd2', from: '2026-01-01', to: '2030-12-31', text: 'định hướng đến năm 2030' },
    ]);
    expect(parsePlan(JSON.parse(stringifyPlan(plan)))).toEqual(plan);
  });

  it('are in the JSON Schema, with the deadlines and targets that name them', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(planJsonSchema());
    const plan = JSON.parse(stringifyPlan(tenYear([endOfPhase('gd1'), midTerm({ of: 'gd1', year: 2023 }), yearly({ phase: 'gd2', years: [2026, 2030] })])));
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    plan.phases[0].colour = 'red';
    expect(validate(plan)).toBe(false);
  });

  it('date the end of a phase, and the end of a named term, on its last day', () => {
    const plan = tenYear([]);
    expect(deadlineDates(plan, endOfPhase('gd1'))).toEqual({ kind: 'dated', dates: ['2025-12-31'] });
    expect(deadlineDates(plan, endTerm({ of: 'gd2' }))).toEqual({ kind: 'dated', dates: ['2030-12-31'] });
    expect(deadlineDates(plan, endTerm({ of: 'plan' }))).toEqual({ kind: 'dated', dates: ['2030-12-31'] });
    // "giữa kỳ (năm 2030)": the text gives the year.
    expect(deadlineDates(plan, midTerm({ year: 2030 }))).toEqual({ kind: 'dated', dates: ['2030-12-31'] });
  });

  it('keep a term milestone the text does not date undated, within its term when named', () => {
    const plan = tenYear([]);
    expect(deadlineDates(plan, midTerm({ text: 'giữa kỳ' }))).toEqual({ kind: 'undated' });
    expect(deadlineDates(plan, endTerm({ text: 'cuối kỳ theo yêu cầu' }))).toEqual({ kind: 'undated' });
    expect(deadlineDates(plan, midTerm({ of: 'gd1' }))).toEqual({ kind: 'undated', within: { from: '2021-01-01', to: '2025-12-31' } });
  });

  it('bound a recurrence to its phase or to whole years', () => {
    const plan = tenYear([]);
    expect(deadlineDates(plan, yearly({ month: 11, day: 15, phase: 'gd2' }))).toEqual({
      kind: 'dated',
      dates: ['2026-11-15', '2027-11-15', '2028-11-15', '2029-11-15', '2030-11-15'],
    });
    const years = yearly({ month: 6, day: 30, years: [2022, 2024] });
    expect(years).toMatchObject({ from: '2022-01-01', until: '2024-12-31' });
    expect(deadlineDates(plan, years)).toEqual({ kind: 'dated', dates: ['2022-06-30', '2023-06-30', '2024-06-30'] });
  });

  it('account for every term milestone in obligations(): dated, or undated within its term, never dropped', () => {
    const plan = tenYear([startTerm({ of: 'gd1', text: 'đầu kỳ' }), midTerm({ of: 'gd2' }), endTerm({ of: 'gd1' }), midTerm()]);
    const all = obligations(plan);
    expect(all.dated.map((d) => [d.deadline.kind === 'milestone' && d.deadline.milestone, d.due?.stated])).toEqual([['end-term', '2025-12-31']]);
    expect(all.undated.map((d) => [d.deadline.kind === 'milestone' && d.deadline.milestone, d.during])).toEqual([
      ['start-term', { from: '2021-01-01', to: '2025-12-31' }],
      ['mid-term', { from: '2026-01-01', to: '2030-12-31' }],
      ['mid-term', undefined],
    ]);
    // Asked about 2022 only, the mid-term review of the second phase is not owed.
    const y2022 = obligations(plan, { from: '2022-01-01', to: '2022-12-31' });
    expect(y2022.undated.map((d) => d.deadline.kind === 'milestone' && [d.deadline.milestone, d.deadline.of])).toEqual([
      ['start-term', 'gd1'],
      ['mid-term', undefined],
    ]);
  });

  it('refuse a deadline or target naming a phase the plan does not declare, with the likely one', () => {
    const problems = (build: () => unknown) => {
      try {
        build();
      } catch (error) {
        if (isPlanError(error)) return error.problems.map((p) => [p.code, p.path.join('.'), p.suggestion]);
        throw error;
      }
      throw new Error('expected a PlanError');
    };
    expect(
      problems(() =>
        tenYear([endOfPhase('gd3'), midTerm({ of: 'gd11' }), yearly({ phase: 'gd' })], {
          body: [
            r.section('I', 'NV', [
              r.task('1', { lead: 'soB', text: 'x', deadlines: [endOfPhase('gd3'), midTerm({ of: 'gd11' }), yearly({ phase: 'gd' })] }),
              r.item('a', 'Trồng mới 400 ha rừng giai đoạn 2021-2025.', { targets: [r.target({ metric: 'diện tích rừng trồng mới', direction: 'reach', value: 400, unit: 'ha', phase: 'gd9' })] }),
            ]),
          ],
        }),
      ),
    ).toEqual([
      ['plan/unknown-phase', 'body.0.children.0.deadlines.0.phase', 'gd1'],
      ['plan/unknown-phase', 'body.0.children.0.deadlines.1.of', 'gd1'],
      ['plan/unknown-phase', 'body.0.children.0.deadlines.2.phase', 'gd1'],
      ['plan/unknown-phase', 'body.0.children.1.targets.0.phase', 'gd1'],
    ]);
    expect(
      problems(() =>
        samplePlan({
          phases: [
            { key: 'gd1', from: 2025, to: 2021 },
            { key: 'gd1', from: 2026, to: 2030 },
          ],
        }),
      ),
    ).toEqual([
      ['plan/phase-range', 'phases.0.to', undefined],
      ['plan/duplicate-phase', 'phases.1.key', undefined],
    ]);
  });

  it('hold a target for a phase: "trồng mới 400 ha giai đoạn 2021-2025"', () => {
    const plan = tenYear([], {
      body: [
        r.section('I', 'MỤC TIÊU', [
          r.item('a', 'Trồng mới 400 ha rừng giai đoạn 2021-2025.', {
            targets: [
              r.target({
                metric: 'diện tích rừng trồng mới',
                direction: 'reach',
                value: 400,
                unit: 'ha',
                phase: 'gd1',
                baseline: { year: 2020, value: 120 },
                text: 'trồng mới 400 ha giai đoạn 2021-2025',
              }),
            ],
          }),
        ]),
      ],
    });
    expect(plan.body[0]!.type === 'section' && plan.body[0]!.children[0]).toMatchObject({
      targets: [{ id: 'I.a/t1', metric: 'diện tích rừng trồng mới', value: 400, unit: 'ha', phase: 'gd1', baseline: { year: 2020, value: 120 } }],
    });
  });
});
