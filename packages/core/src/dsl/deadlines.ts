import { makeIsoDate, type IsoDate } from '../dates.js';
import { withExtras } from './extras.js';
import type {
  DateDeadline,
  DeadlineWording,
  EndOfDeadline,
  EventDeadline,
  MilestoneDeadline,
  RecurringDeadline,
  ReferenceDeadline,
  SameAsDeadline,
} from '../model/schema.js';

/**
 * The deadline builders. Each reads like the document it encodes: one builder per form, its
 * facts in a named options object, never a positional `undefined`.
 *
 * | The document says                         | Builder                                                  |
 * | ----------------------------------------- | -------------------------------------------------------- |
 * | "trước ngày 20/12/2021"                   | `before('2021-12-20')`                                   |
 * | "chậm nhất ngày 15/01/2022"               | `noLaterThan('2022-01-15')`                              |
 * | "ngày 15/3/2022"                          | `on('2022-03-15')`                                       |
 * | "đến cuối năm 2021"                       | `endOfYear(2021)`                                        |
 * | "hết 6 tháng đầu năm 2022"                | `endOfHalf({ year: 2022, half: 1 })`                     |
 * | "cuối quý III năm 2021"                   | `endOfQuarter({ year: 2021, quarter: 3 })`               |
 * | "hết tháng 6/2022"                        | `endOfMonth({ year: 2022, month: 6 })`                   |
 * | "cuối kỳ kế hoạch"                        | `endOfPlan()`                                            |
 * | "đến hết giai đoạn 2021-2025"             | `endOfPhase('gd1')`                                      |
 * | "định kỳ hàng năm trước ngày 15/11"       | `yearly({ month: 11, day: 15 })`                         |
 * | "định kỳ 6 tháng, trước ngày 15/6, 15/12" | `halfYearly({ monthOfHalf: 6, day: 15 })`                |
 * | "hằng quý, trước ngày 20 tháng cuối quý"  | `quarterly({ monthOfQuarter: 3, day: 20 })`              |
 * | "hằng tháng, trước ngày 25"               | `monthly({ day: 25 })`                                   |
 * | "định kỳ hàng năm" (no day stated)        | `yearly()`                                               |
 * | "hằng năm từ 2022 đến 2025"               | `yearly({ years: [2022, 2025] })`                        |
 * | "đầu kỳ", "giữa kỳ", "cuối kỳ"            | `startTerm()`, `midTerm()`, `endTerm()`                  |
 * | "tổng kết giai đoạn 2021-2025" (cuối kỳ)  | `endTerm({ of: 'gd1' })`                                 |
 * | "đột xuất", "theo yêu cầu"                | `onRequest({ text: 'đột xuất' })`                        |
 * | "khi xảy ra thiên tai"                    | `when('khi xảy ra thiên tai')`                           |
 * | "đúng thời hạn quy định"                  | `byReference({ text: 'đúng thời hạn quy định' })`        |
 * | the day set in another reporting rule     | `sameAs('V.9/r1')`                                       |
 *
 * Every builder takes `text`, the wording as printed, which outputs show as it is.
 */

/** The wording as printed, kept for people and documents. */
export interface DeadlineTextOption {
  /** The deadline as the document words it, e.g. "trước ngày 20/12/2021". */
  text?: string;
}

/** The wording, and any property the builder does not know, so the schema can name it. */
function finish<T extends object>(deadline: T, options: object | undefined, known: readonly string[]): T {
  const text = (options as DeadlineTextOption | undefined)?.text;
  const out = text === undefined ? deadline : { ...deadline, text };
  return options === undefined ? out : withExtras(out, options, known);
}

const TEXT_KEYS = ['text'] as const;

// ---- a stated day ----------------------------------------------------------------------------

/**
 * "trước ngày X": a deadline worded as *before* a date. Whether X itself is still in time
 * is a reading chosen when obligations are computed (see `obligations()`), never baked in.
 *
 * @example
 * before('2021-12-20', { text: 'trước ngày 20/12/2021' });
 */
export function before(date: IsoDate, options?: DeadlineTextOption): DateDeadline {
  return finish({ kind: 'date', date, wording: 'before' }, options, TEXT_KEYS);
}

/**
 * "chậm nhất ngày X" / "chậm nhất là ngày X": X itself is the last day.
 *
 * @example
 * noLaterThan('2022-01-15', { text: 'chậm nhất ngày 15/01/2022' });
 */
export function noLaterThan(date: IsoDate, options?: DeadlineTextOption): DateDeadline {
  return finish({ kind: 'date', date, wording: 'no-later-than' }, options, TEXT_KEYS);
}

/**
 * "ngày X", "vào ngày X": something happens on that day.
 *
 * @example
 * on('2022-03-15', { text: 'ngày 15/3/2022' });
 */
export function on(date: IsoDate, options?: DeadlineTextOption): DateDeadline {
  return finish({ kind: 'date', date, wording: 'on' }, options, TEXT_KEYS);
}

// ---- the end of a period ---------------------------------------------------------------------
// By Civil Code 2015 Art. 148 a period ends at 24:00 of its last day: "cuối năm 2021" is 31/12/2021.

/**
 * "đến cuối năm 2021", "trong năm 2021", "hoàn thành năm 2021": the last day of a year.
 *
 * @example
 * endOfYear(2021, { text: 'Đến cuối năm 2021' }); // 31/12/2021
 */
export function endOfYear(year: number, options?: DeadlineTextOption): EndOfDeadline {
  return finish({ kind: 'end-of', period: 'year', year }, options, TEXT_KEYS);
}

/** Options of {@link endOfHalf}. */
export interface EndOfHalfOptions extends DeadlineTextOption {
  year: number;
  /** `1`: "6 tháng đầu năm" (ends 30/6); `2`: "6 tháng cuối năm" (ends 31/12). */
  half: 1 | 2;
}

/**
 * "hết 6 tháng đầu năm 2022", "trong 6 tháng cuối năm 2022": the last day of a half-year.
 *
 * @example
 * endOfHalf({ year: 2022, half: 1, text: 'hết 6 tháng đầu năm 2022' }); // 30/06/2022
 */
export function endOfHalf(options: EndOfHalfOptions): EndOfDeadline {
  return finish({ kind: 'end-of', period: 'half-year', year: options.year, index: options.half }, options, ['text', 'year', 'half']);
}

/** Options of {@link endOfQuarter}. */
export interface EndOfQuarterOptions extends DeadlineTextOption {
  year: number;
  /** Quarter 1-4 ("quý I" … "quý IV"). */
  quarter: 1 | 2 | 3 | 4;
}

/**
 * "cuối quý III năm 2021", "trong quý IV/2022": the last day of a quarter.
 *
 * @example
 * endOfQuarter({ year: 2021, quarter: 3, text: 'cuối quý III năm 2021' }); // 30/09/2021
 */
export function endOfQuarter(options: EndOfQuarterOptions): EndOfDeadline {
  return finish({ kind: 'end-of', period: 'quarter', year: options.year, index: options.quarter }, options, ['text', 'year', 'quarter']);
}

/** Options of {@link endOfMonth}. */
export interface EndOfMonthOptions extends DeadlineTextOption {
  year: number;
  /** Month 1-12. */
  month: number;
}

/**
 * "hết tháng 6/2022", "trong tháng 12 năm 2021": the last day of a month.
 *
 * @example
 * endOfMonth({ year: 2022, month: 6, text: 'hết tháng 6/2022' }); // 30/06/2022
 */
export function endOfMonth(options: EndOfMonthOptions): EndOfDeadline {
  return finish({ kind: 'end-of', period: 'month', year: options.year, index: options.month }, options, ['text', 'year', 'month']);
}

/**
 * "cuối kỳ kế hoạch", "đến năm 2025" (when 2025 ends the plan): the last day of the plan period.
 *
 * @example
 * endOfPlan({ text: 'trong giai đoạn 2021-2025' }); // plan.period.to
 */
export function endOfPlan(options?: DeadlineTextOption): EndOfDeadline {
  return finish({ kind: 'end-of', period: 'plan' }, options, TEXT_KEYS);
}

/**
 * "đến hết giai đoạn 2021-2025", "hoàn thành trong giai đoạn 2021-2025": the last day of one of
 * the plan's phases (`plan.phases`), named by its key.
 *
 * @example
 * endOfPhase('gd1', { text: 'trong giai đoạn 2021-2025' }); // the last day of phase gd1
 */
export function endOfPhase(phase: string, options?: DeadlineTextOption): EndOfDeadline {
  return finish({ kind: 'end-of', period: 'phase', phase }, options, TEXT_KEYS);
}

// ---- recurring -------------------------------------------------------------------------------

/** What every recurring deadline may say besides its day. */
export interface RecurrenceOptions extends DeadlineTextOption {
  /** Day of the month, or `'last'`. Leave out when the document states no day: the duty is then undated. */
  day?: number | 'last';
  /** How the day is worded: `before` ("trước ngày", the default), `no-later-than` ("chậm nhất ngày"), `on`, `by`. */
  wording?: DeadlineWording;
  /** First day the recurrence may fall on; the later of the plan's start and its issue date by default. */
  from?: IsoDate;
  /** Last day the recurrence may fall on; the end of the plan period by default. */
  until?: IsoDate;
  /**
   * The years it runs, both included: `[2022, 2025]` for "hằng năm từ 2022 đến 2025". Sets
   * `from` to 1 January of the first and `until` to 31 December of the last.
   */
  years?: readonly [number, number];
  /** The phase it runs in ("hằng năm trong giai đoạn 2021-2025"): its bounds are the default `from` and `until`. */
  phase?: string;
}

/** Options of {@link yearly}. */
export interface YearlyOptions extends RecurrenceOptions {
  /** Month 1-12 of the stated day. */
  month?: number;
}

/** Options of {@link halfYearly}. */
export interface HalfYearlyOptions extends RecurrenceOptions {
  /** Month within each half-year, 1-6: `6` for "trước ngày 15/6 và 15/12". */
  monthOfHalf?: number;
}

/** Options of {@link quarterly}. */
export interface QuarterlyOptions extends RecurrenceOptions {
  /** Month within each quarter, 1-3: `3` for "tháng cuối quý". */
  monthOfQuarter?: number;
}

const RECURRENCE_KEYS = ['text', 'day', 'wording', 'from', 'until', 'years', 'phase'] as const;

function recurrence(
  every: RecurringDeadline['every'],
  month: number | undefined,
  options: RecurrenceOptions,
  known: readonly string[],
): RecurringDeadline {
  const deadline: RecurringDeadline = { kind: 'recurring', every, wording: options.wording ?? 'before' };
  if (month !== undefined) deadline.month = month;
  if (options.day !== undefined) deadline.day = options.day;
  const from = options.from ?? (options.years === undefined ? undefined : makeIsoDate(options.years[0], 1, 1));
  const until = options.until ?? (options.years === undefined ? undefined : makeIsoDate(options.years[1], 12, 31));
  if (from !== undefined) deadline.from = from;
  if (until !== undefined) deadline.until = until;
  if (options.phase !== undefined) deadline.phase = options.phase;
  return finish(deadline, options, known);
}

/**
 * "định kỳ hàng năm trước ngày 15/11": once a year within the plan period. Without a day
 * ("báo cáo định kỳ hàng năm"), the duty recurs each year with no date, and stays undated.
 *
 * @example
 * yearly({ month: 11, day: 15, text: 'Định kỳ hàng năm trước ngày 15/11' });
 * yearly({ text: 'định kỳ hàng năm' }); // no day stated
 */
export function yearly(options: YearlyOptions = {}): RecurringDeadline {
  return recurrence('year', options.month, options, [...RECURRENCE_KEYS, 'month']);
}

/**
 * "định kỳ 6 tháng", "báo cáo 6 tháng và năm": twice a year. The day falls in the given month
 * of each half: `monthOfHalf: 6, day: 15` is 15/6 and 15/12.
 *
 * @example
 * halfYearly({ monthOfHalf: 6, day: 15, text: 'định kỳ 6 tháng, trước ngày 15/6 và 15/12' });
 */
export function halfYearly(options: HalfYearlyOptions = {}): RecurringDeadline {
  return recurrence('half-year', options.monthOfHalf, options, [...RECURRENCE_KEYS, 'monthOfHalf']);
}

/**
 * "hằng quý", "định kỳ hằng quý trước ngày 20 tháng cuối quý": four times a year.
 *
 * @example
 * quarterly({ monthOfQuarter: 3, day: 20, text: 'hằng quý, trước ngày 20 tháng cuối quý' }); // 20/3, 20/6, 20/9, 20/12
 */
export function quarterly(options: QuarterlyOptions = {}): RecurringDeadline {
  return recurrence('quarter', options.monthOfQuarter, options, [...RECURRENCE_KEYS, 'monthOfQuarter']);
}

/**
 * "hằng tháng, trước ngày 25": every month.
 *
 * @example
 * monthly({ day: 25, text: 'hằng tháng, trước ngày 25' });
 * monthly({ day: 'last' }); // the last day of each month
 */
export function monthly(options: RecurrenceOptions = {}): RecurringDeadline {
  return recurrence('month', undefined, options, RECURRENCE_KEYS);
}

// ---- milestones without a fixed date ---------------------------------------------------------

function milestone(kind: MilestoneDeadline['milestone'], options: TermOptions | undefined): MilestoneDeadline {
  const deadline: MilestoneDeadline = { kind: 'milestone', milestone: kind };
  if (options?.of !== undefined) deadline.of = options.of;
  if (options?.year !== undefined) deadline.year = options.year;
  return finish(deadline, options, TERM_KEYS);
}

/** Options of a term milestone ("đầu kỳ", "giữa kỳ", "cuối kỳ"). */
export interface TermOptions extends DeadlineTextOption {
  /**
   * The term, when the text says which: `'plan'` for the plan's period, or the key of a phase
   * ("giữa kỳ giai đoạn 2021-2025"). The milestone is then owed within that term, and `endTerm`
   * falls on its last day. Leave out when the text does not say: the milestone stays undated.
   */
  of?: string;
  /** The year the text gives it, "giữa kỳ (năm 2030)": it then falls at that year's end. */
  year?: number;
}

const TERM_KEYS = ['text', 'of', 'year'] as const;

/**
 * "đầu kỳ": at the start of the term (a baseline report, a kick-off).
 *
 * @example
 * startTerm({ text: 'đầu kỳ' });
 */
export function startTerm(options?: TermOptions): MilestoneDeadline {
  return milestone('start-term', options);
}

/**
 * "giữa kỳ": at mid-term (a mid-term review, "sơ kết").
 *
 * @example
 * midTerm({ text: 'giữa kỳ' });
 * midTerm({ of: 'gd1', text: 'sơ kết giữa kỳ giai đoạn 2021-2025' }); // owed within phase gd1, undated
 * midTerm({ year: 2030, text: 'Báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030)' }); // 31/12/2030
 */
export function midTerm(options?: TermOptions): MilestoneDeadline {
  return milestone('mid-term', options);
}

/**
 * "cuối kỳ": at the end of the term (a final review, "tổng kết").
 *
 * @example
 * endTerm({ text: 'cuối kỳ theo yêu cầu' }); // which term is not said: undated
 * endTerm({ of: 'gd1', text: 'tổng kết giai đoạn 2021-2025' }); // the last day of phase gd1
 */
export function endTerm(options?: TermOptions): MilestoneDeadline {
  return milestone('end-term', options);
}

/**
 * "đột xuất", "theo yêu cầu", "khi có yêu cầu": whenever asked. Never given a date.
 *
 * @example
 * onRequest({ text: 'đột xuất' });
 */
export function onRequest(options?: DeadlineTextOption): MilestoneDeadline {
  return finish({ kind: 'milestone', milestone: 'on-request' }, options, TEXT_KEYS);
}

/**
 * A milestone of another kind, named only by its wording: "khi kết thúc mùa mưa bão".
 * Prefer {@link when} for an event that triggers a duty.
 *
 * @example
 * otherMilestone({ text: 'sau khi có kết quả điều tra' });
 */
export function otherMilestone(options: { text: string }): MilestoneDeadline {
  return finish({ kind: 'milestone', milestone: 'other' }, options, TEXT_KEYS);
}

// ---- set elsewhere ---------------------------------------------------------------------------

/** Options of {@link byReference}. */
export interface ByReferenceOptions extends DeadlineTextOption {
  /** The id of the legal reference (`legal[].id`) that sets the deadline, when the text names it. */
  source?: string;
}

/**
 * "đúng thời hạn quy định", "theo thời hạn tại Thông tư số 01/2021/TT-BKHĐT": a deadline another
 * document sets. It is owed, and never given a date here.
 *
 * @example
 * byReference({ text: 'đúng thời hạn quy định' });
 * byReference({ source: 'tt01', text: 'theo thời hạn quy định tại Thông tư số 01/2021/TT-BKHĐT' });
 */
export function byReference(options: ByReferenceOptions = {}): ReferenceDeadline {
  const deadline: ReferenceDeadline = { kind: 'by-reference' };
  if (options.source !== undefined) deadline.source = options.source;
  return finish(deadline, options, ['text', 'source']);
}

/**
 * The deadlines of another reporting rule of the same plan, named by its id: a report whose day
 * is set in the reporting section ("báo cáo theo quy định tại mục V"). `obligations()` dates it
 * by that rule; a rule that does not exist is a coded `plan/unknown-rule` problem.
 *
 * @example
 * sameAs('V.9/r1', { text: 'theo thời hạn tại mục V' });
 */
export function sameAs(rule: string, options?: DeadlineTextOption): SameAsDeadline {
  return finish({ kind: 'same-as', rule }, options, TEXT_KEYS);
}

// ---- triggered by an event -------------------------------------------------------------------

/**
 * A duty triggered by an event, with no date at all: "khi xảy ra thiên tai".
 * No date is ever invented for it.
 *
 * @example
 * when('khi xảy ra thiên tai');
 */
export function when(event: string, options?: DeadlineTextOption): EventDeadline {
  return finish({ kind: 'event', event }, options, TEXT_KEYS);
}
