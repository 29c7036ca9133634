import { describe, it } from 'vitest';
import { defineRegistry, definePlan, noLaterThan, yearly, type Plan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { ceasedUnit } from './ceased.rule.js';

const reg = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soLdtbxh: { name: 'Sở Lao động - Thương binh và Xã hội', short: 'Sở LĐTBXH', kind: 'department', validUntil: '2025-02-28', successors: ['soNoiVu'] },
    soNoiVu: { name: 'Sở Nội vụ', kind: 'department' },
    huyenX: { name: 'UBND huyện X', kind: 'district', validUntil: '2025-06-30' },
    soMoi: { name: 'Sở Mới', kind: 'department', validFrom: '2025-03-01' },
  },
  groups: { huyen: { name: 'UBND các huyện', members: ['huyenX'] } },
});

function plan(body: Parameters<typeof definePlan>[0]['body']): Plan {
  return definePlan({
    registry: reg,
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2024-01-10',
    title: 'KẾ HOẠCH',
    period: { from: '2024-01-01', to: '2025-12-31' },
    body,
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

const reporting = plan([
  reg.section('I', 'BÁO CÁO', [
    reg.item('', 'Hằng năm trước ngày 14/11 các huyện báo cáo UBND tỉnh thông qua Sở LĐTBXH.', {
      reports: [reg.report({ from: reg.each('huyen'), to: 'ubnd', via: 'soLdtbxh', what: 'Báo cáo', deadlines: [yearly(11, 14)] })],
    }),
  ]),
]);

new RuleTester({ describe, it }).run(ceasedUnit, {
  valid: [
    { name: 'no unit has a validity period', plan: cleanPlan() },
    { name: 'duties before the unit ceased', plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soLdtbxh', text: 'x', deadlines: [noLaterThan('2025-02-28')] })])]) },
  ],
  invalid: [
    {
      name: 'a duty after a merger names the successor',
      plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soLdtbxh', partners: ['soMoi'], text: 'x', deadlines: [noLaterThan('2025-02-25'), noLaterThan('2025-03-14')] })])]),
      errors: [
        { messageId: 'notYetFormed', path: ['body', 0, 'children', 0, 'deadlines', 0], data: { unit: 'Sở Mới' } },
        {
          messageId: 'ceased',
          path: ['body', 0, 'children', 0, 'deadlines', 1],
          data: { unit: 'Sở LĐTBXH', successor: { vi: 'Sở Nội vụ', en: 'Sở Nội vụ' }, until: { vi: '28/02/2025', en: '2025-02-28' } },
        },
      ],
    },
    {
      name: 'yearly reports of a district after 30/6/2025, through a merged department',
      plan: reporting,
      errors: [
        { messageId: 'ceasedNoSuccessor', path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0], data: { date: { vi: '14/11/2025', en: '2025-11-14' } } },
        { messageId: 'viaCeased', data: { unit: 'Sở LĐTBXH', successor: { vi: 'Sở Nội vụ', en: 'Sở Nội vụ' } } },
      ],
    },
  ],
});
