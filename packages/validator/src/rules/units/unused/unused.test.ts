import { describe, it } from 'vitest';
import { defineRegistry, definePlan } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { unusedUnit } from './unused.rule.js';

const extra = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    soA: { name: 'Sở A', kind: 'department', validUntil: '2025-02-28', successors: ['soC'] },
    soB: { name: 'Sở B', kind: 'department' },
    soC: { name: 'Sở C', kind: 'department' },
    baoTinh: { name: 'Báo tỉnh', kind: 'media' },
  },
  groups: { nhom: { name: 'Nhóm không dùng', members: ['soA', 'soB'] } },
});
const plan = definePlan({
  registry: extra,
  number: '01/KH-UBND',
  issuer: 'ubnd',
  place: 'Thử Nghiệm',
  issuedOn: '2024-01-10',
  title: 'KẾ HOẠCH',
  period: { from: '2024-01-01', to: '2025-12-31' },
  body: [extra.section('I', 'NHIỆM VỤ', [extra.task('1', { lead: 'soA', text: 'Sở A chủ trì.' })])],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});

new RuleTester({ describe, it }).run(unusedUnit, {
  valid: [
    { name: 'every unit has a part', plan: cleanPlan() },
    { name: 'ignored keys', plan, options: { ignore: ['soB', 'baoTinh', 'nhom'] } },
  ],
  invalid: [
    {
      name: 'a unit with no duty and an unused group; the successor of a unit with duties is used',
      plan,
      errors: [
        { messageId: 'unusedUnit', path: ['units', 2], data: { unit: 'Sở B' } },
        { messageId: 'unusedUnit', path: ['units', 4], data: { unit: 'Báo tỉnh' } },
        { messageId: 'unusedGroup', path: ['groups', 0], data: { group: 'Nhóm không dùng' } },
      ],
    },
  ],
});
