import { describe, it } from 'vitest';
import { endOfPlan, endOfYear, noLaterThan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { outsidePeriod } from './outside-period.rule.js';

const task = (deadline: ReturnType<typeof noLaterThan> | ReturnType<typeof endOfYear>) =>
  cleanPlan({ body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [deadline] })])] });

new RuleTester({ describe, it }).run(outsidePeriod, {
  valid: [
    { name: 'deadlines within the period', plan: cleanPlan() },
    { name: 'the end of the plan period', plan: task(endOfPlan()) },
  ],
  invalid: [
    {
      name: 'a task due after the period',
      plan: task(noLaterThan('2026-01-15')),
      errors: [{ messageId: 'afterEnd', path: ['body', 0, 'children', 0, 'deadlines', 0], data: { end: { vi: '31/12/2025', en: '2025-12-31' } } }],
    },
    {
      name: 'a task due before the period of a plan issued early',
      plan: cleanPlan({
        issuedOn: '2023-11-20',
        body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [endOfYear(2023)] })])],
      }),
      errors: [{ messageId: 'beforeStart', data: { date: { vi: '31/12/2023', en: '2023-12-31' } } }],
    },
  ],
});
