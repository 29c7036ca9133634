/**
 * Types of working-day calendars.
 *
 * @packageDocumentation
 */
import type { IsoDate } from '../dates.js';

/**
 * Why a day is, or is not, a working day:
 * - `working`: an ordinary working day, or a make-up working day (làm bù) on a weekend;
 * - `weekend`: the weekly rest day (nghỉ hằng tuần);
 * - `holiday`: a public holiday (ngày nghỉ lễ, tết);
 * - `compensatory`: a day off given back for a holiday that fell on the weekly rest day (nghỉ bù);
 * - `day-off`: any other day off, e.g. one swapped with a make-up working day or
 *   declared by an organisation's own calendar.
 */
export type DayKind = 'working' | 'weekend' | 'holiday' | 'compensatory' | 'day-off';

/** A name given in Vietnamese and English. */
export interface LocalizedName {
  readonly vi: string;
  readonly en: string;
}

/** What a calendar says about one day. */
export interface DayInfo {
  readonly date: IsoDate;
  /** Whether work is done on that day. */
  readonly working: boolean;
  /** Why it is (not) a working day. */
  readonly kind: DayKind;
  /** e.g. `{ vi: 'Tết Nguyên đán', en: 'Lunar New Year' }` or `{ vi: 'Nghỉ bù', ... }`. */
  readonly name?: LocalizedName;
  /** Legal basis, e.g. `'Bộ luật Lao động 2019, Điều 112'`. */
  readonly basis?: string;
  /**
   * Present when what the calendar says about the day depends on a schedule that is not
   * known (dự kiến): the day was computed by a fallback rule, and an announcement could
   * still change it. See `isProvisional`.
   */
  readonly provisional?: true;
  /** With `provisional`: the schedules the day waits on, e.g. `{ vi: 'lịch nghỉ Tết Nguyên đán 2027', … }`. */
  readonly pending?: readonly LocalizedName[];
}

/** A calendar that tells working days from days off. */
export interface WorkingDayCalendar {
  /** Stable identifier, e.g. `'vn'` or `'weekends'`. */
  readonly id: string;
  /** What the calendar says about `date`; throws `RangeError` for an invalid date. */
  describe(date: IsoDate): DayInfo;
}
