import { describe, it } from 'vitest';
import { monthly, quarterly, yearly } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { recurringRange } from './recurring-range.rule.js';

const task = (deadline: ReturnType<typeof yearly>) =>
  cleanPlan({ body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [deadline] })])] });
const at = ['body', 0, 'children', 0, 'deadlines', 0];

new RuleTester({ describe, it }).run(recurringRange, {
  valid: [
    { name: 'a yearly report within the period', plan: cleanPlan() },
    { name: 'quarterly on the 20th of the last month', plan: task(quarterly({ monthOfQuarter: 3, day: 20 })) },
    { name: 'monthly on the last day', plan: task(monthly({ day: 'last' })) },
    { name: 'yearly without a stated day', plan: task(yearly()) },
  ],
  invalid: [
    {
      name: 'a range that leaves the period',
      plan: task(yearly({ month: 6, day: 30, from: '2023-01-01', until: '2026-12-31' })),
      errors: [
        { messageId: 'fromBeforePeriod', path: [...at, 'from'] },
        { messageId: 'untilAfterPeriod', path: [...at, 'until'], data: { until: { vi: '31/12/2026', en: '2026-12-31' } } },
      ],
    },
    { name: 'month 4 of a quarter', plan: task(quarterly({ monthOfQuarter: 4, day: 1 })), errors: [{ messageId: 'badMonth', data: { month: 4, months: 3 } }] },
    { name: 'day 31 of a quarter\'s last month', plan: task(quarterly({ monthOfQuarter: 3, day: 31 })), errors: [{ messageId: 'dayClamped', data: { day: 31, month: 6 } }] },
    {
      name: 'a range with no occurrence',
      plan: task(yearly({ month: 1, day: 15, from: '2025-02-01', until: '2025-12-31' })),
      errors: [{ messageId: 'noOccurrence', path: at }],
    },
    { name: 'an empty range', plan: task(yearly({ month: 1, day: 15, from: '2025-02-01', until: '2024-12-31' })), errors: [{ messageId: 'emptyRange' }] },
  ],
});
