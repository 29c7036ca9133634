import { describe, expect, it } from 'vitest';
import { type IsoDate, addDays, fromDayNumber, toDayNumber } from '../dates.js';
import { defineCalendar, isProvisional, nextWorkingDay } from './calendars.js';
import { lunarNewYear } from './lunar.js';
import type { OfficialSchedule } from './official-schedules.js';
import { vietnamCalendar, vietnamHolidays } from './vietnam.js';

const vn = vietnamCalendar();

function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) dates.push(fromDayNumber(n));
  return dates;
}

/** The provisional days of a year, as runs `from..to`. */
function provisionalRuns(calendar = vn, year: number): string[] {
  const runs: string[] = [];
  let start: IsoDate | undefined;
  let last: IsoDate | undefined;
  for (const date of range(`${year}-01-01` as IsoDate, `${year}-12-31` as IsoDate)) {
    if (isProvisional(calendar, date)) {
      start ??= date;
      last = date;
    } else if (start) {
      runs.push(`${start}..${last}`);
      start = undefined;
    }
  }
  if (start) runs.push(`${start}..${last}`);
  return runs;
}

describe('provisional days', () => {
  it("marks 2027's Tết, computed by the fallback rule, and not 2026's, announced", () => {
    const tet2027 = vietnamHolidays(2027).filter((d) => d.name?.vi === 'Tết Nguyên đán');
    expect(tet2027.map((d) => d.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    for (const day of tet2027) expect(day).toMatchObject({ provisional: true, pending: [{ vi: 'lịch nghỉ Tết Nguyên đán 2027' }] });
    for (const date of range('2026-02-14', '2026-02-22')) expect(isProvisional(vn, date), date).toBe(false);
    expect(vn.describe('2026-02-16').provisional).toBeUndefined();
  });

  it('leaves an ordinary June day alone, in 2027 as in 2026', () => {
    expect(isProvisional(vn, '2027-06-15')).toBe(false);
    expect(vn.describe('2027-06-15')).toEqual({ date: '2027-06-15', working: true, kind: 'working' });
    expect(isProvisional(vn, '2026-06-15')).toBe(false);
  });

  it('covers two weeks either side of each unannounced occasion', () => {
    // 2027: New Year to 15/1, Tết around mùng 1 (6/2), 30/4 - 1/5, Quốc khánh, and the
    // end of December in the window of New Year 2028.
    expect(lunarNewYear(2027)).toBe('2027-02-06');
    expect(provisionalRuns(vn, 2027)).toEqual([
      '2027-01-01..2027-01-15',
      '2027-01-23..2027-02-20',
      '2027-04-16..2027-05-15',
      '2027-08-19..2027-09-16',
      '2027-12-18..2027-12-31',
    ]);
    // 2026: everything announced but 30/4 - 1/5 (no notice confirmed), and New Year 2027 at the end.
    expect(provisionalRuns(vn, 2026)).toEqual(['2026-04-16..2026-05-15', '2026-12-18..2026-12-31']);
    // 2021-2025: known; 2020: Quốc khánh not confirmed.
    for (const year of [2021, 2022, 2023, 2024]) expect(provisionalRuns(vn, year), String(year)).toEqual([]);
    expect(provisionalRuns(vn, 2025)).toEqual([]);
    expect(provisionalRuns(vn, 2020)).toEqual(['2020-08-19..2020-09-16']);
  });

  it('says which schedules a day waits on', () => {
    expect(vn.describe('2026-12-31')).toEqual({
      date: '2026-12-31',
      working: true,
      kind: 'working',
      provisional: true,
      pending: [{ vi: 'lịch nghỉ Tết Dương lịch 2027', en: '2027 New Year schedule' }],
    });
    expect(vn.describe('2026-04-30')).toMatchObject({
      working: false,
      kind: 'holiday',
      provisional: true,
      pending: [{ vi: 'lịch nghỉ dịp 30/4 - 1/5 năm 2026', en: '30 April - 1 May 2026 schedule' }],
    });
    // A Saturday in a window may yet become a make-up working day.
    expect(vn.describe('2027-09-11')).toMatchObject({ kind: 'weekend', provisional: true, pending: [{ en: '2027 National Day schedule' }] });
  });

  it('keeps the answers of the fallback rule: only the mark is added', () => {
    const statutory = vietnamCalendar({ officialSchedules: false });
    for (const date of range('2027-01-01', '2027-12-31')) {
      const { provisional: _p, pending: _q, ...plain } = vn.describe(date);
      expect(plain, date).toEqual(statutory.describe(date));
    }
  });

  it('the statutory calendar marks nothing', () => {
    const statutory = vietnamCalendar({ officialSchedules: false });
    expect(provisionalRuns(statutory, 2027)).toEqual([]);
  });

  it('a schedule of your own settles its occasion', () => {
    const tet2027: OfficialSchedule = {
      year: 2027,
      holiday: 'tet',
      daysOff: ['2027-02-06', '2027-02-14'],
      source: { number: '1/TB-TEST', date: '2026-10-01', issuer: 'Cơ quan thử nghiệm', title: 'Thông báo số 1/TB-TEST ngày 01/10/2026 (thử nghiệm)' },
    };
    const calendar = vietnamCalendar({ schedules: [tet2027] });
    for (const date of range('2027-01-23', '2027-02-20')) expect(isProvisional(calendar, date), date).toBe(false);
    expect(isProvisional(calendar, '2027-01-10')).toBe(true);
    expect(calendar.describe('2027-02-05').working).toBe(true);
    expect(calendar.describe('2027-02-08')).toMatchObject({ kind: 'holiday', basis: 'Thông báo số 1/TB-TEST ngày 01/10/2026 (thử nghiệm)' });
    expect(nextWorkingDay(calendar, '2027-02-06')).toBe('2027-02-15');
  });

  it('passes through defineCalendar from its base, and is marked there only when told', () => {
    const province = defineCalendar({
      id: 'province',
      base: vn,
      daysOff: ['2027-02-15'],
      workingDays: ['2027-02-10', '2027-02-12'],
      provisional: (date) => date === '2027-03-01',
    });
    expect(isProvisional(province, '2027-02-08')).toBe(true);
    expect(province.describe('2027-02-08').pending).toEqual([{ vi: 'lịch nghỉ Tết Nguyên đán 2027', en: '2027 Lunar New Year schedule' }]);
    // Days the definition decides are its own: not provisional.
    expect(isProvisional(province, '2027-02-15')).toBe(false);
    expect(province.describe('2027-02-10')).toEqual({
      date: '2027-02-10',
      working: true,
      kind: 'working',
      name: { vi: 'Làm bù', en: 'Make-up working day' },
    });
    expect(isProvisional(vn, '2027-02-12')).toBe(true);
    expect(province.describe('2027-02-12')).toEqual({ date: '2027-02-12', working: true, kind: 'working' });
    expect(isProvisional(province, '2027-03-01')).toBe(true);
    expect(isProvisional(province, '2027-03-02')).toBe(false);
    // Without a Vietnamese base, nothing is provisional.
    const plain = defineCalendar({ id: 'plain' });
    expect(range('2027-01-01', '2027-12-31').some((d) => isProvisional(plain, d))).toBe(false);
  });

  it('is memoised: the same day gives the same frozen object', () => {
    const info = vn.describe('2027-02-08');
    expect(vn.describe('2027-02-08')).toBe(info);
    expect(Object.isFrozen(info)).toBe(true);
    expect(addDays('2027-02-08', 0)).toBe('2027-02-08');
  });
});
