/**
 * The working-day calendar of Vietnamese public bodies.
 *
 * @packageDocumentation
 */
import { type IsoDate, splitIsoDate } from '../dates.js';
import { WEEKEND_NAME, assertIsoDate } from './calendars.js';
import { type OfficialSchedule, officialSchedules as builtInSchedules } from './official-schedules.js';
import { occasionOf, provisionalDays, settledOccasions } from './provisional.js';
import { assertSchedules } from './schedule-schema.js';
import type { DayInfo, LocalizedName, WorkingDayCalendar } from './types.js';
import { buildVietnamYear, isWeekend, legalBasis } from './vietnam-holidays.js';

/** Options of {@link vietnamCalendar} and {@link vietnamHolidays}. */
export interface VietnamCalendarOptions {
  /**
   * Use the announced schedules for civil servants where known (2020-2026, see
   * `officialSchedules`) instead of the statutory defaults, and mark provisional the days
   * that wait on a schedule not announced yet. Default `true`.
   */
  officialSchedules?: boolean;
  /**
   * Schedules of your own, e.g. one announced after this version was published (read one
   * from JSON with `parseSchedules`). They are merged over the built-in ones: a schedule for
   * the same year and holiday replaces the built-in one (30/4 and 1/5 count as one
   * holiday), any other is added. Checked like `parseSchedules` checks them.
   *
   * @throws ScheduleError when a schedule is inconsistent (two for one holiday, a swap whose
   *   day off is a weekend…).
   */
  schedules?: readonly OfficialSchedule[];
  /** Identifier of the calendar. Default `'vn'`, or `'vn-statutory'` without official schedules. */
  id?: string;
}

/** The key a schedule replaces another by: its year and its holiday, 30/4 and 1/5 as one. */
function replacementKey({ year, holiday }: OfficialSchedule): string {
  return `${year}|${occasionOf(holiday) ?? holiday}`;
}

/**
 * The schedules a calendar uses: the built-in ones unless turned off, with `own` over them.
 *
 * @internal
 */
export function mergeSchedules(builtIn: readonly OfficialSchedule[], own: readonly OfficialSchedule[]): OfficialSchedule[] {
  const replaced = new Set(own.map(replacementKey));
  return [...builtIn.filter((s) => !replaced.has(replacementKey(s))), ...own];
}

/** Whether a schedule decides days outside its own year (a New Year break from 31/12). */
function crossesYear(schedule: OfficialSchedule): boolean {
  const prefix = `${schedule.year}-`;
  const dates = [...schedule.daysOff, ...(schedule.holidayDates ?? []), ...(schedule.swaps ?? []).flatMap((s) => [s.dayOff, s.workingDay])];
  return dates.some((d) => !d.startsWith(prefix));
}

/** Per-year tables of a Vietnamese calendar: days off, and the provisional overlay. */
interface VietnamTables {
  readonly id: string;
  /** Days off (and named days) dated in `year`. */
  days(year: number): Map<IsoDate, DayInfo>;
  /** What the calendar says about `date`, with its provisional mark. */
  describe(date: IsoDate): DayInfo;
}

function createTables(options: VietnamCalendarOptions): VietnamTables {
  const official = options.officialSchedules ?? true;
  const own = options.schedules ?? [];
  if (own.length > 0) assertSchedules(own);
  const schedules = mergeSchedules(official ? builtInSchedules : [], own);
  const byYear = new Map<number, OfficialSchedule[]>();
  for (const schedule of schedules) {
    const list = byYear.get(schedule.year) ?? [];
    list.push(schedule);
    byYear.set(schedule.year, list);
  }
  const spills = new Set(schedules.filter(crossesYear).map((s) => s.year));
  const settled = settledOccasions(schedules);

  const raw = new Map<number, Map<IsoDate, DayInfo>>();
  const rawYear = (year: number): Map<IsoDate, DayInfo> => {
    let table = raw.get(year);
    if (!table) raw.set(year, (table = buildVietnamYear(year, byYear.get(year) ?? [])));
    return table;
  };

  const merged = new Map<number, Map<IsoDate, DayInfo>>();
  const days = (year: number): Map<IsoDate, DayInfo> => {
    let table = merged.get(year);
    if (table) return table;
    const prefix = `${year}-`;
    table = new Map();
    // A schedule of the year before or after can decide days of this one (a New Year break
    // from 31/12); the year's own table wins where both speak.
    for (const other of [year - 1, year + 1]) {
      if (!spills.has(other)) continue;
      for (const [date, info] of rawYear(other)) if (date.startsWith(prefix)) table.set(date, info);
    }
    for (const [date, info] of rawYear(year)) if (date.startsWith(prefix)) table.set(date, info);
    merged.set(year, table);
    return table;
  };

  const pendingByYear = new Map<number, Map<IsoDate, LocalizedName[]>>();
  const marked = new Map<IsoDate, DayInfo>();
  const pending = (year: number): Map<IsoDate, LocalizedName[]> => {
    let table = pendingByYear.get(year);
    if (!table) pendingByYear.set(year, (table = official ? provisionalDays(year, settled) : new Map()));
    return table;
  };

  const plain = (date: IsoDate, year: number): DayInfo => {
    const listed = days(year).get(date);
    if (listed) return listed;
    if (isWeekend(date)) return { date, working: false, kind: 'weekend', name: WEEKEND_NAME, basis: legalBasis(year).weekend };
    return { date, working: true, kind: 'working' };
  };

  return {
    id: options.id ?? (official ? 'vn' : 'vn-statutory'),
    days,
    describe(date: IsoDate): DayInfo {
      const [year] = splitIsoDate(date);
      const waitsOn = pending(year).get(date);
      if (!waitsOn) return plain(date, year);
      let info = marked.get(date);
      if (!info) {
        info = Object.freeze({ ...plain(date, year), provisional: true as const, pending: Object.freeze(waitsOn.map((n) => Object.freeze({ ...n }))) });
        marked.set(date, info);
      }
      return info;
    },
  };
}

/**
 * The working-day calendar of Vietnamese public bodies: Saturday and Sunday off, the
 * public holidays of the Labour Code 2019 (Article 112: Tết Dương lịch, Tết Nguyên đán,
 * Giỗ Tổ Hùng Vương, 30/4, 1/5, Quốc khánh), and a compensatory day (nghỉ bù) on the
 * next working day for a holiday that falls on a weekend (Article 111(3)).
 *
 * With `officialSchedules` (the default; id `'vn'`), the announced schedules of the
 * built-in `officialSchedules` table, and your own `schedules` over them, replace the
 * statutory defaults of their year; without (id `'vn-statutory'`) Tết is the last day of
 * the lunar year plus its first four days and Quốc khánh is 1/9 and 2/9. In an announced
 * Tết break, weekdays are reported as `holiday` and weekends as `weekend`, both named after
 * Tết. Years before 2021 follow the Labour Code 2012 (Quốc khánh one day).
 *
 * Days within two weeks of Tết Dương lịch, Tết Nguyên đán, 30/4 - 1/5 or Quốc khánh of a
 * year whose schedule is not known are `provisional` (dự kiến), with the schedule they wait
 * on in `pending`; see `isProvisional`. The statutory calendar marks nothing provisional.
 *
 * Each year's table is computed once per calendar. Dates before 1800 or after 2199 throw
 * `RangeError` (limits of the lunar calendar).
 *
 * @example
 * const vn = vietnamCalendar();
 * vn.describe('2024-02-12'); // { kind: 'holiday', name: { vi: 'Tết Nguyên đán', ... }, working: false, ... }
 * vn.describe('2022-04-11').kind; // 'compensatory' (Giỗ Tổ Hùng Vương fell on Sunday 10/4)
 * vn.describe('2027-02-08').provisional; // true: Tết 2027 is not announced
 * const announced = vietnamCalendar({ schedules: parseSchedules(readFileSync('lich-nghi-2027.json', 'utf8')) });
 */
export function vietnamCalendar(options: VietnamCalendarOptions = {}): WorkingDayCalendar {
  const tables = createTables(options);
  return {
    id: tables.id,
    describe(date: IsoDate): DayInfo {
      assertIsoDate(date);
      return tables.describe(date);
    },
  };
}

/**
 * The days off of a Gregorian year in Vietnam other than plain weekends: public holidays,
 * compensatory days, swapped days off, plus make-up working days and weekends inside an
 * announced break, in date order. Takes the options of {@link vietnamCalendar}; days that
 * wait on an unannounced schedule carry `provisional`.
 *
 * @example
 * vietnamHolidays(2026).filter((d) => d.kind === 'compensatory').map((d) => d.date);
 * // ['2026-04-27']
 */
export function vietnamHolidays(year: number, options: VietnamCalendarOptions = {}): DayInfo[] {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year: ${year}`);
  const tables = createTables(options);
  return [...tables.days(year).keys()].sort().map((date) => tables.describe(date));
}
