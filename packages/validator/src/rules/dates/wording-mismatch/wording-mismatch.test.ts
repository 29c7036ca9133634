import { describe, expect, it } from 'vitest';
import { before, endOfQuarter, endOfYear, endTerm, noLaterThan, quarterly, when, yearly, type Deadline } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { deadlineWords, wordingMismatch } from './wording-mismatch.rule.js';

/** The clean plan (issued 10/01/2024, period 2024-2025) with the first task's deadline replaced. */
const withDeadline = (deadline: Deadline) =>
  mutate(cleanPlan(), (p) => {
    const section = p.body[0]!;
    if (section.type !== 'section') throw new Error('fixture');
    const task = section.children[0]!;
    if (task.type !== 'task') throw new Error('fixture');
    task.deadlines = [deadline];
  });
/** The same with the report's deadline replaced. */
const withReportDeadline = (deadline: Deadline) =>
  mutate(cleanPlan(), (p) => {
    const section = p.body[1]!;
    if (section.type !== 'section') throw new Error('fixture');
    const item = section.children[0]!;
    if (item.type === 'section') throw new Error('fixture');
    item.reports![0]!.deadlines = [deadline];
  });
const taskText = ['body', 0, 'children', 0, 'deadlines', 0, 'text'];

new RuleTester({ describe, it }).run(wordingMismatch, {
  valid: [
    { name: 'deadlines without a wording', plan: cleanPlan() },
    { name: 'a date and its wording', plan: withDeadline(noLaterThan('2024-06-28', { text: 'chậm nhất ngày 28/6/2024' })) },
    { name: 'a day and month without a year, in the deadline’s year', plan: withDeadline(before('2024-12-10', { text: 'trước ngày 10/12' })) },
    { name: 'a date without a wording word ("ngày 10/12/2024") read with any wording', plan: withDeadline(before('2024-12-10', { text: 'ngày 10/12/2024' })) },
    { name: 'the end of a quarter in Roman numerals', plan: withDeadline(endOfQuarter({ year: 2024, quarter: 3, text: 'cuối quý III năm 2024' })) },
    { name: 'the end of a year written as its last day', plan: withDeadline(endOfYear(2024, { text: 'trước ngày 31/12/2024' })) },
    { name: 'a quarterly deadline', plan: withReportDeadline(quarterly({ text: 'hằng quý' })) },
    { name: 'a yearly deadline with its day', plan: withReportDeadline(yearly({ month: 11, day: 14, wording: 'no-later-than', text: 'Định kỳ hàng năm, chậm nhất ngày 14/11' })) },
    { name: '"định kỳ … trước ngày 20/11" for a yearly deadline on 20/11', plan: withReportDeadline(yearly({ month: 11, day: 20, text: 'định kỳ báo cáo kết quả thực hiện trước ngày 20/11' })) },
    { name: 'an end-term report dated by its year', plan: withReportDeadline(endTerm({ text: 'báo cáo tổng kết (năm 2025)' })) },
    { name: 'an event', plan: withDeadline(when('khi xảy ra thiên tai', { text: 'khi xảy ra thiên tai' })) },
    { name: 'wording the reader does not understand', plan: withDeadline(before('2024-12-10', { text: 'kịp thời' })) },
    { name: 'one of several deadlines a phrase states', plan: withReportDeadline(yearly({ text: 'định kỳ hằng năm, giữa kỳ hoặc đột xuất' })) },
  ],
  invalid: [
    {
      name: 'the date edited and not its wording',
      plan: withDeadline(before('2024-12-10', { text: 'trước ngày 10/11/2024' })),
      errors: [{ messageId: 'differs', path: taskText, data: { text: 'trước ngày 10/11/2024', said: { vi: 'trước ngày 10/11/2024', en: 'before 2024-11-10' }, data: { vi: 'trước ngày 10/12/2024', en: 'before 2024-12-10' } } }],
    },
    { name: 'a day and month that disagree with the date', plan: withDeadline(before('2024-12-15', { text: 'trước ngày 10/12' })), errors: [{ messageId: 'differs' }] },
    {
      name: 'another quarter',
      plan: withDeadline(endOfQuarter({ year: 2024, quarter: 3, text: 'cuối quý II năm 2024' })),
      errors: [{ messageId: 'differs', data: { said: { vi: 'cuối quý II năm 2024', en: 'end of Q2 2024' }, data: { vi: 'cuối quý III năm 2024', en: 'end of Q3 2024' } } }],
    },
    { name: '"hằng quý" on a yearly deadline', plan: withReportDeadline(yearly({ month: 11, day: 14, text: 'hằng quý' })), errors: [{ messageId: 'differs' }] },
    { name: '"hằng năm" on a single date', plan: withDeadline(before('2024-12-10', { text: 'hằng năm' })), errors: [{ messageId: 'differs' }] },
    {
      name: '"định kỳ … trước ngày 20/11" for a yearly deadline on 15/11',
      plan: withReportDeadline(yearly({ month: 11, day: 15, text: 'định kỳ báo cáo trước ngày 20/11' })),
      errors: [{ messageId: 'differs', path: ['body', 1, 'children', 0, 'reports', 0, 'deadlines', 0, 'text'], data: { said: { vi: 'hằng năm, trước ngày 20/11', en: 'yearly, before day 20 of month 11' } } }],
    },
    {
      name: '"trước ngày" written, "chậm nhất ngày" modelled',
      plan: withDeadline(noLaterThan('2024-06-28', { text: 'trước ngày 28/6/2024' })),
      errors: [{ messageId: 'wording', data: { said: { vi: 'trước ngày 28/06/2024', en: 'before 2024-06-28' }, data: { vi: 'chậm nhất ngày 28/06/2024', en: 'no later than 2024-06-28' } } }],
    },
  ],
});

describe('deadlineWords', () => {
  it('says a deadline in each language', () => {
    expect(deadlineWords(endOfYear(2035))).toEqual({ vi: 'cuối năm 2035', en: 'end of year 2035' });
    expect(deadlineWords(yearly({ month: 11, day: 15 }))).toEqual({ vi: 'hằng năm, trước ngày 15/11', en: 'yearly, before day 15 of month 11' });
    expect(deadlineWords(quarterly())).toEqual({ vi: 'hằng quý', en: 'quarterly' });
    expect(deadlineWords(endTerm())).toEqual({ vi: 'cuối kỳ', en: 'end of term' });
  });
});
