import { describe, expect, it } from 'vitest';
import { type IsoDate, addDays, dayOfWeek, formatVietnameseDate, fromDayNumber, toDayNumber } from '../dates.js';
import { officialSchedules } from './official-schedules.js';
import { parseSchedules } from './schedule-schema.js';
import { vietnamCalendar } from './vietnam.js';

const vn = vietnamCalendar();

/** Weekdays that are not working days, and weekend days that are, in `year`. */
function exceptions(year: number): { off: string[]; worked: string[] } {
  const off: string[] = [];
  const worked: string[] = [];
  for (let n = toDayNumber(`${year}-01-01` as IsoDate); n <= toDayNumber(`${year}-12-31` as IsoDate); n++) {
    const date = fromDayNumber(n);
    const weekend = dayOfWeek(date) % 6 === 0;
    const { working } = vn.describe(date);
    if (!weekend && !working) off.push(date.slice(5));
    if (weekend && working) worked.push(date.slice(5));
  }
  return { off, worked };
}

describe('the days of each year, from the announced schedules', () => {
  // Written by hand from each year's notices (see docs/calendars.md) and the statutory days:
  // 1/1, Giỗ Tổ (10/3 lunar), 30/4, 1/5, 2/9, and a holiday on a weekend given back on the
  // next working day.
  it.each([
    // 4544/TB-LĐTBXH: Tết 23-29/1 (mùng 1 and 2 on the weekend, given back on 28 and 29/1).
    // Labour Code 2012: Quốc khánh is 2/9 alone. Giỗ Tổ on Thursday 2/4.
    [2020, ['01-01', '01-23', '01-24', '01-27', '01-28', '01-29', '04-02', '04-30', '05-01', '09-02'], []],
    // 9895/VPCP-KGVX: Tết 10-16/2, Quốc khánh 2-5/9 (2 and 3/9). 1/5 a Saturday: Monday 3/5 off.
    [2021, ['01-01', '02-10', '02-11', '02-12', '02-15', '02-16', '04-21', '04-30', '05-03', '09-02', '09-03'], []],
    // 245/VPCP-KGVX: Tết 31/1-4/2, Quốc khánh 1 and 2/9. 1/1, Giỗ Tổ, 30/4 and 1/5 on weekends.
    [2022, ['01-03', '01-31', '02-01', '02-02', '02-03', '02-04', '04-11', '05-02', '05-03', '09-01', '09-02'], []],
    // 5034/TB-LĐTBXH: Tết 20-26/1, Quốc khánh 1-4/9 (2/9 a Saturday, given back on 4/9).
    [2023, ['01-02', '01-20', '01-23', '01-24', '01-25', '01-26', '05-01', '05-02', '05-03', '09-01', '09-04'], []],
    // 5015/TB-LĐTBXH: Tết 8-14/2, Quốc khánh 2 and 3/9; 2450/VPCP-KGVX: 29/4 off, 4/5 worked.
    [2024, ['01-01', '02-08', '02-09', '02-12', '02-13', '02-14', '04-18', '04-29', '04-30', '05-01', '09-02', '09-03'], ['05-04']],
    // 6150/TB-LĐTBXH: Tết 27-31/1 in a 25/1-2/2 break, 2/5 off and 26/4 worked, Quốc khánh 1 and 2/9.
    [2025, ['01-01', '01-27', '01-28', '01-29', '01-30', '01-31', '04-07', '04-30', '05-01', '05-02', '09-01', '09-02'], ['04-26']],
    // 12729/VPCP-KGVX: 2/1 off, 10/1 worked. 9441/TB-BNV: Tết 16-20/2; 31/8 off, 22/8 worked,
    // Quốc khánh 1 and 2/9. Giỗ Tổ on Sunday 26/4, given back on 27/4.
    [
      2026,
      ['01-01', '01-02', '02-16', '02-17', '02-18', '02-19', '02-20', '04-27', '04-30', '05-01', '08-31', '09-01', '09-02'],
      ['01-10', '08-22'],
    ],
  ] as const)('%i', (year, off, worked) => {
    expect(exceptions(year)).toEqual({ off: [...off], worked: [...worked] });
  });
});

describe('the added schedules, day by day', () => {
  it('Tết 2020: 23-29/1, not the 24-30/1 of the fallback rule', () => {
    const statutory = vietnamCalendar({ officialSchedules: false });
    expect(vn.describe('2020-01-23')).toMatchObject({ working: false, kind: 'holiday', name: { vi: 'Tết Nguyên đán' } });
    expect(vn.describe('2020-01-23').basis).toBe('Thông báo số 4544/TB-LĐTBXH ngày 25/10/2019 về việc nghỉ Tết Âm lịch năm 2020');
    expect(vn.describe('2020-01-25')).toMatchObject({ working: false, kind: 'weekend', name: { vi: 'Tết Nguyên đán' } });
    expect(vn.describe('2020-01-29').working).toBe(false);
    expect(vn.describe('2020-01-30').working).toBe(true);
    expect(statutory.describe('2020-01-23').working).toBe(true);
    expect(statutory.describe('2020-01-30').working).toBe(false);
  });

  it('Tết Dương lịch 2026: 1-4/1, Friday 2/1 swapped for Saturday 10/1', () => {
    expect(vn.describe('2026-01-01')).toMatchObject({ working: false, kind: 'holiday', name: { vi: 'Tết Dương lịch' } });
    expect(vn.describe('2026-01-02')).toEqual({
      date: '2026-01-02',
      working: false,
      kind: 'day-off',
      name: { vi: 'Nghỉ hoán đổi (làm bù ngày 2026-01-10)', en: 'Swapped day off (worked on 2026-01-10)' },
      basis: 'Công văn số 12729/VPCP-KGVX ngày 25/12/2025 về việc nghỉ Tết Dương lịch năm 2026',
    });
    expect(vn.describe('2026-01-03')).toMatchObject({ working: false, kind: 'weekend', name: { vi: 'Tết Dương lịch' } });
    expect(vn.describe('2026-01-04').working).toBe(false);
    expect(vn.describe('2026-01-05').working).toBe(true);
    expect(vn.describe('2026-01-10')).toMatchObject({ working: true, kind: 'working', name: { vi: 'Làm bù (cho ngày 2026-01-02)' } });
    expect(vn.describe('2026-01-11').working).toBe(false);
  });

  it('Quốc khánh 2026: 29/8-2/9, Monday 31/8 swapped for Saturday 22/8', () => {
    expect(vn.describe('2026-08-22')).toMatchObject({ working: true, kind: 'working', name: { vi: 'Làm bù (cho ngày 2026-08-31)' } });
    expect(['2026-08-29', '2026-08-30', '2026-08-31', '2026-09-01', '2026-09-02'].map((d) => vn.describe(d as IsoDate).kind)).toEqual([
      'weekend',
      'weekend',
      'day-off',
      'holiday',
      'holiday',
    ]);
    expect(vn.describe('2026-09-01')).toMatchObject({ name: { vi: 'Quốc khánh' }, basis: expect.stringContaining('9441/TB-BNV') });
    expect(vn.describe('2026-08-28').working).toBe(true);
    expect(vn.describe('2026-09-03').working).toBe(true);
  });

  it('30/4-1/5/2025 and Quốc khánh 2025 come from the notice of 3/12/2024, not a Bộ Nội vụ letter', () => {
    expect(vn.describe('2025-05-02').basis).toMatch(/^Thông báo số 6150\/TB-LĐTBXH ngày 03\/12\/2024/);
    expect(vn.describe('2025-04-26').basis).toMatch(/^Thông báo số 6150\/TB-LĐTBXH/);
  });
});

describe('the table', () => {
  it('gives every schedule a source with its number and date in its title, issued before the break', () => {
    for (const schedule of officialSchedules) {
      for (const source of [schedule.source, ...(schedule.related ?? [])]) {
        const label = `${schedule.year} ${schedule.holiday} ${source.number}`;
        expect(source.title, label).toContain(`số ${source.number} ngày ${formatVietnameseDate(source.date)}`);
        expect(source.title, label).toMatch(/^(Thông báo|Công văn) số /);
        expect(source.date < schedule.daysOff[0], label).toBe(true);
        expect(source.issuer, label).toMatch(/^(Bộ Lao động - Thương binh và Xã hội|Bộ Nội vụ|Văn phòng Chính phủ)$/);
      }
    }
  });

  it('has one schedule per year and holiday, and each break starts and ends next to working days', () => {
    const keys = officialSchedules.map((s) => `${s.year}|${s.holiday}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { daysOff: [from, to], year, holiday } of officialSchedules) {
      expect(vn.describe(addDays(from, -1)).working, `${year} ${holiday}`).toBe(true);
      expect(vn.describe(addDays(to, 1)).working, `${year} ${holiday}`).toBe(true);
    }
  });

  it('passes the checks a schedule file gets', () => {
    const asJson = JSON.stringify({ schedules: officialSchedules });
    expect(parseSchedules(asJson)).toEqual(officialSchedules);
  });
});
