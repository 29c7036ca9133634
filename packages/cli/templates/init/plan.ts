/**
 * Kế hoạch viết bằng kehoach. Viết theo đúng bố cục văn bản: phần đầu (số, cơ quan ban hành,
 * ngày, tên kế hoạch), rồi các phần I, II, … với các mục; mỗi nhiệm vụ có một đơn vị chủ trì
 * và các đơn vị phối hợp.
 *
 * Những chỗ ghi [[…]] là chỗ cần điền: `kehoach validate` báo lỗi (text/placeholder) cho đến
 * khi thay hết bằng nội dung thật.
 *
 *   npx kehoach validate plan.ts          kiểm tra kế hoạch
 *   npx kehoach obligations plan.ts       đơn vị nào phải làm gì, đến hạn khi nào
 *   npx kehoach export plan.ts --format ics --out calendars/   lịch cho từng đơn vị
 *
 * Hướng dẫn: docs/authoring.vi.md trong kho mã nguồn kehoach.
 */
import { before, definePlan, defineRegistry, when, yearly } from '@kehoach/core';

// 1. Mọi cơ quan, đơn vị mà kế hoạch nêu tên, khai báo một lần. Gõ sai mã đơn vị là lỗi biên dịch.
const r = defineRegistry({
  units: {
    ubndTinh: { name: 'Ủy ban nhân dân tỉnh [[Tên tỉnh]]', short: 'UBND tỉnh', kind: 'people-committee' },
    soNoiVu: { name: 'Sở Nội vụ', kind: 'department' },
    soTaiChinh: { name: 'Sở Tài chính', kind: 'department' },
    soYTe: { name: 'Sở Y tế', kind: 'department' },
  },
  groups: {
    // Giao cho một nhóm nghĩa là từng thành viên đều phải làm, trừ khi ghi mode: 'together' (cùng làm chung).
    soBanNganh: { name: 'Các sở, ban, ngành', members: ['soNoiVu', 'soTaiChinh', 'soYTe'] },
  },
});

// 2. Phần đầu, nội dung và chữ ký.
export default definePlan({
  registry: r,
  number: '01/KH-UBND', // số văn bản: thay 01 bằng số được cấp
  issuer: 'ubndTinh',
  issuerHeading: ['ỦY BAN NHÂN DÂN', 'TỈNH [[TÊN TỈNH]]'],
  place: '[[Địa danh]]',
  issuedOn: '2026-01-05', // ngày ban hành, dạng năm-tháng-ngày
  title: 'KẾ HOẠCH [[Tên kế hoạch]]',
  period: { from: '2026-01-01', to: '2026-12-31', text: 'năm 2026' }, // thời gian thực hiện
  legal: [
    // Các văn bản làm căn cứ: role 'pursuant' cho "Căn cứ …", 'implementing' cho "Thực hiện …".
    { id: 'nd30', number: '30/2020/NĐ-CP', kind: 'Nghị định', date: '2020-03-05', issuer: 'Chính phủ', title: 'về công tác văn thư', role: 'pursuant' },
  ],
  body: [
    r.section('I', 'MỤC ĐÍCH, YÊU CẦU', [r.item('', 'Mục đích, yêu cầu của kế hoạch.')], { role: 'purposes' }),
    r.section('II', 'NHIỆM VỤ', [
      r.task('1', {
        lead: 'soYTe', // đơn vị chủ trì
        partners: [r.related('soBanNganh')], // "các sở, ban, ngành có liên quan"
        text: 'Sở Y tế chủ trì, phối hợp với các sở, ban, ngành có liên quan xây dựng kế hoạch chi tiết, báo cáo UBND tỉnh trước ngày 31/3/2026.',
        // "trước ngày 31/3/2026": hạn ghi trong văn bản; kehoach tính ngày làm việc thực tế.
        reports: [r.report({ to: 'ubndTinh', what: 'Kế hoạch chi tiết', deadlines: [before('2026-03-31', { text: 'trước ngày 31/3/2026' })] })],
      }),
      r.task('2', {
        lead: 'soTaiChinh',
        text: 'Sở Tài chính chủ trì, bố trí kinh phí hỗ trợ khi xảy ra thiên tai.',
        deadlines: [when('khi xảy ra thiên tai')], // nhiệm vụ theo sự kiện: không có ngày cụ thể
      }),
    ], { role: 'tasks' }),
    r.section('III', 'CHẾ ĐỘ BÁO CÁO', [
      r.item('', 'Định kỳ hằng năm trước ngày 20/11, các sở, ban, ngành báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ tổng hợp).', {
        // r.each: mỗi sở báo cáo riêng; via: đơn vị tổng hợp.
        reports: [
          r.report({ from: r.each('soBanNganh'), to: 'ubndTinh', via: 'soNoiVu', what: 'Báo cáo kết quả thực hiện', deadlines: [yearly({ month: 11, day: 20 })] }),
        ],
      }),
    ], { role: 'reporting' }),
  ],
  // Nơi nhận.
  recipients: [
    { text: 'Các sở, ban, ngành', units: ['soBanNganh'] },
    { text: 'Lưu: VT', archive: true },
  ],
  // Hình thức ký: TM., KT., TL., TUQ. hoặc Q.
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: '[[Họ và tên người ký]]' },
});
