import type { IsoDate } from '../dates.js';
import { withExtras } from './extras.js';
import type {
  DateDeadline,
  DeadlineWording,
  EndOfDeadline,
  EventDeadline,
  MilestoneDeadline,
  PeriodUnit,
  RecurringDeadline,
} from '../model/schema.js';

/** Optional wording as printed, kept for people and documents. */
export interface DeadlineTextOption {
  /** The deadline as the document words it, e.g. "trước ngày 20/12/2021". */
  text?: string;
}

/** The wording, and any property the builder does not know, so the schema can name it. */
function withText<T extends object>(deadline: T, options?: object, known: readonly string[] = TEXT_KEYS): T {
  const text = (options as DeadlineTextOption | undefined)?.text;
  const out = text === undefined ? deadline : { ...deadline, text };
  return options === undefined ? out : withExtras(out, options, known);
}

const TEXT_KEYS = ['text'];
const RECURRING_KEYS = ['text', 'month', 'day', 'wording', 'from', 'until'];

/**
 * "trước ngày X": a deadline worded as *before* a date. Whether X itself is still in time
 * is a reading chosen when obligations are computed (see `obligations()`), never baked in.
 *
 * @example
 * before('2021-12-20', { text: 'trước ngày 20/12/2021' });
 */
export function before(date: IsoDate, options?: DeadlineTextOption): DateDeadline {
  return withText({ kind: 'date', date, wording: 'before' }, options);
}

/**
 * "chậm nhất ngày X" / "chậm nhất là ngày X": X itself is the last day.
 *
 * @example
 * noLaterThan('2022-01-15');
 */
export function noLaterThan(date: IsoDate, options?: DeadlineTextOption): DateDeadline {
  return withText({ kind: 'date', date, wording: 'no-later-than' }, options);
}

/**
 * "ngày X", "vào ngày X": something happens on that day.
 *
 * @example
 * on('2022-03-15');
 */
export function on(date: IsoDate, options?: DeadlineTextOption): DateDeadline {
  return withText({ kind: 'date', date, wording: 'on' }, options);
}

/**
 * "đến cuối năm 2021", "cuối quý III năm 2021", "hết tháng 6/2022", "cuối kỳ kế hoạch":
 * the end of a period. By Civil Code 2015 Art. 148 a period ends at 24:00 of its last day,
 * so "cuối năm 2021" is 31/12/2021.
 *
 * @param period - `year`, `half-year`, `quarter`, `month`, or `plan` for the end of the plan period.
 * @param year - The year; not used for `plan`.
 * @param index - Which half (1-2), quarter (1-4) or month (1-12) of `year`.
 * @example
 * endOf('year', 2021, undefined, { text: 'đến cuối năm 2021' });
 * endOf('quarter', 2021, 3); // cuối quý III năm 2021 → 30/09/2021
 */
export function endOf(
  period: EndOfDeadline['period'],
  year?: number,
  index?: number,
  options?: DeadlineTextOption,
): EndOfDeadline {
  const deadline: EndOfDeadline = { kind: 'end-of', period };
  if (year !== undefined) deadline.year = year;
  if (index !== undefined) deadline.index = index;
  return withText(deadline, options);
}

/** Options of a recurring deadline. */
export interface RecurringOptions extends DeadlineTextOption {
  /** Month within the period: 1-12 for `year`, 1-6 for `half-year`, 1-3 for `quarter`. */
  month?: number;
  /** Day of the month, or `last`. Leave out when the document states no day. */
  day?: number | 'last';
  /** How the day is worded; `before` by default ("trước ngày"). */
  wording?: DeadlineWording;
  /** First day the recurrence may fall on; the plan's issue date by default. */
  from?: IsoDate;
  /** Last day the recurrence may fall on; the end of the plan period by default. */
  until?: IsoDate;
}

/**
 * A deadline that repeats within the plan period: "định kỳ hàng năm trước ngày 15/11",
 * "6 tháng", "hằng quý", "hằng tháng".
 *
 * @example
 * recurring('year', { month: 11, day: 15, text: 'định kỳ hàng năm trước ngày 15/11' });
 * recurring('quarter', { month: 3, day: 20 }); // before the 20th of each quarter's last month
 */
export function recurring(every: PeriodUnit, options: RecurringOptions = {}): RecurringDeadline {
  const deadline: RecurringDeadline = { kind: 'recurring', every, wording: options.wording ?? 'before' };
  if (options.month !== undefined) deadline.month = options.month;
  if (options.day !== undefined) deadline.day = options.day;
  if (options.from !== undefined) deadline.from = options.from;
  if (options.until !== undefined) deadline.until = options.until;
  return withText(deadline, options, RECURRING_KEYS);
}

/**
 * Yearly on a stated day: `yearly(11, 15)` is "hàng năm trước ngày 15/11".
 * Without a day (`yearly()`), the duty recurs each year with no date stated.
 *
 * @example
 * yearly(11, 15, { text: 'Định kỳ hàng năm trước ngày 15/11' });
 */
export function yearly(
  month?: number,
  day?: number | 'last',
  options: Omit<RecurringOptions, 'month' | 'day'> = {},
): RecurringDeadline {
  return recurring('year', { ...options, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) });
}

/**
 * A milestone with no fixed date: "giữa kỳ", "cuối kỳ", "theo yêu cầu".
 *
 * @example
 * milestone('mid-term', { text: 'giữa kỳ' });
 */
export function milestone(kind: MilestoneDeadline['milestone'], options?: DeadlineTextOption): MilestoneDeadline {
  return withText({ kind: 'milestone', milestone: kind }, options);
}

/**
 * A duty triggered by an event, with no date at all: "khi xảy ra thiên tai".
 * No date is ever invented for it.
 *
 * @example
 * when('khi xảy ra thiên tai');
 */
export function when(event: string, options?: DeadlineTextOption): EventDeadline {
  return withText({ kind: 'event', event }, options);
}
