/**
 * The working-day calendar of Vietnamese public bodies.
 *
 * @packageDocumentation
 */
import { type IsoDate, splitIsoDate } from '../dates.js';
import { WEEKEND_NAME, assertIsoDate } from './calendars.js';
import { type OfficialSchedule, officialSchedules as builtInSchedules } from './official-schedules.js';
import type { DayInfo, WorkingDayCalendar } from './types.js';
import { buildVietnamYear, isWeekend, legalBasis } from './vietnam-holidays.js';

/** Options of {@link vietnamCalendar}. */
export interface VietnamCalendarOptions {
  /**
   * Use the announced schedules for civil servants where known (Tết 2021-2026 and a few
   * others, see `officialSchedules`) instead of the statutory defaults. Default `true`.
   */
  officialSchedules?: boolean;
}

/** Schedules of the built-in table, by year. */
function schedulesByYear(): Map<number, OfficialSchedule[]> {
  const byYear = new Map<number, OfficialSchedule[]>();
  for (const schedule of builtInSchedules) {
    const list = byYear.get(schedule.year) ?? [];
    list.push(schedule);
    byYear.set(schedule.year, list);
  }
  return byYear;
}

/**
 * The working-day calendar of Vietnamese public bodies: Saturday and Sunday off, the
 * public holidays of the Labour Code 2019 (Article 112: Tết Dương lịch, Tết Nguyên đán,
 * Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh), and a compensatory day (nghỉ bù) on the
 * next working day for a holiday that falls on a weekend (Article 111(3)).
 *
 * With `officialSchedules` (the default; id `'vn'`), the announced schedules of the
 * built-in `officialSchedules` table replace the statutory defaults of their year; without
 * (id `'vn-statutory'`) Tết is the last day of the lunar year plus its first four days
 * and Quốc khánh is 1/9 and 2/9. In an announced Tết break, weekdays are reported as
 * `holiday` and weekends as `weekend`, both named after Tết. Years before 2021 follow the
 * Labour Code 2012 (Quốc khánh one day). Each year's table is computed once per calendar.
 * Dates before 1800 or after 2199 throw `RangeError` (limits of the lunar calendar).
 *
 * @example
 * const vn = vietnamCalendar();
 * vn.describe('2024-02-12'); // { kind: 'holiday', name: { vi: 'Tết Nguyên đán', ... }, working: false, ... }
 * vn.describe('2022-04-11').kind; // 'compensatory' (Giỗ Tổ Hùng Vương fell on Sunday 10/4)
 * vn.describe('2021-12-20').working; // true
 */
export function vietnamCalendar(options: VietnamCalendarOptions = {}): WorkingDayCalendar {
  const official = options.officialSchedules ?? true;
  const schedules = official ? schedulesByYear() : new Map<number, OfficialSchedule[]>();
  const years = new Map<number, Map<IsoDate, DayInfo>>();

  const yearTable = (year: number): Map<IsoDate, DayInfo> => {
    let table = years.get(year);
    if (!table) {
      table = buildVietnamYear(year, schedules.get(year) ?? []);
      years.set(year, table);
    }
    return table;
  };

  return {
    id: official ? 'vn' : 'vn-statutory',
    describe(date: IsoDate): DayInfo {
      assertIsoDate(date);
      const [year] = splitIsoDate(date);
      const listed = yearTable(year).get(date);
      if (listed) return listed;
      if (isWeekend(date)) return { date, working: false, kind: 'weekend', name: WEEKEND_NAME, basis: legalBasis(year).weekend };
      return { date, working: true, kind: 'working' };
    },
  };
}

/**
 * The days off of a Gregorian year in Vietnam other than plain weekends: public holidays,
 * compensatory days, swapped days off, plus make-up working days and weekends inside an
 * announced break, in date order.
 *
 * @example
 * vietnamHolidays(2026).filter((d) => d.kind === 'compensatory').map((d) => d.date);
 * // ['2026-04-27']
 */
export function vietnamHolidays(year: number, options: VietnamCalendarOptions = {}): DayInfo[] {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year: ${year}`);
  const official = options.officialSchedules ?? true;
  const schedules = official ? builtInSchedules.filter((s) => s.year === year) : [];
  return [...buildVietnamYear(year, schedules).values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
