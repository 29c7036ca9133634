/**
 * A kehoach plan. Write the plan as the document reads: the header, then parts I, II, …
 * with their items, each task with one lead ("chủ trì") and its partners ("phối hợp").
 *
 *   npx kehoach validate plan.ts        check it
 *   npx kehoach obligations plan.ts     who owes what, and when
 *   npx kehoach export plan.ts --format ics --out calendars/
 *
 * Guide: docs/authoring.md in the kehoach repository.
 */
import { before, definePlan, defineRegistry, when, yearly } from '@kehoach/core';

// 1. Every body the plan names, declared once. A misspelt key is a compile error.
const r = defineRegistry({
  units: {
    ubndTinh: { name: 'Ủy ban nhân dân tỉnh', short: 'UBND tỉnh', kind: 'people-committee' },
    soNoiVu: { name: 'Sở Nội vụ', kind: 'department' },
    soTaiChinh: { name: 'Sở Tài chính', kind: 'department' },
    soYTe: { name: 'Sở Y tế', kind: 'department' },
  },
  groups: {
    // An assignment to a group means each member does it, unless mode: 'together'.
    soBanNganh: { name: 'Các sở, ban, ngành', members: ['soNoiVu', 'soTaiChinh', 'soYTe'] },
  },
});

// 2. The header, the body and the signature.
export default definePlan({
  registry: r,
  number: '01/KH-UBND',
  issuer: 'ubndTinh',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'TỈNH …'],
  place: '…',
  issuedOn: '2026-01-05',
  title: 'KẾ HOẠCH …',
  period: { from: '2026-01-01', to: '2026-12-31', text: 'năm 2026' },
  legal: [
    // The documents the plan rests on: `pursuant` for "Căn cứ …", `implementing` for "Thực hiện …".
    { id: 'nd30', number: '30/2020/NĐ-CP', kind: 'Nghị định', date: '2020-03-05', issuer: 'Chính phủ', title: 'về công tác văn thư', role: 'pursuant' },
  ],
  body: [
    r.section('I', 'MỤC ĐÍCH, YÊU CẦU', [r.item('', 'Mục đích, yêu cầu của kế hoạch.')], { role: 'purposes' }),
    r.section('II', 'NHIỆM VỤ', [
      r.task('1', {
        lead: 'soYTe',
        partners: [r.related('soBanNganh')], // "các sở, ban, ngành có liên quan"
        text: 'Sở Y tế chủ trì, phối hợp với các sở, ban, ngành có liên quan xây dựng kế hoạch chi tiết, báo cáo UBND tỉnh trước ngày 31/3/2026.',
        reports: [r.report({ to: 'ubndTinh', what: 'Kế hoạch chi tiết', deadlines: [before('2026-03-31', { text: 'trước ngày 31/3/2026' })] })],
      }),
      r.task('2', {
        lead: 'soTaiChinh',
        text: 'Sở Tài chính chủ trì, bố trí kinh phí hỗ trợ khi xảy ra thiên tai.',
        deadlines: [when('khi xảy ra thiên tai')], // an event: never given a date
      }),
    ], { role: 'tasks' }),
    r.section('III', 'CHẾ ĐỘ BÁO CÁO', [
      r.item('', 'Định kỳ hằng năm trước ngày 15/11, các sở, ban, ngành báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ tổng hợp).', {
        reports: [
          r.report({ from: r.each('soBanNganh'), to: 'ubndTinh', via: 'soNoiVu', what: 'Báo cáo kết quả thực hiện', deadlines: [yearly({ month: 11, day: 15 })] }),
        ],
      }),
    ], { role: 'reporting' }),
  ],
  recipients: [
    { text: 'Các sở, ban, ngành', units: ['soBanNganh'] },
    { text: 'Lưu: VT', archive: true },
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});
