import { daysInMonth, makeIsoDate, splitIsoDate, type IsoDate } from '../dates.js';
import type { Deadline, EndOfDeadline, Plan, RecurringDeadline } from '../model/schema.js';

/** When a deadline falls, as far as the document says. */
export type DeadlineDates =
  | { kind: 'dated'; dates: IsoDate[] }
  /** A milestone, or a recurrence without a stated day: the duty exists but has no date. */
  | { kind: 'undated' }
  /** Triggered by an event: never given a date. */
  | { kind: 'event'; event: string };

/**
 * The stated dates of a deadline within a plan. Recurring deadlines fall between the later of
 * the period start and the issue date, and the end of the period, unless they say otherwise.
 *
 * @example
 * deadlineDates(plan, yearly({ month: 11, day: 15 })); // { kind: 'dated', dates: ['2022-11-15', ..., '2025-11-15'] }
 */
export function deadlineDates(plan: Plan, deadline: Deadline): DeadlineDates {
  switch (deadline.kind) {
    case 'date':
      return { kind: 'dated', dates: [deadline.date] };
    case 'end-of': {
      const date = endOfDate(plan, deadline);
      return date === undefined ? { kind: 'undated' } : { kind: 'dated', dates: [date] };
    }
    case 'recurring':
      return recurringDates(plan, deadline);
    case 'milestone':
      return { kind: 'undated' };
    case 'event':
      return { kind: 'event', event: deadline.event };
  }
}

const MONTHS_PER: Record<RecurringDeadline['every'], number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/** @internal The last day of the period an "end of" deadline names. */
export function endOfDate(plan: Plan, deadline: EndOfDeadline): IsoDate | undefined {
  if (deadline.period === 'plan') return plan.period.to;
  if (deadline.year === undefined) return undefined;
  const span = MONTHS_PER[deadline.period];
  const index = deadline.period === 'year' ? 1 : deadline.index;
  if (index === undefined || index > 12 / span) return undefined;
  const lastMonth = index * span;
  return makeIsoDate(deadline.year, lastMonth, daysInMonth(deadline.year, lastMonth));
}

function recurringDates(plan: Plan, deadline: RecurringDeadline): DeadlineDates {
  const span = MONTHS_PER[deadline.every];
  if (deadline.day === undefined || (span > 1 && deadline.month === undefined)) return { kind: 'undated' };
  const monthInPeriod = deadline.month ?? 1;
  if (monthInPeriod > span) return { kind: 'undated' };
  const from = deadline.from ?? (plan.issuedOn > plan.period.from ? plan.issuedOn : plan.period.from);
  const until = deadline.until ?? plan.period.to;
  const [fromYear] = splitIsoDate(from);
  const [untilYear] = splitIsoDate(until);
  const dates: IsoDate[] = [];
  for (let year = fromYear; year <= untilYear; year++) {
    for (let start = 1; start <= 12; start += span) {
      const month = start + monthInPeriod - 1;
      const last = daysInMonth(year, month);
      const day = deadline.day === 'last' ? last : Math.min(deadline.day, last);
      const date = makeIsoDate(year, month, day);
      if (date >= from && date <= until) dates.push(date);
    }
  }
  return { kind: 'dated', dates };
}
