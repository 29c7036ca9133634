import { describe, expect, it } from 'vitest';
import { type IsoDate, dayOfWeek } from '../dates.js';
import { defineCalendar, isWorkingDay, nextWorkingDay, previousWorkingDay, weekendCalendar } from './calendars.js';
import type { WorkingDayCalendar } from './types.js';
import { vietnamCalendar } from './vietnam.js';

describe('weekendCalendar', () => {
  const calendar = weekendCalendar();

  it('has Saturdays and Sundays off only', () => {
    expect(calendar.id).toBe('weekends');
    expect(calendar.describe('2025-11-15')).toMatchObject({ date: '2025-11-15', working: false, kind: 'weekend' });
    expect(calendar.describe('2025-11-16').kind).toBe('weekend');
    expect(calendar.describe('2025-11-17')).toEqual({ date: '2025-11-17', working: true, kind: 'working' });
    // Holidays are not its business.
    expect(isWorkingDay(calendar, '2025-09-02')).toBe(true);
  });

  it('rejects invalid dates', () => {
    expect(() => calendar.describe('2025-02-29' as IsoDate)).toThrow(RangeError);
    expect(() => nextWorkingDay(calendar, 'tomorrow' as IsoDate)).toThrow(RangeError);
  });
});

describe('nextWorkingDay / previousWorkingDay', () => {
  const calendar = weekendCalendar();

  it('returns the date itself when it is a working day', () => {
    expect(nextWorkingDay(calendar, '2021-12-20')).toBe('2021-12-20');
    expect(previousWorkingDay(calendar, '2021-12-20')).toBe('2021-12-20');
  });

  it('skips days off', () => {
    expect(nextWorkingDay(calendar, '2025-11-15')).toBe('2025-11-17');
    expect(previousWorkingDay(calendar, '2025-11-16')).toBe('2025-11-14');
    expect(nextWorkingDay(calendar, '2025-12-27')).toBe('2025-12-29');
  });

  it('gives up with a RangeError instead of looping forever', () => {
    const never: WorkingDayCalendar = { id: 'never', describe: (date) => ({ date, working: false, kind: 'day-off' }) };
    expect(() => nextWorkingDay(never, '2025-01-01')).toThrow(/No working day within 366 days after 2025-01-01/);
    expect(() => previousWorkingDay(never, '2025-01-01')).toThrow(RangeError);
  });
});

describe('defineCalendar', () => {
  it('adds days off and make-up working days on top of the Vietnamese calendar', () => {
    const office = defineCalendar({
      id: 'office',
      base: vietnamCalendar(),
      daysOff: [{ date: '2025-12-24', name: { vi: 'Nghỉ Giáng sinh', en: 'Christmas Eve' } }, '2025-12-26'],
      workingDays: ['2025-12-27', { date: '2025-12-22', basis: 'Quyết định nội bộ' }],
    });
    expect(office.id).toBe('office');
    expect(office.describe('2025-12-24')).toEqual({
      date: '2025-12-24',
      working: false,
      kind: 'day-off',
      name: { vi: 'Nghỉ Giáng sinh', en: 'Christmas Eve' },
    });
    expect(office.describe('2025-12-26')).toMatchObject({ working: false, kind: 'day-off', name: { vi: 'Ngày nghỉ' } });
    // A Saturday worked.
    expect(office.describe('2025-12-27')).toEqual({
      date: '2025-12-27',
      working: true,
      kind: 'working',
      name: { vi: 'Làm bù', en: 'Make-up working day' },
    });
    // A weekday listed as working stays an ordinary working day, with the basis given.
    expect(office.describe('2025-12-22')).toEqual({ date: '2025-12-22', working: true, kind: 'working', basis: 'Quyết định nội bộ' });
    // Everything else comes from the base.
    expect(office.describe('2025-09-02')).toMatchObject({ working: false, kind: 'holiday', name: { vi: 'Quốc khánh' } });
    expect(office.describe('2025-12-28').kind).toBe('weekend');
    expect(nextWorkingDay(office, '2025-12-24')).toBe('2025-12-25');
    expect(nextWorkingDay(office, '2025-12-26')).toBe('2025-12-27');
  });

  it('marks days off by rule', () => {
    // A six-day week: only Sundays off, plus the 15th of each month.
    const calendar = defineCalendar({
      id: 'six-day',
      describe: (date, base) => (dayOfWeek(date) === 6 ? { date, working: true, kind: 'working' } : base),
      nonWorking: (date) => (date.endsWith('-15') ? { kind: 'holiday', name: { vi: 'Ngày rằm', en: 'Mid-month' } } : false),
    });
    expect(calendar.describe('2025-11-22')).toEqual({ date: '2025-11-22', working: true, kind: 'working' });
    expect(calendar.describe('2025-11-23').kind).toBe('weekend');
    expect(calendar.describe('2025-11-15')).toEqual({
      date: '2025-11-15',
      working: false,
      kind: 'holiday',
      name: { vi: 'Ngày rằm', en: 'Mid-month' },
    });
    expect(nextWorkingDay(calendar, '2025-11-15')).toBe('2025-11-17');
    const plain = defineCalendar({ id: 'fridays', nonWorking: (date) => dayOfWeek(date) === 5 });
    expect(plain.describe('2025-11-14')).toMatchObject({ working: false, kind: 'day-off' });
    expect(nextWorkingDay(plain, '2025-11-14')).toBe('2025-11-17');
  });

  it('lets listed dates win over rules', () => {
    const calendar = defineCalendar({ id: 'c', nonWorking: () => true, workingDays: ['2025-11-17'] });
    expect(isWorkingDay(calendar, '2025-11-17')).toBe(true);
    expect(isWorkingDay(calendar, '2025-11-18')).toBe(false);
  });

  it('rejects invalid definitions', () => {
    expect(() => defineCalendar({ id: 'bad', daysOff: ['2025-13-01' as IsoDate] })).toThrow(RangeError);
    expect(() => defineCalendar({ id: 'bad', workingDays: ['2025-11-15'], daysOff: ['2025-11-15'] })).toThrow(
      /both as a day off and as a working day/,
    );
  });
});
