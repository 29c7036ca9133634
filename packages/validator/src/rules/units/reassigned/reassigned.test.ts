import { describe, it } from 'vitest';
import { defineRegistry, definePlan, noLaterThan, yearly, type Plan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { reassignedDuty } from './reassigned.rule.js';

const reg = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soKhdt: { name: 'Sở KH&ĐT', kind: 'department', validUntil: '2025-02-28', basis: 'Nghị định số 45/2025/NĐ-CP', successors: ['soTc'] },
    soTc: { name: 'Sở Tài chính', kind: 'department' },
  },
});

function plan(body: Parameters<typeof definePlan>[0]['body']): Plan {
  return definePlan({
    registry: reg,
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2023-01-10',
    title: 'KẾ HOẠCH',
    period: { from: '2023-01-01', to: '2026-12-31' },
    body,
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

new RuleTester({ describe, it }).run(reassignedDuty, {
  valid: [
    { name: 'nothing ceased', plan: cleanPlan() },
    { name: 'duties before the merger', plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soKhdt', text: 'x', deadlines: [noLaterThan('2024-10-15')] })])]) },
  ],
  invalid: [
    {
      name: 'yearly reports after the merger: one diagnostic naming both units, the dates and the basis',
      plan: plan([reg.section('I', 'NV', [reg.task('1', { lead: 'soKhdt', text: 'x', reports: [reg.report({ to: 'ubnd', what: 'Báo cáo', deadlines: [yearly({ month: 10, day: 15, wording: 'no-later-than' })] })] })])]),
      errors: [
        {
          messageId: 'reassigned',
          path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0],
          data: {
            from: 'Sở KH&ĐT',
            to: 'Sở Tài chính',
            dates: { vi: '15/10/2025, 15/10/2026', en: '2025-10-15, 2026-10-15' },
            basis: 'Nghị định số 45/2025/NĐ-CP',
          },
        },
      ],
    },
    {
      name: 'the same takeover in two items: one diagnostic naming both',
      plan: plan([
        reg.section('I', 'NV', [
          reg.task('1', { lead: 'soKhdt', text: 'x', deadlines: [noLaterThan('2025-10-15')] }),
          reg.task('2', { lead: 'ubnd', partners: ['soKhdt'], text: 'y', deadlines: [noLaterThan('2025-11-14')] }),
        ]),
      ]),
      errors: [
        {
          messageId: 'reassignedMany',
          path: ['body', 0, 'children', 0, 'deadlines', 0],
          messageIncludes:
            '2 duties of "Sở KH&ĐT" are owed by "Sở Tài chính", as "Sở KH&ĐT" ceased after 2025-02-28 (Nghị định số 45/2025/NĐ-CP): I.1 (lead, 2025-10-15); I.2 (partner, 2025-11-14).',
        },
      ],
    },
  ],
});
