import { describe, it } from 'vitest';
import { defineRegistry, definePlan, noLaterThan, when, yearly, type Plan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { ceasedUnit } from './ceased.rule.js';

const reg = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soLdtbxh: { name: 'Sở Lao động - Thương binh và Xã hội', short: 'Sở LĐTBXH', kind: 'department', validUntil: '2025-02-28', successors: ['soNoiVu'] },
    soNoiVu: { name: 'Sở Nội vụ', kind: 'department' },
    huyenX: { name: 'UBND huyện X', kind: 'district', validUntil: '2025-06-30' },
    soMoi: { name: 'Sở Mới', kind: 'department', validFrom: '2025-03-01' },
    soCu: { name: 'Sở Cũ', kind: 'department', validUntil: '2025-06-30' },
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

new RuleTester({ describe, it }).run(ceasedUnit, {
  valid: [
    { name: 'no unit has a validity period', plan: cleanPlan() },
    { name: 'duties before the unit ceased', plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soLdtbxh', text: 'x', deadlines: [noLaterThan('2025-02-28')] })])]) },
    {
      name: 'a duty after a merger goes to the successor, which units/reassigned tells',
      plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soLdtbxh', text: 'x', deadlines: [noLaterThan('2025-03-14')] })])]),
    },
  ],
  invalid: [
    {
      name: 'a unit that starts after its last day',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.validFrom = '2025-03-01';
        p.units[1]!.validUntil = '2025-02-28';
      }),
      // Its duties then fall before it starts or after it ends: each is said too.
      errors: [
        { messageId: 'invalidPeriod', path: ['units', 1, 'validFrom'], data: { unit: 'Sở A' } },
        { messageId: 'notYetFormed', path: ['body', 0, 'children', 0, 'deadlines', 0] },
        { messageId: 'notYetFormed', path: ['body', 1, 'children', 0, 'reports', 0, 'deadlines', 0] },
        { messageId: 'orphaned', path: ['body', 1, 'children', 0, 'reports', 0, 'deadlines', 0] },
      ],
    },
    {
      name: 'a partner formed after the date',
      plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soNoiVu', partners: ['soMoi'], text: 'x', deadlines: [noLaterThan('2025-02-25')] })])]),
      errors: [{ messageId: 'notYetFormed', path: ['body', 0, 'children', 0, 'deadlines', 0], data: { units: { vi: '"Sở Mới"', en: '"Sở Mới"' }, from: { vi: '01/03/2025', en: '2025-03-01' } } }],
    },
    {
      name: 'yearly reports of a district after 30/6/2025, once per deadline with the dates',
      plan: plan([
        reg.section('I', 'BÁO CÁO', [
          reg.item('', 'Hằng năm trước ngày 14/11 các huyện báo cáo UBND tỉnh.', {
            reports: [reg.report({ from: reg.each('huyen'), to: 'ubnd', what: 'Báo cáo', deadlines: [yearly({ month: 11, day: 14 })] })],
          }),
        ]),
      ]),
      errors: [
        {
          messageId: 'orphaned',
          path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0],
          data: { units: { vi: '"UBND huyện X"', en: '"UBND huyện X"' }, role: { vi: 'báo cáo', en: 'reporter' }, dates: { vi: '14/11/2025', en: '2025-11-14' }, until: { vi: '30/06/2025', en: '2025-06-30' } },
        },
      ],
    },
    {
      name: 'the same districts leave duties in two items: one diagnostic naming both items',
      plan: plan([
        reg.section('I', 'NV', [
          reg.task('1', { lead: 'soNoiVu', partners: ['huyen'], text: 'x', deadlines: [noLaterThan('2025-08-15')] }),
          reg.task('2', { lead: 'soNoiVu', partners: ['huyen'], text: 'y', deadlines: [when('khi có thiên tai')] }),
        ]),
      ]),
      errors: [
        {
          messageId: 'orphanedMany',
          path: ['body', 0, 'children', 0, 'deadlines', 0],
          messageIncludes:
            '"UBND huyện X" ceased to exist (last day 2025-06-30) with no successor recorded: nobody owes 2 of their duties: I.1 (partner, 2025-08-15); I.2 (partner, no date, from 2025-07-01).',
        },
      ],
    },
    {
      name: 'an event-triggered duty of a unit that ended within the plan',
      plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soCu', text: 'x', deadlines: [when('khi có thiên tai')] })])]),
      errors: [{ messageId: 'orphaned', data: { units: { vi: '"Sở Cũ"', en: '"Sở Cũ"' }, dates: { vi: '(không ghi ngày, từ 01/07/2025)', en: '(no date, from 2025-07-01)' } } }],
    },
    {
      name: 'a report copied to a unit that ceased with no successor',
      plan: plan([
        reg.section('I', 'BÁO CÁO', [
          reg.item('', 'Sở Nội vụ báo cáo, đồng gửi Sở Cũ.', {
            reports: [reg.report({ from: 'soNoiVu', to: 'ubnd', cc: ['soCu'], what: 'Báo cáo', deadlines: [noLaterThan('2025-08-15'), noLaterThan('2025-09-15')] })],
          }),
        ]),
      ]),
      errors: [
        { messageId: 'counterpartCeased', data: { unit: 'Sở Cũ', how: { vi: 'đồng gửi', en: 'is copied to' }, dates: { vi: '15/08/2025', en: '2025-08-15' } } },
        { messageId: 'counterpartCeased', data: { dates: { vi: '15/09/2025', en: '2025-09-15' } } },
      ],
    },
  ],
});
