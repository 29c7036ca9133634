import { before, definePlan, defineRegistry, endOfYear, midTerm, type Plan, when, yearly } from '../src/index.js';

/** A small plan using every kind of node, assignment and deadline. */
export const r = defineRegistry({
  units: {
    ubnd: { name: 'Ủy ban nhân dân tỉnh Thử Nghiệm', short: 'UBND tỉnh', kind: 'people-committee' },
    soA: { name: 'Sở A', kind: 'department', validUntil: '2023-02-28', successors: ['soB'] },
    soB: { name: 'Sở B', kind: 'department' },
    huyenX: { name: 'UBND huyện X', kind: 'district' },
    huyenY: { name: 'UBND huyện Y', kind: 'district' },
    doan: { name: 'Tỉnh đoàn', kind: 'union' },
  },
  groups: {
    huyen: { name: 'UBND các huyện', members: ['huyenX', 'huyenY'] },
    soNganh: { name: 'Các sở, ngành', members: ['soA', 'soB'], complete: false },
    tatCa: { name: 'Các sở, ngành, địa phương', members: ['soNganh', 'huyen'] },
    banChiDao: { name: 'Ban chỉ đạo', members: ['soA', 'huyenX'], mode: 'together' },
  },
});

export function samplePlan(overrides: Partial<Parameters<typeof definePlan<string, string>>[0]> = {}): Plan {
  return definePlan({
    registry: r,
    number: '05/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2022-03-10',
    title: 'KẾ HOẠCH THỬ NGHIỆM',
    period: { from: '2022-01-01', to: '2024-12-31' },
    legal: [{ number: '20/2021/NĐ-CP', date: '2021-03-15', kind: 'Nghị định', role: 'pursuant' }],
    body: [
      r.section('I', 'MỤC ĐÍCH', [r.item('a', 'Mục đích a.'), r.item('đ', 'Mục đích đ.')], { role: 'purposes' }),
      r.section('II', 'NHIỆM VỤ', [
        r.task('-', { lead: 'soA', partners: [r.related('soNganh'), 'huyen'], text: 'Sở A chủ trì ...', deadlines: [before('2022-04-30')] }, [
          r.item('+', 'Việc một.'),
          r.item('+', 'Việc hai.'),
        ]),
        r.task('-', { lead: 'soB', text: 'Sở B chủ trì: cứu trợ khi có thiên tai.', deadlines: [when('khi xảy ra thiên tai')] }),
        r.task('-', { lead: 'banChiDao', text: 'Ban chỉ đạo kiểm tra.', deadlines: [endOfYear(2022)] }),
        r.task('', { lead: 'doan', mode: 'request', text: 'Đề nghị Tỉnh đoàn ...', deadlines: [midTerm()] }),
      ]),
      r.section('III', 'CHẾ ĐỘ BÁO CÁO', [
        r.item('', 'Hằng năm trước ngày 15/11 các sở, ngành, địa phương báo cáo.', {
          reports: [r.report({ from: r.each('tatCa'), to: 'ubnd', via: 'soB', cc: ['soA'], what: 'Báo cáo kết quả', deadlines: [yearly({ month: 11, day: 15 })] })],
        }),
      ], { role: 'reporting' }),
    ],
    recipients: [{ text: 'Các sở, ngành', units: ['soNganh'] }, { text: 'Lưu: VT', archive: true }],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
    ...overrides,
  });
}
