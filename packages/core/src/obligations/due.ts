import { addDays, type IsoDate } from '../dates.js';
import type { DayInfo, WorkingDayCalendar } from '../calendar/index.js';
import type { DeadlineReading, DeadlineWording } from '../model/schema.js';

/**
 * The legal basis of the latest day allowed: a period whose last day is a weekly rest day or a
 * public holiday ends at the end of the next working day.
 */
export const NEXT_WORKING_DAY_BASIS = 'Bộ luật Dân sự 2015, Điều 148 khoản 5';

/**
 * Why the safe reading moves a date back: the duty is surely in time when it is done on the
 * last working day before "trước ngày X", and never later than a stated day off.
 */
export const SAFE_READING_BASIS = 'Cách đọc an toàn: ngày làm việc cuối cùng trước hạn';

/** How a calendar moved a date off days that are not working days. */
export interface DueShift {
  /** `previous-working-day` under the safe reading, `next-working-day` for the legal limit. */
  rule: 'previous-working-day' | 'next-working-day';
  basis: string;
  /** Id of the calendar that said which days are off. */
  calendar: string;
  /** The days off it stepped over, in the order stepped. */
  skipped: DayInfo[];
}

/** The latest day the law allows, and how it was reached. */
export interface LegalLimit {
  /** The stated day, or the next working day when the stated day is off (Civil Code 2015 Art. 148(5)). */
  date: IsoDate;
  basis: string;
  shift?: DueShift;
}

/** When a duty is due: the date as stated, the date to work to, and the legal limit. */
export interface Due {
  /** The date as the document states it. */
  stated: IsoDate;
  wording: DeadlineWording;
  /** The reading that gave `effective`. */
  reading: DeadlineReading;
  /**
   * The last day in time under the reading, before the calendar: for "trước ngày X" read
   * `safe` it is the day before X; otherwise the stated day.
   */
  lastDay: IsoDate;
  /** The date to work to: a working day, by the reading. */
  effective: IsoDate;
  /** Present when the calendar moved `lastDay` to `effective`. */
  shift?: DueShift;
  /** The latest day the law allows. Shown beside `effective` wherever the two differ. */
  legal: LegalLimit;
  /**
   * `true` when a day the computation looked at depends on a holiday schedule that was not
   * announced yet (the calendar's fallback rule): the date may still move ("dự kiến").
   */
  provisional?: true;
}

/**
 * The due date of a stated deadline on a working-day calendar, under a reading.
 *
 * - `safe` (what tools show by default): "trước ngày X" read literally, so the last day is the
 *   day before X; "chậm nhất ngày X", "ngày X" and the end of a period keep X. A last day that is
 *   not a working day moves back to the working day before it.
 * - `legal`: X is the last day, and when it is a weekly rest day or a public holiday the period
 *   ends at the end of the next working day (Civil Code 2015 Art. 148(5)).
 *
 * The legal limit is always computed, so both can be shown.
 *
 * @example
 * const due = computeDue('2025-11-15', 'before', 'safe', vietnamCalendar());
 * due.effective; // '2025-11-14' (Friday; X is a Saturday)
 * due.legal.date; // '2025-11-17' (Monday)
 */
export function computeDue(
  stated: IsoDate,
  wording: DeadlineWording,
  reading: DeadlineReading,
  calendar: WorkingDayCalendar,
): Due {
  const legalWalk = walkToWorkingDay(calendar, stated, 1);
  const legal: LegalLimit = { date: legalWalk.date, basis: NEXT_WORKING_DAY_BASIS };
  if (legalWalk.skipped.length > 0) {
    legal.shift = { rule: 'next-working-day', basis: NEXT_WORKING_DAY_BASIS, calendar: calendar.id, skipped: legalWalk.skipped };
  }
  let provisional = legalWalk.provisional;
  let due: Due;
  if (reading === 'legal') {
    due = { stated, wording, reading, lastDay: stated, effective: legal.date, legal };
    if (legal.shift) due.shift = legal.shift;
  } else {
    const lastDay = wording === 'before' ? addDays(stated, -1) : stated;
    const walk = walkToWorkingDay(calendar, lastDay, -1);
    provisional ||= walk.provisional;
    due = { stated, wording, reading, lastDay, effective: walk.date, legal };
    if (walk.skipped.length > 0) {
      due.shift = { rule: 'previous-working-day', basis: SAFE_READING_BASIS, calendar: calendar.id, skipped: walk.skipped };
    }
  }
  if (provisional) due.provisional = true;
  return due;
}

/** Whether a due date's safe date and its legal limit differ, so both must be shown. */
export function showsLegalLimit(due: Due): boolean {
  return due.effective !== due.legal.date;
}

function walkToWorkingDay(
  calendar: WorkingDayCalendar,
  from: IsoDate,
  step: 1 | -1,
): { date: IsoDate; skipped: DayInfo[]; provisional: boolean } {
  const skipped: DayInfo[] = [];
  let date = from;
  let provisional = false;
  for (let info = calendar.describe(date); ; info = calendar.describe(date)) {
    if (info.provisional) provisional = true;
    if (info.working) return { date, skipped, provisional };
    skipped.push(info);
    if (skipped.length > 366) throw new RangeError(`Calendar ${calendar.id} has no working day within a year of ${from}`);
    date = addDays(date, step);
  }
}
