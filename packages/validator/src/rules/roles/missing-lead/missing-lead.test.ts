import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate, r } from '../../../../test/plan-fixture.js';
import { missingLead } from './missing-lead.rule.js';

const plan = cleanPlan();

new RuleTester({ describe, it }).run(missingLead, {
  valid: [
    { name: 'every task has a lead', plan },
    {
      name: 'sub-items of a task, and "được phân công chủ trì", name no new lead',
      plan: cleanPlan({
        body: [
          r.section('I', 'NHIỆM VỤ', [
            r.task('1', { lead: 'soA', text: 'Sở A chủ trì:' }, [r.item('+', 'Phối hợp khi Sở A chủ trì hội nghị.')]),
            r.item('2', 'Các đơn vị thực hiện các nội dung được phân công chủ trì theo Kế hoạch này.'),
          ]),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'an item that names a lead',
      plan: cleanPlan({
        body: [r.section('I', 'NHIỆM VỤ', [r.item('1', 'Sở Y tế chủ trì, phối hợp với các địa phương tổ chức tiêm chủng.')])],
      }),
      errors: [{ messageId: 'itemNamesLead', path: ['body', 0, 'children', 0, 'text'], data: { node: 'I.1' } }],
    },
    {
      name: 'a lead group without members, and a task without a lead in raw JSON',
      plan: mutate(plan, (p) => {
        p.groups[0]!.members = [];
        delete (p.body[0] as { children: { lead?: unknown }[] }).children[0]!.lead;
      }),
      errors: [
        { messageId: 'noLead', path: ['body', 0, 'children', 0, 'lead'] },
        { messageId: 'emptyGroup', path: ['body', 0, 'children', 1, 'lead', 'unit'], data: { group: 'huyen' } },
      ],
    },
  ],
});
