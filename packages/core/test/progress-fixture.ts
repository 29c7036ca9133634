import { before, defineRegistry, definePlan, type Plan } from '../src/index.js';

/** A small plan for progress tests: one task with a date, a report each district owes twice, targets. */
export const pr = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh Thử Nghiệm', kind: 'people-committee' },
    soA: { name: 'Sở A', kind: 'department' },
    soB: { name: 'Sở B', kind: 'department' },
    huyenX: { name: 'UBND huyện X', kind: 'district' },
    huyenY: { name: 'UBND huyện Y', kind: 'district' },
  },
  groups: { huyen: { name: 'UBND các huyện', members: ['huyenX', 'huyenY'] } },
});

export function progressPlan(): Plan {
  return definePlan({
    registry: pr,
    number: '07/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2024-01-10',
    title: 'KẾ HOẠCH THỬ NGHIỆM TIẾN ĐỘ',
    period: { from: '2024-01-01', to: '2026-12-31' },
    body: [
      pr.section('I', 'NHIỆM VỤ', [
        pr.task('1', { lead: 'soA', text: 'Sở A xây dựng đề án, trình trước ngày 15/3/2024.', deadlines: [before('2024-03-15')] }),
        pr.task('2', {
          lead: pr.each('huyen'),
          text: 'UBND các huyện xây dựng kế hoạch, báo cáo trước ngày 20/02/2024 và sơ kết trước ngày 20/6/2024.',
          reports: [pr.report({ to: 'ubnd', via: 'soB', what: 'Kế hoạch và sơ kết', deadlines: [before('2024-02-20'), before('2024-06-20')] })],
        }),
        pr.item('3', 'Chỉ tiêu.', {
          owners: ['soB'],
          targets: [
            { metric: 'tỷ lệ hộ nghèo', direction: 'decrease', value: 2, unit: '%', by: 2026, baseline: { year: 2023, value: 5 } },
            { metric: 'số hộ nghèo', direction: 'decrease', value: 40, unit: '%', by: 2026, baseline: { year: 2023, text: 'năm 2023' } },
            { metric: 'tỷ lệ hộ nghèo', direction: 'decrease', range: { min: 3, max: 4 }, unit: 'điểm %', per: 'year', scope: ['huyenX', 'huyenY'] },
            { metric: 'tỷ lệ xã đạt chuẩn', direction: 'maintain', value: 100, unit: '%' },
          ],
        }),
      ]),
    ],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}
