import { describe, it } from 'vitest';
import { endOfYear, noLaterThan, quarterly } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { before, cleanPlan, r } from '../../../../test/plan-fixture.js';
import { beforeIssue } from './before-issue.rule.js';

const withDeadlines = (...deadlines: Parameters<typeof r.task>[1]['deadlines'][]) =>
  cleanPlan({ body: [r.section('I', 'NV', deadlines.map((d, i) => r.task(String(i + 1), { lead: 'soA', text: 'Sở A chủ trì.', deadlines: d })))] });

new RuleTester({ describe, it }).run(beforeIssue, {
  valid: [
    { name: 'deadlines after the issue date', plan: cleanPlan() },
    { name: 'a deadline on the issue date', plan: withDeadlines([noLaterThan('2024-01-10')]) },
  ],
  invalid: [
    {
      name: 'a date and a period end before the issue date',
      plan: withDeadlines([before('2023-12-20')], [endOfYear(2023)]),
      errors: [
        { messageId: 'beforeIssue', path: ['body', 0, 'children', 0, 'deadlines', 0], data: { date: { vi: '20/12/2023', en: '2023-12-20' } } },
        { messageId: 'beforeIssue', path: ['body', 0, 'children', 1, 'deadlines', 0], data: { date: { vi: '31/12/2023', en: '2023-12-31' } } },
      ],
    },
    {
      name: 'a recurrence that starts before the issue date',
      plan: withDeadlines([quarterly({ monthOfQuarter: 3, day: 20, from: '2023-07-01' })]),
      errors: [{ messageId: 'recurringBeforeIssue', data: { count: 2, date: { vi: '20/09/2023', en: '2023-09-20' } } }],
    },
    {
      name: 'a report due before the issue date',
      plan: cleanPlan({
        body: [r.section('I', 'BC', [r.item('', 'Báo cáo.', { reports: [r.report({ from: 'soA', to: 'ubnd', what: 'Báo cáo', deadlines: [before('2024-01-05')] })] })])],
      }),
      errors: [{ messageId: 'beforeIssue', path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0] }],
    },
  ],
});
