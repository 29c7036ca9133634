import { before, definePlan, defineRegistry } from '@kehoach/core';

const r = defineRegistry({
  units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, soYTe: { name: 'Sở Y tế', kind: 'department' } },
});

export default definePlan({
  registry: r,
  number: '01/KH-UBND',
  issuer: 'ubnd',
  place: 'Khánh Hòa',
  issuedOn: '2026-01-05',
  title: 'KẾ HOẠCH THỬ',
  period: { from: '2026-01-01', to: '2026-12-31' },
  body: [r.section('I', 'NHIỆM VỤ', [r.task('1', { lead: 'soYTe', text: 'Sở Y tế chủ trì.', deadlines: [before('2026-03-31')] })])],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});
const fs = require('node:fs');
