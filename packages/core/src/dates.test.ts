import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, formatDateLine, formatVietnameseDate, fromDayNumber, isIsoDate, splitIsoDate, toDayNumber, type IsoDate } from './dates.js';

describe('isIsoDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(['2024-02-29', '2021-12-31', '1900-01-01'].every(isIsoDate)).toBe(true);
    expect(['2021-02-29', '2021-02-30', '2021-13-01', '2021-1-1', '20211231', 20211231, null].some(isIsoDate)).toBe(false);
  });
});

describe('formatDateLine', () => {
  it('writes leading zeros for days below 10 and for months 1 and 2 only', () => {
    expect(formatDateLine('2021-11-29')).toBe('ngày 29 tháng 11 năm 2021');
    expect(formatDateLine('2022-01-05')).toBe('ngày 05 tháng 01 năm 2022');
    expect(formatDateLine('2022-02-10')).toBe('ngày 10 tháng 02 năm 2022');
    expect(formatDateLine('2022-03-09')).toBe('ngày 09 tháng 3 năm 2022');
  });
});

describe('day arithmetic', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(splitIsoDate('2021-06-09')).toEqual([2021, 6, 9]);
    expect(formatVietnameseDate('2021-06-09')).toBe('09/06/2021');
  });

  it('names the weekday: 15/11/2025 is a Saturday, 20/12/2021 a Monday', () => {
    expect(dayOfWeek('2025-11-15')).toBe(6);
    expect(dayOfWeek('2021-12-20')).toBe(1);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('round-trips day numbers for any date of 1900-2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') }), (day) => {
        const date: IsoDate = fromDayNumber(day);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(day);
        expect(toDayNumber(addDays(date, 1))).toBe(day + 1);
      }),
      { seed: 42 },
    );
  });
});
