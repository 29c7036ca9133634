import { describe, it } from 'vitest';
import { noLaterThan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { afterPlanEnd } from './after-plan-end.rule.js';

const finalReport = cleanPlan({
  body: [
    r.section('I', 'BÁO CÁO', [
      r.task('1', {
        lead: 'soA',
        text: 'Sở A chủ trì tổng kết.',
        reports: [r.report({ to: 'ubnd', what: 'Báo cáo tổng kết', deadlines: [noLaterThan('2026-01-15')] })],
      }),
    ]),
  ],
});

new RuleTester({ describe, it }).run(afterPlanEnd, {
  valid: [
    { name: 'reports within the period', plan: cleanPlan() },
    { name: 'a final report within the grace period', plan: finalReport, options: { graceDays: 31 } },
  ],
  invalid: [
    {
      name: 'a final report after the period',
      plan: finalReport,
      errors: [
        {
          messageId: 'afterEnd',
          path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0],
          data: { what: 'Báo cáo tổng kết', date: { vi: '15/01/2026', en: '2026-01-15' } },
        },
      ],
    },
  ],
});
