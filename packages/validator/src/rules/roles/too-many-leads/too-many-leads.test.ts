import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { tooManyLeads } from './too-many-leads.rule.js';

new RuleTester({ describe, it }).run(tooManyLeads, {
  valid: [
    { name: 'one lead clause per task', plan: cleanPlan() },
    {
      name: 'several leads split into sub-tasks',
      plan: cleanPlan({
        body: [
          r.section('I', 'NHIỆM VỤ', [
            r.task('1', { lead: 'soA', text: 'Sở A chủ trì:' }, [
              r.task('-', { lead: 'soA', text: 'Sở A chủ trì xây dựng kế hoạch.' }),
              r.task('-', { lead: 'soB', text: 'Sở B chủ trì bố trí kinh phí.' }),
            ]),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'two leads in one task text',
      plan: cleanPlan({
        body: [
          r.section('I', 'NHIỆM VỤ', [
            r.task('1', { lead: 'soA', text: 'Sở A chủ trì xây dựng kế hoạch; Sở B chủ trì bố trí kinh phí thực hiện.' }),
          ]),
        ],
      }),
      errors: [{ messageId: 'severalLeads', path: ['body', 0, 'children', 0, 'lead'], data: { count: 2, lead: 'Sở A' } }],
    },
    {
      name: 'a second lead named in a sub-item',
      plan: cleanPlan({
        body: [
          r.section('I', 'NHIỆM VỤ', [
            r.task('1', { lead: 'soA', text: 'Sở A chủ trì các nội dung sau:' }, [r.item('+', 'Giao Sở B chủ trì tổ chức hội nghị.')]),
          ]),
        ],
      }),
      errors: [{ messageId: 'severalLeads', data: { count: 2 } }],
    },
  ],
});
