import { addDays, type IsoDate } from '../dates.js';
import type { DayInfo, WorkingDayCalendar } from '../calendar/index.js';
import type { DeadlineWording } from '../model/schema.js';

/**
 * How "trước ngày X" is read. `no-later-than` (the default) treats X as the last day, as
 * administrative practice does; `strictly-before` reads it literally, so the last day is X - 1.
 */
export type BeforeReading = 'no-later-than' | 'strictly-before';

/** The legal basis of moving a deadline off a day that is not a working day. */
export const NEXT_WORKING_DAY_BASIS = 'Bộ luật Dân sự 2015, Điều 148 khoản 4';

/** When a duty is due: the date as stated, and the date it is effectively due on the calendar. */
export interface Due {
  /** The date as the document states it. */
  stated: IsoDate;
  wording: DeadlineWording;
  /** How a `before` wording was read. */
  reading: BeforeReading;
  /** The last day in time under that reading, before any calendar shift. */
  lastDay: IsoDate;
  /** The last day in time on the working-day calendar. */
  effective: IsoDate;
  /** Present when the calendar moved the deadline: the rule, and the days it skipped. */
  shift?: { rule: 'next-working-day'; basis: string; calendar: string; skipped: DayInfo[] };
}

/**
 * The effective due date of a stated deadline on a working-day calendar (Civil Code 2015
 * Art. 148(4): a period whose last day is a weekly rest day or a holiday ends at the end of
 * the next working day).
 *
 * @example
 * computeDue('2025-11-15', 'before', 'no-later-than', vietnamCalendar()).effective; // '2025-11-17'
 */
export function computeDue(
  stated: IsoDate,
  wording: DeadlineWording,
  reading: BeforeReading,
  calendar: WorkingDayCalendar,
): Due {
  const lastDay = wording === 'before' && reading === 'strictly-before' ? addDays(stated, -1) : stated;
  const skipped: DayInfo[] = [];
  let effective = lastDay;
  for (let info = calendar.describe(effective); !info.working; info = calendar.describe(effective)) {
    skipped.push(info);
    if (skipped.length > 366) throw new RangeError(`Calendar ${calendar.id} has no working day after ${lastDay}`);
    effective = addDays(effective, 1);
  }
  const due: Due = { stated, wording, reading, lastDay, effective };
  if (skipped.length > 0) due.shift = { rule: 'next-working-day', basis: NEXT_WORKING_DAY_BASIS, calendar: calendar.id, skipped };
  return due;
}
