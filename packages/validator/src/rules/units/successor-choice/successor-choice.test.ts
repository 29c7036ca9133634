import { describe, it } from 'vitest';
import { defineRegistry, definePlan, noLaterThan, type Plan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { successorChoice } from './successor-choice.rule.js';

const reg = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soLd: {
      name: 'Sở LĐTBXH',
      kind: 'department',
      validUntil: '2025-02-28',
      successors: [
        { unit: 'soNv', for: 'lao động, việc làm' },
        { unit: 'soYt', for: 'bảo trợ xã hội' },
      ],
    },
    soNv: { name: 'Sở Nội vụ', kind: 'department' },
    soYt: { name: 'Sở Y tế', kind: 'department' },
    soKhac: { name: 'Sở Khác', kind: 'department' },
  },
});

type Body = Parameters<typeof definePlan>[0]['body'];
function plan(body: Body, handovers?: Record<string, string>): Plan {
  return definePlan({
    registry: reg,
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2024-01-10',
    title: 'KẾ HOẠCH',
    period: { from: '2024-01-01', to: '2025-12-31' },
    body,
    ...(handovers === undefined ? {} : { handovers }),
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

const task = (extra: { handovers?: { soLd: 'soNv' | 'soYt' | 'soKhac' } } = {}) =>
  reg.section('I', 'NV', [reg.task('1', { lead: 'soLd', text: 'Sở LĐTBXH chủ trì.', deadlines: [noLaterThan('2024-12-13'), noLaterThan('2025-06-13')], ...extra })]);
const report = reg.section('II', 'BÁO CÁO', [
  reg.item('', 'Sở Nội vụ báo cáo qua Sở LĐTBXH.', {
    reports: [reg.report({ from: 'soNv', to: 'ubnd', via: 'soLd', what: 'Báo cáo', deadlines: [noLaterThan('2025-11-14')] })],
  }),
]);

new RuleTester({ describe, it }).run(successorChoice, {
  valid: [
    { name: 'no split unit', plan: cleanPlan() },
    { name: 'the task chooses', plan: plan([task({ handovers: { soLd: 'soYt' } })]) },
    { name: 'the plan chooses', plan: plan([task(), report], { soLd: 'soNv' }) },
  ],
  invalid: [
    {
      name: 'a split with no choice, naming the candidates and their functions',
      plan: plan([task()]),
      errors: [
        {
          messageId: 'choose',
          path: ['body', 0, 'children', 0, 'deadlines', 1],
          data: {
            unit: 'Sở LĐTBXH',
            dates: { vi: '13/06/2025', en: '2025-06-13' },
            candidates: 'Sở Nội vụ (lao động, việc làm); Sở Y tế (bảo trợ xã hội)',
            example: "{ soLd: 'soNv' }",
          },
        },
      ],
    },
    {
      name: 'a report through a split unit',
      plan: plan([report]),
      errors: [{ messageId: 'chooseCounterpart', path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0], data: { how: { vi: 'gửi thông qua', en: 'goes through' } } }],
    },
    {
      name: 'a handover naming a unit that is not a successor',
      plan: plan([task({ handovers: { soLd: 'soKhac' } })]),
      errors: [{ messageId: 'notASuccessor', path: ['body', 0, 'children', 0, 'handovers', 0], data: { from: 'Sở LĐTBXH', to: 'Sở Khác' } }],
    },
  ],
});
