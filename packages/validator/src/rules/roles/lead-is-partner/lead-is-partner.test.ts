import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { leadIsPartner } from './lead-is-partner.rule.js';

const task = (lead: Parameters<typeof r.task>[1]['lead'], partners: Parameters<typeof r.task>[1]['partners']) =>
  cleanPlan({ body: [r.section('I', 'NHIỆM VỤ', [r.task('1', { lead, partners, text: 'Chủ trì, phối hợp thực hiện.' })])] });

new RuleTester({ describe, it }).run(leadIsPartner, {
  valid: [
    { name: 'a partner group that contains the lead means the other members', plan: cleanPlan() },
    { name: 'distinct lead and partners', plan: task('soA', ['soB', 'huyen']) },
  ],
  invalid: [
    {
      name: 'the lead is also a partner',
      plan: task('soA', ['soB', 'soA']),
      errors: [{ messageId: 'same', path: ['body', 0, 'children', 0, 'partners', 1, 'unit'], data: { unit: 'Sở A', node: 'I.1' } }],
    },
    {
      name: 'a partner is a member of the lead group',
      plan: task(r.each('huyen'), ['huyenX']),
      errors: [{ messageId: 'memberOfLead', data: { unit: 'UBND huyện X', group: 'UBND các huyện' } }],
    },
    {
      name: 'a partner named twice',
      plan: task('soA', ['soB', 'soB']),
      errors: [{ messageId: 'duplicatePartner', path: ['body', 0, 'children', 0, 'partners', 1, 'unit'] }],
    },
  ],
});
