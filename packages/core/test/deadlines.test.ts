import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import {
  before,
  deadlineDates,
  endOfHalf,
  endOfMonth,
  endOfPlan,
  endOfQuarter,
  endOfYear,
  endTerm,
  halfYearly,
  isPlanError,
  midTerm,
  monthly,
  noLaterThan,
  on,
  onRequest,
  otherMilestone,
  quarterly,
  startTerm,
  when,
  yearly,
  type Deadline,
} from '../src/index.js';
import { r, samplePlan } from './fixtures.js';

describe('deadline builders read like the document', () => {
  it.each<[string, Deadline, Deadline]>([
    ['trước ngày 20/12/2021', before('2021-12-20', { text: 'trước ngày 20/12/2021' }), { kind: 'date', date: '2021-12-20', wording: 'before', text: 'trước ngày 20/12/2021' }],
    ['chậm nhất ngày 15/01/2022', noLaterThan('2022-01-15'), { kind: 'date', date: '2022-01-15', wording: 'no-later-than' }],
    ['ngày 15/3/2022', on('2022-03-15'), { kind: 'date', date: '2022-03-15', wording: 'on' }],
    ['đến cuối năm 2021', endOfYear(2021, { text: 'Đến cuối năm 2021' }), { kind: 'end-of', period: 'year', year: 2021, text: 'Đến cuối năm 2021' }],
    ['hết 6 tháng đầu năm 2022', endOfHalf({ year: 2022, half: 1 }), { kind: 'end-of', period: 'half-year', year: 2022, index: 1 }],
    ['cuối quý III năm 2021', endOfQuarter({ year: 2021, quarter: 3, text: 'cuối quý III năm 2021' }), { kind: 'end-of', period: 'quarter', year: 2021, index: 3, text: 'cuối quý III năm 2021' }],
    ['hết tháng 6/2022', endOfMonth({ year: 2022, month: 6 }), { kind: 'end-of', period: 'month', year: 2022, index: 6 }],
    ['cuối kỳ kế hoạch', endOfPlan(), { kind: 'end-of', period: 'plan' }],
    ['định kỳ hàng năm trước ngày 15/11', yearly({ month: 11, day: 15 }), { kind: 'recurring', every: 'year', wording: 'before', month: 11, day: 15 }],
    ['định kỳ hàng năm', yearly({ text: 'định kỳ hàng năm' }), { kind: 'recurring', every: 'year', wording: 'before', text: 'định kỳ hàng năm' }],
    ['chậm nhất ngày 10/10 hằng năm', yearly({ month: 10, day: 10, wording: 'no-later-than' }), { kind: 'recurring', every: 'year', wording: 'no-later-than', month: 10, day: 10 }],
    ['định kỳ 6 tháng trước ngày 15/6, 15/12', halfYearly({ monthOfHalf: 6, day: 15 }), { kind: 'recurring', every: 'half-year', wording: 'before', month: 6, day: 15 }],
    ['hằng quý, trước ngày 20 tháng cuối quý', quarterly({ monthOfQuarter: 3, day: 20 }), { kind: 'recurring', every: 'quarter', wording: 'before', month: 3, day: 20 }],
    ['hằng tháng, ngày cuối tháng', monthly({ day: 'last', from: '2022-01-01' }), { kind: 'recurring', every: 'month', wording: 'before', day: 'last', from: '2022-01-01' }],
    ['đầu kỳ', startTerm(), { kind: 'milestone', milestone: 'start-term' }],
    ['giữa kỳ', midTerm({ text: 'giữa kỳ' }), { kind: 'milestone', milestone: 'mid-term', text: 'giữa kỳ' }],
    ['cuối kỳ', endTerm(), { kind: 'milestone', milestone: 'end-term' }],
    ['đột xuất', onRequest({ text: 'đột xuất' }), { kind: 'milestone', milestone: 'on-request', text: 'đột xuất' }],
    ['sau khi có kết quả', otherMilestone({ text: 'sau khi có kết quả' }), { kind: 'milestone', milestone: 'other', text: 'sau khi có kết quả' }],
    ['khi xảy ra thiên tai', when('khi xảy ra thiên tai'), { kind: 'event', event: 'khi xảy ra thiên tai' }],
  ])('%s', (_wording, built, expected) => {
    expect(built).toEqual(expected);
  });

  it('date the end of a half, a quarter and a month by the Civil Code (a period ends with its last day)', () => {
    const plan = samplePlan();
    expect(deadlineDates(plan, endOfHalf({ year: 2022, half: 1 }))).toEqual({ kind: 'dated', dates: ['2022-06-30'] });
    expect(deadlineDates(plan, endOfHalf({ year: 2022, half: 2 }))).toEqual({ kind: 'dated', dates: ['2022-12-31'] });
    expect(deadlineDates(plan, endOfQuarter({ year: 2021, quarter: 3 }))).toEqual({ kind: 'dated', dates: ['2021-09-30'] });
    expect(deadlineDates(plan, endOfMonth({ year: 2024, month: 2 }))).toEqual({ kind: 'dated', dates: ['2024-02-29'] });
    expect(deadlineDates(plan, endOfPlan())).toEqual({ kind: 'dated', dates: ['2024-12-31'] });
  });

  it('date recurrences in the month of each period they name', () => {
    const plan = samplePlan({ issuedOn: '2022-01-01', period: { from: '2022-01-01', to: '2022-12-31' } });
    expect(deadlineDates(plan, halfYearly({ monthOfHalf: 6, day: 15 }))).toEqual({ kind: 'dated', dates: ['2022-06-15', '2022-12-15'] });
    expect(deadlineDates(plan, quarterly({ monthOfQuarter: 3, day: 20 }))).toEqual({
      kind: 'dated',
      dates: ['2022-03-20', '2022-06-20', '2022-09-20', '2022-12-20'],
    });
    expect(deadlineDates(plan, monthly({ day: 'last', from: '2022-10-01' }))).toEqual({ kind: 'dated', dates: ['2022-10-31', '2022-11-30', '2022-12-31'] });
    // No day stated: the duty exists, undated.
    expect(deadlineDates(plan, yearly({ text: 'định kỳ hàng năm' }))).toEqual({ kind: 'undated' });
    expect(deadlineDates(plan, startTerm())).toEqual({ kind: 'undated' });
  });

  it('leave the old positional spellings out of the package', () => {
    for (const name of ['endOf', 'recurring', 'milestone']) expect(Object.hasOwn(core, name), name).toBe(false);
  });

  it('refuse a misspelt option at its path instead of dropping it', () => {
    const loose = <T,>(value: T): T => value;
    try {
      samplePlan({
        body: [
          r.section('I', 'A', [
            r.task('1', {
              lead: 'soB',
              text: 'x',
              deadlines: [
                quarterly(loose({ monthOfQuarter: 3, dya: 20 } as unknown as Parameters<typeof quarterly>[0])),
                endOfQuarter(loose({ year: 2022, quarter: 1, txt: 'quý I' } as unknown as Parameters<typeof endOfQuarter>[0])),
              ],
            }),
          ]),
        ],
      });
      throw new Error('expected a PlanError');
    } catch (error) {
      if (!isPlanError(error)) throw error;
      expect(error.problems.map((p) => [p.code, p.path.join('.'), p.suggestion])).toEqual([
        ['schema/unknown-field', 'body.0.children.0.deadlines.0.dya', 'day'],
        ['schema/unknown-field', 'body.0.children.0.deadlines.1.txt', 'text'],
      ]);
    }
  });

  it('are refused with a coded problem when a value is out of range', () => {
    try {
      samplePlan({ body: [r.section('I', 'A', [r.task('1', { lead: 'soB', text: 'x', deadlines: [endOfYear(1800)] })])] });
      throw new Error('expected a PlanError');
    } catch (error) {
      if (!isPlanError(error)) throw error;
      expect(error.problems.map((p) => p.path.join('.'))).toEqual(['body.0.children.0.deadlines.0.year']);
    }
  });
});
