import { describe, expect, it } from 'vitest';
import { type IsoDate, addDays, dayOfWeek, fromDayNumber, toDayNumber } from '../dates.js';
import { isWorkingDay, nextWorkingDay } from './calendars.js';
import { officialSchedules } from './official-schedules.js';
import { vietnamCalendar, vietnamHolidays } from './vietnam.js';

const vn = vietnamCalendar();
const statutory = vietnamCalendar({ officialSchedules: false });

/** The dates from `from` to `to`, inclusive. */
function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) dates.push(fromDayNumber(n));
  return dates;
}

describe('vietnamCalendar', () => {
  it('has ids vn and vn-statutory', () => {
    expect(vn.id).toBe('vn');
    expect(statutory.id).toBe('vn-statutory');
  });

  it('works Monday to Friday and rests on Saturday and Sunday', () => {
    expect(vn.describe('2021-12-20')).toEqual({ date: '2021-12-20', working: true, kind: 'working' });
    expect(vn.describe('2025-11-15')).toMatchObject({
      date: '2025-11-15',
      working: false,
      kind: 'weekend',
      basis: 'Bộ luật Lao động 2019, Điều 111; Quyết định 188/1999/QĐ-TTg',
    });
    expect(nextWorkingDay(vn, '2025-11-15')).toBe('2025-11-17');
  });

  it('knows each public holiday of Article 112', () => {
    const basis = 'Bộ luật Lao động 2019, Điều 112';
    const expectations: [IsoDate, string][] = [
      ['2025-01-01', 'Tết Dương lịch'],
      ['2025-01-29', 'Tết Nguyên đán'],
      ['2025-04-07', 'Giỗ Tổ Hùng Vương'],
      ['2025-04-30', 'Ngày Chiến thắng'],
      ['2025-05-01', 'Ngày Quốc tế Lao động'],
      ['2025-09-02', 'Quốc khánh'],
    ];
    for (const [date, vi] of expectations) {
      expect(statutory.describe(date), date).toEqual(
        expect.objectContaining({ date, working: false, kind: 'holiday', name: expect.objectContaining({ vi }), basis }),
      );
    }
    expect(statutory.describe('2025-01-29').name).toEqual({ vi: 'Tết Nguyên đán', en: 'Lunar New Year' });
  });

  it('statutory Tết: the last day of the lunar year and the first four of the new one', () => {
    // 2026: Tết on Tuesday 17/2, 29 tháng Chạp on Monday 16/2.
    const tet = vietnamHolidays(2026, { officialSchedules: false }).filter((d) => d.name?.vi === 'Tết Nguyên đán');
    expect(tet.map((d) => d.date)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']);
    expect(isWorkingDay(statutory, '2026-02-13')).toBe(true);
    expect(isWorkingDay(statutory, '2026-02-23')).toBe(true);
  });

  it('statutory Quốc khánh: 2/9 and the day before, from 2021; 2/9 alone before', () => {
    expect(statutory.describe('2025-09-01')).toMatchObject({ kind: 'holiday', name: { vi: 'Quốc khánh' } });
    expect(statutory.describe('2020-09-02')).toMatchObject({ kind: 'holiday', basis: 'Bộ luật Lao động 2012, Điều 115' });
    expect(statutory.describe('2020-09-01').working).toBe(true);
  });

  it('gives a compensatory day for a holiday on the weekly rest day (Article 111(3))', () => {
    // Giỗ Tổ on Sunday 10/4/2022 and Sunday 26/4/2026.
    expect(vn.describe('2022-04-10')).toMatchObject({ kind: 'holiday', name: { vi: 'Giỗ Tổ Hùng Vương' } });
    expect(vn.describe('2022-04-11')).toEqual({
      date: '2022-04-11',
      working: false,
      kind: 'compensatory',
      name: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương', en: "Compensatory day off (Hung Kings' Commemoration Day)" },
      basis: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
    });
    expect(vn.describe('2026-04-27').kind).toBe('compensatory');
    expect(vn.describe('2026-04-28').kind).toBe('working');
    // 30/4 and 1/5/2022 on Saturday and Sunday: two days, Monday and Tuesday.
    expect(['2022-05-02', '2022-05-03'].map((d) => vn.describe(d as IsoDate).kind)).toEqual(['compensatory', 'compensatory']);
    expect(vn.describe('2022-05-04').working).toBe(true);
    // Giỗ Tổ on Saturday 29/4/2023, then 30/4 on Sunday and 1/5 on Monday.
    expect(vietnamHolidays(2023).filter((d) => d.kind === 'compensatory').map((d) => d.date)).toEqual([
      '2023-01-02',
      '2023-05-02',
      '2023-05-03',
      '2023-09-04',
    ]);
  });

  it('statutory Tết falling on a weekend moves days after the break', () => {
    // 2025: 29 tháng Chạp Tuesday 28/1 ... mùng 4 Saturday 1/2, so Monday 3/2 is given back.
    expect(statutory.describe('2025-02-01')).toMatchObject({ kind: 'holiday', name: { vi: 'Tết Nguyên đán' } });
    expect(statutory.describe('2025-02-03')).toMatchObject({ kind: 'compensatory', name: { vi: 'Nghỉ bù Tết Nguyên đán' } });
    expect(statutory.describe('2025-01-27').working).toBe(true);
  });
});

describe('official schedules', () => {
  it.each([
    [2020, '2020-01-23', '2020-01-29'],
    [2021, '2021-02-10', '2021-02-16'],
    [2022, '2022-01-29', '2022-02-06'],
    [2023, '2023-01-20', '2023-01-26'],
    [2024, '2024-02-08', '2024-02-14'],
    [2025, '2025-01-25', '2025-02-02'],
    [2026, '2026-02-14', '2026-02-22'],
  ] as const)('Tết %i: days off %s to %s', (year, from, to) => {
    for (const date of range(from, to)) {
      const info = vn.describe(date);
      expect(info.working, date).toBe(false);
      expect(info.name?.vi).toBe('Tết Nguyên đán');
      expect(info.kind).toBe(dayOfWeek(date) % 6 === 0 ? 'weekend' : 'holiday');
    }
    expect(vn.describe(addDays(from, -1)).working).toBe(true);
    expect(vn.describe(addDays(to, 1)).working).toBe(true);
    // Five Tết days (Article 112(1)(b)): the weekdays of the break.
    expect(range(from, to).filter((d) => vn.describe(d).kind === 'holiday')).toHaveLength(5);
    const schedule = officialSchedules.find((s) => s.year === year && s.holiday === 'tet')!;
    expect(vn.describe(from).basis).toBe(schedule.source.title);
    expect(schedule.source.title).toMatch(/Tết Âm lịch/);
  });

  it('every announced break is exactly a run of days off', () => {
    for (const { daysOff: [from, to], year, holiday } of officialSchedules) {
      const label = `${year} ${holiday}`;
      expect(range(from, to).every((d) => !isWorkingDay(vn, d)), label).toBe(true);
      expect(isWorkingDay(vn, addDays(from, -1)), label).toBe(true);
      expect(isWorkingDay(vn, addDays(to, 1)), label).toBe(true);
    }
  });

  it('override the statutory defaults', () => {
    // 2025: the announced break starts Monday 27/1 and ends Sunday 2/2.
    expect(isWorkingDay(vn, '2025-01-27')).toBe(false);
    expect(isWorkingDay(statutory, '2025-01-27')).toBe(true);
    expect(isWorkingDay(vn, '2025-02-03')).toBe(true);
    expect(isWorkingDay(statutory, '2025-02-03')).toBe(false);
    // Quốc khánh 2021: 2/9 and 3/9 by the Prime Minister's choice, not 1/9.
    expect(vn.describe('2021-09-03')).toMatchObject({ kind: 'holiday', name: { vi: 'Quốc khánh' } });
    expect(vn.describe('2021-09-01').working).toBe(true);
    expect(statutory.describe('2021-09-01').kind).toBe('holiday');
    expect(statutory.describe('2021-09-03').working).toBe(true);
  });

  it('swap a weekday with a make-up Saturday', () => {
    expect(vn.describe('2024-04-29')).toMatchObject({ working: false, kind: 'day-off' });
    expect(vn.describe('2024-05-04')).toMatchObject({ working: true, kind: 'working', name: { vi: 'Làm bù (cho ngày 2024-04-29)' } });
    expect(statutory.describe('2024-04-29').working).toBe(true);
    expect(statutory.describe('2024-05-04').kind).toBe('weekend');
    expect(nextWorkingDay(vn, '2024-04-27')).toBe('2024-05-02');
    expect(nextWorkingDay(vn, '2024-05-04')).toBe('2024-05-04');
  });
});

describe('nextWorkingDay across Tết', () => {
  it('lands after the announced break, or after the statutory one', () => {
    expect(nextWorkingDay(vn, '2024-02-08')).toBe('2024-02-15');
    // Statutory 2024: 30 tháng Chạp Friday 9/2 to mùng 4 Tuesday 13/2, with Saturday
    // and Sunday given back on 14/2 and 15/2.
    expect(nextWorkingDay(statutory, '2024-02-09')).toBe('2024-02-16');
    expect(nextWorkingDay(vn, '2026-02-13')).toBe('2026-02-13');
    expect(nextWorkingDay(vn, '2026-02-14')).toBe('2026-02-23');
  });
});

describe('a whole range of years', () => {
  it('describes every day of 2000-2030 consistently', () => {
    const calendar = vietnamCalendar();
    let weekdaysOff = 0;
    let weekendsWorked = 0;
    for (let n = toDayNumber('2000-01-01'); n <= toDayNumber('2030-12-31'); n++) {
      const date = fromDayNumber(n);
      const weekend = dayOfWeek(date) % 6 === 0;
      const { working } = calendar.describe(date);
      if (!weekend && !working) weekdaysOff++;
      if (weekend && working) weekendsWorked++;
    }
    // Eleven holidays a year (ten before 2021), each one taken on a weekday or given back,
    // plus the swapped days of 2024, 2025 and 2026 (two), each matched by a Saturday worked.
    expect(weekendsWorked).toBe(4);
    expect(weekdaysOff).toBe(21 * 10 + 10 * 11 + 4);
    expect(calendar.describe('2025-01-29')).toBe(calendar.describe('2025-01-29'));
    expect(calendar.describe('2027-02-08')).toBe(calendar.describe('2027-02-08'));
  });

  it('rejects invalid dates', () => {
    expect(() => vn.describe('2025-02-29' as IsoDate)).toThrow(RangeError);
  });
});
