import {
  before,
  definePlan,
  defineRegistry,
  endOfYear,
  midTerm,
  monthly,
  noLaterThan,
  quarterly,
  vietnamCalendar,
  when,
  yearly,
  type Plan,
  type WorkingDayCalendar,
} from '@kehoach/core';
import example from '../../../../examples/khanh-hoa-12127/plan.js';

/** Plan 12127/KH-UBND of Khánh Hòa, the reference example. */
export const examplePlan: Plan = example;

const r = defineRegistry({
  units: {
    ubnd: { name: 'Ủy ban nhân dân tỉnh Thử Nghiệm', short: 'UBND tỉnh', kind: 'people-committee' },
    soA: { name: 'Sở A', kind: 'department' },
    soB: { name: 'Sở B', short: 'SB', kind: 'department' },
    huyenX: { name: 'UBND huyện X', kind: 'district' },
    huyenY: { name: 'UBND huyện Y', kind: 'district' },
    doan: { name: 'Tỉnh đoàn', kind: 'union' },
  },
  groups: {
    huyen: { name: 'UBND các huyện', members: ['huyenX', 'huyenY'] },
    soNganh: { name: 'Các sở, ngành', members: ['soA', 'soB'], complete: false },
    banChiDao: { name: 'Ban chỉ đạo', members: ['soA', 'huyenX'], mode: 'together' },
  },
});

/**
 * Every kind of deadline the calendar must handle: a date, an end of period, yearly, quarterly
 * and monthly recurrences (days clamped to short months), one falling on a weekend and one on
 * New Year's Day, a group acting together, an event trigger and a milestone.
 */
export function deadlinesPlan(): Plan {
  return definePlan({
    registry: r,
    number: '07/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2022-01-05',
    title: 'KẾ HOẠCH THỬ NGHIỆM LỊCH',
    period: { from: '2022-01-01', to: '2024-12-31' },
    body: [
      r.section('I', 'NHIỆM VỤ', [
        r.section('1', 'Việc có hạn', [
          r.task('a', { lead: 'soA', partners: ['soB', 'huyen'], text: 'Sở A chủ trì, phối hợp với Sở B và UBND các huyện xây dựng đề án.', deadlines: [before('2022-04-30')] }),
          r.task('b', { lead: 'banChiDao', text: 'Ban chỉ đạo kiểm tra, giám sát.', deadlines: [endOfYear(2022)] }),
          r.task('c', { lead: 'soB', text: 'Sở B tổng kết; hạn rơi vào ngày Tết dương lịch.', deadlines: [noLaterThan('2023-01-01')] }),
          r.task('d', { lead: r.each('huyen'), text: 'Từng huyện báo cáo quý.', deadlines: [quarterly({ monthOfQuarter: 3, day: 31 })] }),
        ]),
        r.section('2', 'Việc khác', [
          r.task('a', { lead: 'soB', text: 'Sở B cứu trợ khi có thiên tai.', deadlines: [when('khi xảy ra thiên tai')] }),
          r.task('b', { lead: 'doan', mode: 'request', text: 'Đề nghị Tỉnh đoàn sơ kết.', deadlines: [midTerm()] }),
          r.task('c', { lead: 'soA', text: 'Sở A cập nhật số liệu hằng tháng.', deadlines: [monthly({ day: 'last' })] }),
        ]),
      ], { role: 'tasks' }),
      r.section('II', 'CHẾ ĐỘ BÁO CÁO', [
        r.item('', 'Hằng năm trước ngày 15/11 các sở, ngành, huyện báo cáo.', {
          reports: [r.report({ from: r.each('soNganh'), to: 'ubnd', via: 'soB', cc: ['soA'], what: 'Báo cáo kết quả', deadlines: [yearly({ month: 11, day: 15 })] })],
        }),
      ], { role: 'reporting' }),
    ],
    recipients: [{ text: 'Các sở, ngành', units: ['soNganh'] }, { text: 'Lưu: VT', archive: true }],
    signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

/**
 * A plan whose only deadline is owed by a group the document names without listing any member
 * ("các đoàn thể chính trị - xã hội"): nobody can be named, yet the deadline exists.
 */
export function othersOnlyPlan(): Plan {
  const q = defineRegistry({
    units: { ubnd: { name: 'Ủy ban nhân dân tỉnh Thử Nghiệm', short: 'UBND tỉnh', kind: 'people-committee' } },
    groups: { doanThe: { name: 'Các đoàn thể chính trị - xã hội', members: [], complete: false } },
  });
  return definePlan({
    registry: q,
    number: '08/KH-UBND',
    issuer: 'ubnd',
    place: 'Thử Nghiệm',
    issuedOn: '2024-01-05',
    title: 'KẾ HOẠCH CÓ NHÓM CHƯA LIỆT KÊ',
    period: { from: '2024-01-01', to: '2024-12-31' },
    body: [
      q.section('I', 'NHIỆM VỤ', [
        q.task('1', { lead: q.each('doanThe'), mode: 'request', text: 'Đề nghị các đoàn thể tuyên truyền.', deadlines: [before('2024-06-15')] }),
      ]),
    ],
    signature: { form: 'none', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  });
}

/**
 * Vietnam's calendar, except that every day of `year` is said to rest on a holiday schedule not
 * announced yet, as the calendar says of years it only computes by rule.
 */
export function provisionalCalendar(year: number): WorkingDayCalendar {
  const base = vietnamCalendar();
  return {
    id: `vn-provisional-${year}`,
    describe: (date) => {
      const info = base.describe(date);
      return date.startsWith(`${year}-`) ? { ...info, provisional: true } : info;
    },
  };
}
