/**
 * Generic working-day calendars: the weekend-only calendar, user-defined calendars,
 * and the queries that work on any calendar.
 *
 * @packageDocumentation
 */
import { type IsoDate, addDays, dayOfWeek, isIsoDate } from '../dates.js';
import type { DayInfo, DayKind, LocalizedName, WorkingDayCalendar } from './types.js';

/** How far {@link nextWorkingDay} and {@link previousWorkingDay} look before giving up. */
const SEARCH_LIMIT_DAYS = 366;

/** @internal Name given to Saturdays and Sundays. */
export const WEEKEND_NAME: LocalizedName = Object.freeze({ vi: 'Nghỉ hằng tuần', en: 'Weekly rest day' });

/** @internal Throws `RangeError` unless `date` is a real `YYYY-MM-DD` date. */
export function assertIsoDate(date: unknown): asserts date is IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date: ${String(date)}`);
}

/**
 * Whether `date` is a working day in `calendar`.
 *
 * @example
 * isWorkingDay(weekendCalendar(), '2025-11-15'); // false (a Saturday)
 */
export function isWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  return calendar.describe(date).working;
}

/**
 * Whether what `calendar` says about `date` is provisional (dự kiến): it was computed by a
 * fallback rule because the schedule it depends on is not known, e.g. a day near Tết of a
 * year whose Tết break has not been announced. `calendar.describe(date).pending` names the
 * schedules it waits on.
 *
 * @example
 * isProvisional(vietnamCalendar(), '2027-02-08'); // true: Tết 2027 not announced
 * isProvisional(vietnamCalendar(), '2026-02-16'); // false: Thông báo 9441/TB-BNV
 * isProvisional(vietnamCalendar(), '2026-06-15'); // false: no holiday near
 */
export function isProvisional(calendar: WorkingDayCalendar, date: IsoDate): boolean {
  return calendar.describe(date).provisional === true;
}

/**
 * The first working day on or after `date` (`date` itself when it is a working day).
 *
 * @throws RangeError when no working day comes within 366 days.
 *
 * @example
 * nextWorkingDay(weekendCalendar(), '2025-11-15'); // '2025-11-17'
 */
export function nextWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  return findWorkingDay(calendar, date, 1);
}

/**
 * The last working day on or before `date` (`date` itself when it is a working day).
 *
 * @throws RangeError when no working day came within 366 days.
 *
 * @example
 * previousWorkingDay(weekendCalendar(), '2025-11-16'); // '2025-11-14'
 */
export function previousWorkingDay(calendar: WorkingDayCalendar, date: IsoDate): IsoDate {
  return findWorkingDay(calendar, date, -1);
}

function findWorkingDay(calendar: WorkingDayCalendar, date: IsoDate, step: 1 | -1): IsoDate {
  assertIsoDate(date);
  let day = date;
  for (let i = 0; i <= SEARCH_LIMIT_DAYS; i++) {
    if (calendar.describe(day).working) return day;
    day = addDays(day, step);
  }
  throw new RangeError(
    `No working day within ${SEARCH_LIMIT_DAYS} days ${step > 0 ? 'after' : 'before'} ${date} in calendar '${calendar.id}'`,
  );
}

/**
 * A calendar whose only days off are Saturdays and Sundays (id `'weekends'`).
 *
 * @example
 * weekendCalendar().describe('2025-11-15'); // { date: '2025-11-15', working: false, kind: 'weekend', ... }
 */
export function weekendCalendar(): WorkingDayCalendar {
  return {
    id: 'weekends',
    describe(date: IsoDate): DayInfo {
      assertIsoDate(date);
      const day = dayOfWeek(date);
      return day === 0 || day === 6
        ? { date, working: false, kind: 'weekend', name: WEEKEND_NAME }
        : { date, working: true, kind: 'working' };
    },
  };
}

/** A date given a name, for {@link CalendarDefinition}. */
export interface NamedDate {
  readonly date: IsoDate;
  readonly name?: LocalizedName;
  readonly basis?: string;
}

/** What {@link CalendarDefinition.nonWorking} may say about a day off. */
export interface NonWorkingDay {
  /** Default `'day-off'`. */
  readonly kind?: Exclude<DayKind, 'working'>;
  readonly name?: LocalizedName;
  readonly basis?: string;
}

/**
 * A user-defined calendar. The rules apply on top of `base`, each later one winning:
 * `base`, then `describe`, then `nonWorking`, then `daysOff`, then `workingDays`; then
 * `provisional` marks days.
 */
export interface CalendarDefinition {
  /** Identifier of the calendar. */
  readonly id: string;
  /** Calendar to start from. Default: {@link weekendCalendar}. */
  readonly base?: WorkingDayCalendar;
  /** Rewrites what `base` says about a day. */
  readonly describe?: (date: IsoDate, base: DayInfo) => DayInfo;
  /** Marks days off by rule: return `true` or details for a day off, `false`/`undefined` otherwise. */
  readonly nonWorking?: (date: IsoDate) => boolean | NonWorkingDay | undefined;
  /** Days off (kind `'day-off'`), e.g. an organisation's own holidays. */
  readonly daysOff?: readonly (IsoDate | NamedDate)[];
  /** Days worked although `base` says otherwise, e.g. make-up Saturdays (làm bù). */
  readonly workingDays?: readonly (IsoDate | NamedDate)[];
  /**
   * Marks days provisional (dự kiến), e.g. the days of a provincial decision not yet issued.
   * Days the definition decides (`daysOff`, `workingDays`, `nonWorking`) are otherwise
   * never provisional; days taken from `base` keep what `base` says.
   */
  readonly provisional?: (date: IsoDate) => boolean;
}

const DAY_OFF_NAME: LocalizedName = Object.freeze({ vi: 'Ngày nghỉ', en: 'Day off' });
const MAKE_UP_NAME: LocalizedName = Object.freeze({ vi: 'Làm bù', en: 'Make-up working day' });

/** Indexes a list of dates or named dates by date, checking each. */
function indexDates(list: readonly (IsoDate | NamedDate)[] | undefined, what: string): Map<IsoDate, NamedDate> {
  const index = new Map<IsoDate, NamedDate>();
  for (const entry of list ?? []) {
    const named: NamedDate = typeof entry === 'string' ? { date: entry } : entry;
    if (!isIsoDate(named.date)) throw new RangeError(`Invalid date in ${what}: ${String(named.date)}`);
    index.set(named.date, named);
  }
  return index;
}

/**
 * Defines a calendar of one's own on top of another, e.g. an organisation's extra days
 * off or make-up Saturdays on top of {@link vietnamCalendar}.
 *
 * @throws RangeError for an invalid date, or a date listed both as day off and working day.
 *
 * @example
 * const office = defineCalendar({
 *   id: 'office',
 *   base: vietnamCalendar(),
 *   daysOff: [{ date: '2025-12-24', name: { vi: 'Nghỉ Giáng sinh', en: 'Christmas Eve' } }],
 *   workingDays: ['2025-12-27'],
 * });
 * isWorkingDay(office, '2025-12-24'); // false
 * isWorkingDay(office, '2025-12-27'); // true (a Saturday)
 */
export function defineCalendar(definition: CalendarDefinition): WorkingDayCalendar {
  const { id, base = weekendCalendar(), describe: rewrite, nonWorking, provisional: markProvisional } = definition;
  const daysOff = indexDates(definition.daysOff, `calendar '${id}' daysOff`);
  const workingDays = indexDates(definition.workingDays, `calendar '${id}' workingDays`);
  for (const date of workingDays.keys()) {
    if (daysOff.has(date)) throw new RangeError(`Calendar '${id}' lists ${date} both as a day off and as a working day`);
  }

  const decide = (date: IsoDate): DayInfo => {
    const worked = workingDays.get(date);
    if (worked) {
      const before = base.describe(date);
      if (before.working && !worked.name && !worked.basis) return withoutProvisional(before);
      return withDetails({ date, working: true, kind: 'working' }, worked, before.working ? undefined : MAKE_UP_NAME);
    }
    const off = daysOff.get(date);
    if (off) return withDetails({ date, working: false, kind: 'day-off' }, off, DAY_OFF_NAME);

    const rule = nonWorking?.(date);
    if (rule) {
      const details = rule === true ? {} : rule;
      return withDetails({ date, working: false, kind: details.kind ?? 'day-off' }, details, DAY_OFF_NAME);
    }
    const before = base.describe(date);
    return rewrite ? { ...rewrite(date, before), date } : before;
  };

  return {
    id,
    describe(date: IsoDate): DayInfo {
      assertIsoDate(date);
      const info = decide(date);
      return markProvisional?.(date) && info.provisional !== true ? { ...info, provisional: true } : info;
    },
  };
}

/** A day's info without a provisional mark: the definition decided it. */
function withoutProvisional(info: DayInfo): DayInfo {
  if (info.provisional !== true) return info;
  const { provisional: _provisional, pending: _pending, ...rest } = info;
  return rest;
}

/** A day's info with the name and basis of `details`, or `defaultName`. */
function withDetails(
  info: DayInfo,
  details: { readonly name?: LocalizedName; readonly basis?: string },
  defaultName: LocalizedName | undefined,
): DayInfo {
  const name = details.name ?? defaultName;
  return {
    ...info,
    ...(name ? { name } : {}),
    ...(details.basis ? { basis: details.basis } : {}),
  };
}
