import { describe, expect, it } from 'vitest';
import { type IsoDate, addDays, fromDayNumber, toDayNumber } from '../dates.js';
import { type LunarDate, lunarMonths, lunarNewYear, lunarToSolar, lunarYearEnd, solarToLunar } from './lunar.js';

const TET: readonly [number, IsoDate][] = [
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
];

const HUNG_KINGS: readonly [number, IsoDate][] = [
  [2021, '2021-04-21'],
  [2022, '2022-04-10'],
  [2023, '2023-04-29'],
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'],
];

describe('lunarNewYear', () => {
  it.each(TET)('Tết %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
    expect(lunarToSolar({ year, month: 1, day: 1, leap: false })).toBe(date);
  });

  it('agrees with the Chinese calendar at UTC+8 (every tenth year, 1930-2100)', () => {
    // Chinese New Year dates, as published (e.g. by the Hong Kong Observatory).
    const chinese: [number, IsoDate][] = [
      [1930, '1930-01-30'], [1940, '1940-02-08'], [1950, '1950-02-17'], [1960, '1960-01-28'],
      [1970, '1970-02-06'], [1980, '1980-02-16'], [1990, '1990-01-27'], [2000, '2000-02-05'],
      [2010, '2010-02-14'], [2020, '2020-01-25'], [2030, '2030-02-03'], [2040, '2040-02-12'],
      [2050, '2050-01-23'], [2060, '2060-02-02'], [2070, '2070-02-11'], [2080, '2080-01-22'],
      [2090, '2090-01-30'], [2100, '2100-02-09'],
    ];
    for (const [year, date] of chinese) expect(lunarNewYear(year, 8), String(year)).toBe(date);
  });
});

describe('time zone', () => {
  it('Tết 2030: new moon at 23:07 in Hanoi, 00:07 next day in Beijing', () => {
    expect(lunarNewYear(2030)).toBe('2030-02-02');
    expect(lunarNewYear(2030, 8)).toBe('2030-02-03');
    expect(solarToLunar('2030-02-02')).toEqual({ year: 2030, month: 1, day: 1, leap: false });
    expect(solarToLunar('2030-02-02', 8)).toEqual({ year: 2029, month: 12, day: 30, leap: false });
  });

  it('Tết 1985: Vietnam a whole month before China', () => {
    // At UTC+7 the solstice of 1984 (about 16:20 UT on 21 December) falls before the new moon
    // day of 22 December, at UTC+8 on it: month 11 starts a month apart.
    expect(lunarNewYear(1985)).toBe('1985-01-21');
    expect(lunarNewYear(1985, 8)).toBe('1985-02-20');
    expect(lunarMonths(1984, 8).find((m) => m.leap)).toMatchObject({ month: 10, start: '1984-11-23' });
    expect(lunarMonths(1984).some((m) => m.leap)).toBe(false);
    expect(lunarMonths(1985).find((m) => m.leap)).toMatchObject({ month: 2, start: '1985-03-21' });
  });

  it('Tết 2007 and Tết Mậu Thân 1968 differ by a day', () => {
    expect([lunarNewYear(2007), lunarNewYear(2007, 8)]).toEqual(['2007-02-17', '2007-02-18']);
    expect([lunarNewYear(1968), lunarNewYear(1968, 8)]).toEqual(['1968-01-29', '1968-01-30']);
  });

  it('rejects impossible offsets', () => {
    expect(() => solarToLunar('2024-01-01', 20)).toThrow(RangeError);
    expect(() => lunarNewYear(2024, Number.NaN)).toThrow(RangeError);
  });
});

describe('Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
  it.each(HUNG_KINGS)('%i: %s', (year, date) => {
    expect(lunarToSolar({ year, month: 3, day: 10, leap: false })).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 3, day: 10, leap: false });
  });
});

describe('leap months', () => {
  it.each([
    [2020, 4, '2020-05-23'],
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'],
  ])('%i has leap month %i starting %s', (year, month, start) => {
    const months = lunarMonths(year);
    expect(months).toHaveLength(13);
    expect(months.filter((m) => m.leap)).toEqual([expect.objectContaining({ month, leap: true, start })]);
    expect(lunarToSolar({ year, month, day: 1, leap: true })).toBe(start);
    expect(solarToLunar(start as IsoDate)).toEqual({ year, month, day: 1, leap: true });
    // The ordinary month of the same number comes just before the leap one.
    const index = months.findIndex((m) => m.leap);
    expect(months[index - 1]).toMatchObject({ month, leap: false });
  });

  it('years without a leap month have 12 months of 29 or 30 days', () => {
    for (const year of [2021, 2022, 2024, 2026]) {
      const months = lunarMonths(year);
      expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      for (const m of months) expect([29, 30]).toContain(m.length);
    }
  });

  it('2033: leap month 11 in the Chinese calendar', () => {
    const leap = lunarMonths(2033, 8).filter((m) => m.leap);
    expect(leap).toEqual([expect.objectContaining({ month: 11, start: '2033-12-22' })]);
    expect(solarToLunar('2034-01-01', 8)).toEqual({ year: 2033, month: 11, day: 11, leap: true });
  });
});

describe('lunarYearEnd', () => {
  it('is the day before Tết: 30 tháng Chạp in 2024, 29 in 2025 (no "30 Tết")', () => {
    expect(lunarYearEnd(2024)).toBe('2024-02-09');
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(lunarYearEnd(2025)).toBe('2025-01-28');
    expect(solarToLunar('2025-01-28')).toEqual({ year: 2024, month: 12, day: 29, leap: false });
    expect(() => lunarToSolar({ year: 2024, month: 12, day: 30, leap: false })).toThrow(/only 29 days/);
    expect(lunarYearEnd(2021)).toBe('2021-02-11');
    expect(solarToLunar('2021-02-11')).toEqual({ year: 2020, month: 12, day: 30, leap: false });
  });
});

describe('round trips', () => {
  it('solarToLunar and lunarToSolar invert each other on every day of 2000-2030', () => {
    const first = toDayNumber('2000-01-01');
    const last = toDayNumber('2030-12-31');
    let previous: LunarDate | undefined;
    for (let n = first; n <= last; n++) {
      const date = fromDayNumber(n);
      const lunar = solarToLunar(date);
      if (lunarToSolar(lunar) !== date) throw new Error(`round trip failed on ${date}: ${JSON.stringify(lunar)}`);
      // Consecutive days: the day number goes up by one, or a new month starts at day 1.
      if (previous && !(lunar.day === previous.day + 1 || (lunar.day === 1 && previous.day >= 29))) {
        throw new Error(`bad sequence at ${date}: ${JSON.stringify(previous)} -> ${JSON.stringify(lunar)}`);
      }
      previous = lunar;
    }
    expect(solarToLunar('2030-12-31')).toEqual(previous);
  });

  it('every lunar day of 2000-2030 maps to a distinct consecutive solar day', () => {
    let expected = lunarNewYear(2000);
    for (let year = 2000; year <= 2030; year++) {
      for (const month of lunarMonths(year)) {
        expect(month.start).toBe(expected);
        for (let day = 1; day <= month.length; day++) {
          const date = lunarToSolar({ year, month: month.month, day, leap: month.leap });
          if (date !== expected) throw new Error(`${day}/${month.month}/${year}: ${date} != ${expected}`);
          expected = addDays(expected, 1);
        }
      }
    }
    expect(expected).toBe(lunarNewYear(2031));
  });
});

describe('errors', () => {
  it('throws RangeError for dates and months that do not exist', () => {
    expect(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })).toThrow(/does not exist/);
    expect(() => lunarToSolar({ year: 2024, month: 13, day: 1, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 31, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 0, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2024.5, month: 1, day: 1, leap: false })).toThrow(RangeError);
    expect(() => solarToLunar('2021-02-30' as IsoDate)).toThrow(RangeError);
  });

  it('throws RangeError outside 1800-2199', () => {
    expect(() => solarToLunar('1799-12-31')).toThrow(RangeError);
    expect(() => lunarNewYear(2200)).toThrow(RangeError);
    expect(solarToLunar('2199-12-31').year).toBe(2199);
    expect(lunarNewYear(1800)).toMatch(/^1800-0[12]-/);
  });
});
