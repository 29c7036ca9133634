/**
 * A small plan with no defect under the strict preset, for rule tests: each test breaks one thing.
 */
import { before, defineRegistry, definePlan, noLaterThan, yearly, type Plan } from '@kehoach/core';

export const r = defineRegistry({
  units: {
    ubnd: { name: 'Ủy ban nhân dân tỉnh Thử Nghiệm', short: 'UBND tỉnh', kind: 'people-committee' },
    soA: { name: 'Sở A', kind: 'department' },
    soB: { name: 'Sở B', kind: 'department' },
    huyenX: { name: 'UBND huyện X', kind: 'district' },
    huyenY: { name: 'UBND huyện Y', kind: 'district' },
    doan: { name: 'Tỉnh đoàn', kind: 'union' },
  },
  groups: {
    huyen: { name: 'UBND các huyện', members: ['huyenX', 'huyenY'] },
    soNganh: { name: 'Các sở, ngành', members: ['soA', 'soB'] },
    tatCa: { name: 'Các sở, ngành, địa phương', members: ['soNganh', 'huyen'] },
  },
});

type Spec = Parameters<typeof definePlan<string, string>>[0];

/** The clean plan, with top-level fields overridden. */
export function cleanPlan(overrides: Partial<Spec> = {}): Plan {
  return definePlan({
    registry: r,
    number: '05/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2024-01-10',
    title: 'KẾ HOẠCH THỬ NGHIỆM',
    period: { from: '2024-01-01', to: '2025-12-31' },
    legal: [{ id: 'nd20', number: '20/2021/NĐ-CP', date: '2021-03-15', kind: 'Nghị định', role: 'pursuant' }],
    body: [
      r.section('I', 'NHIỆM VỤ', [
        r.task('1', {
          lead: 'soA',
          partners: [r.related('soNganh'), 'huyen'],
          text: 'Sở A chủ trì, phối hợp với các sở, ngành có liên quan và UBND các huyện thực hiện.',
          deadlines: [noLaterThan('2024-06-28')],
          refs: ['nd20'],
          targets: [{ metric: 'tỷ lệ hộ nghèo', direction: 'decrease', value: 2, unit: '%', per: 'year', baseline: { year: 2023, value: 5 } }],
        }),
        r.task('2', { lead: r.each('huyen'), text: 'UBND các huyện xây dựng kế hoạch.', deadlines: [noLaterThan('2024-03-29')] }),
        r.task('3', { lead: 'doan', mode: 'request', text: 'Đề nghị Tỉnh đoàn tuyên truyền.' }),
      ], { role: 'tasks' }),
      r.section('II', 'CHẾ ĐỘ BÁO CÁO', [
        r.item('', 'Hằng năm, chậm nhất ngày 14/11, các sở, ngành, địa phương báo cáo UBND tỉnh (qua Sở B).', {
          reports: [r.report({ from: r.each('tatCa'), to: 'ubnd', via: 'soB', what: 'Báo cáo kết quả', deadlines: [yearly({ month: 11, day: 14, wording: 'no-later-than' })] })],
        }),
      ], { role: 'reporting' }),
    ],
    recipients: [
      { text: 'Các sở, ngành', units: ['soNganh'] },
      { text: 'UBND các huyện', units: ['huyen'] },
      { text: 'Tỉnh đoàn', units: ['doan'] },
      { text: 'Lưu: VT', archive: true },
    ],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    ...overrides,
  });
}

/** A writable copy of a plan changed by `change`, not re-checked: rules must cope with data the schema would refuse. */
export function mutate(plan: Plan, change: (draft: Plan) => void): Plan {
  const draft = structuredClone(plan) as Plan;
  change(draft);
  return draft;
}

export { before };
