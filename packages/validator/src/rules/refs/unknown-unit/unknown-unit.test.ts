import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate, r } from '../../../../test/plan-fixture.js';
import { unknownUnit } from './unknown-unit.rule.js';

const plan = cleanPlan();

new RuleTester({ describe, it }).run(unknownUnit, {
  valid: [{ name: 'every key is declared', plan }],
  invalid: [
    {
      name: 'a misspelt lead, with a suggestion',
      plan: mutate(plan, (p) => {
        (p.body[0] as { children: { lead: { unit: string } }[] }).children[0]!.lead.unit = 'soAA';
      }),
      errors: [{ messageId: 'unknownUnitSuggest', path: ['body', 0, 'children', 0, 'lead', 'unit'], data: { unit: 'soAA', suggestion: 'soA' } }],
    },
    {
      name: 'an unknown partner, group member, recipient and successor',
      plan: mutate(plan, (p) => {
        (p.body[0] as { children: { partners: { unit: string }[] }[] }).children[0]!.partners.push({ unit: 'boTaiChinhTrungUong' });
        p.groups[0]!.members.push('xaZ');
        p.recipients[0]!.units!.push('baoChi');
        p.units[1]!.successors = [{ unit: 'soMoiThanhLapNam2025' }];
      }),
      errors: [
        { messageId: 'unknownUnit', path: ['units', 1, 'successors', 0, 'unit'] },
        { messageId: 'unknownUnit', path: ['groups', 0, 'members', 2] },
        { messageId: 'unknownUnit', path: ['body', 0, 'children', 0, 'partners', 2, 'unit'], data: { unit: 'boTaiChinhTrungUong' } },
        { messageId: 'unknownUnit', path: ['recipients', 0, 'units', 1] },
      ],
    },
    {
      name: 'an unknown reporter and copy',
      plan: cleanPlan({
        body: [
          r.section('I', 'BÁO CÁO', [
            r.item('', 'Báo cáo.', { reports: [{ from: 'thanhTraTinh' as 'soA', to: 'ubnd', cc: ['congAnTinh' as 'soA'], what: 'Báo cáo', deadlines: [] }] }),
          ]),
        ],
      }),
      errors: [
        { messageId: 'unknownUnit', path: ['body', 0, 'children', 0, 'reports', 0, 'from', 'unit'], data: { unit: 'thanhTraTinh' } },
        { messageId: 'unknownUnit', path: ['body', 0, 'children', 0, 'reports', 0, 'cc', 0], data: { unit: 'congAnTinh' } },
      ],
    },
  ],
});
