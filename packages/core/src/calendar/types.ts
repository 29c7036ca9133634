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
   * `true` when what the calendar says of the day rests on a rule for a holiday schedule that
   * has not been announced yet: the day may still change ("dự kiến").
   */
  readonly provisional?: boolean;
}

/** A calendar that tells working days from days off. */
export interface WorkingDayCalendar {
  /** Stable identifier, e.g. `'vn'` or `'weekends'`. */
  readonly id: string;
  /** What the calendar says about `date`; throws `RangeError` for an invalid date. */
  describe(date: IsoDate): DayInfo;
}
