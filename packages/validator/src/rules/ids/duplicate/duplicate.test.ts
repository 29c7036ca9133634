import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate, r } from '../../../../test/plan-fixture.js';
import { duplicateIds } from './duplicate.rule.js';

const plan = cleanPlan();

new RuleTester({ describe, it }).run(duplicateIds, {
  valid: [{ name: 'ids derived from numbering are unique', plan }],
  invalid: [
    {
      name: 'two tasks with the same explicit id',
      plan: cleanPlan({
        body: [
          r.section('I', 'NHIỆM VỤ', [
            r.task('1', { id: 'tuyen-truyen', lead: 'soA', text: 'Sở A chủ trì tuyên truyền.' }),
            r.task('2', { id: 'tuyen-truyen', lead: 'soB', text: 'Sở B chủ trì tuyên truyền.' }),
          ]),
        ],
      }),
      errors: [{ messageId: 'duplicateNode', path: ['body', 0, 'children', 1, 'id'], data: { id: 'tuyen-truyen', first: 'body[0].children[0]' } }],
    },
    {
      name: 'a duplicate legal reference, unit key and correction id in JSON data',
      plan: mutate(
        cleanPlan({
          corrections: [
            { id: 'c1', target: 'nd20', field: 'title', asIssued: 'a', corrected: 'b', note: { vi: 'x', en: 'x' } },
            { id: 'c1', target: 'nd20', field: 'date', asIssued: 'a', corrected: 'b', note: { vi: 'x', en: 'x' } },
          ],
        }),
        (p) => {
          p.legal.push({ ...p.legal[0]! });
          p.groups[0]!.key = 'soA';
        },
      ),
      errors: [
        { messageId: 'duplicateLegal', path: ['legal', 1, 'id'] },
        { messageId: 'duplicateUnit', path: ['groups', 0, 'key'], data: { id: 'soA' } },
        { messageId: 'duplicateCorrection', path: ['corrections', 1, 'id'] },
      ],
    },
  ],
});
