import { daysInMonth, makeIsoDate, splitIsoDate, type IsoDate } from '../dates.js';
import type { Deadline, EndOfDeadline, MilestoneDeadline, Plan, RecurringDeadline } from '../model/schema.js';
import { walkPlan } from '../model/walk.js';

/** When a deadline falls, as far as the document says. */
export type DeadlineDates =
  | { kind: 'dated'; dates: IsoDate[] }
  /**
   * A milestone, or a recurrence without a stated day: the duty exists but has no date. `within`:
   * the term it is owed in, when the plan names it ("giữa kỳ" of the phase 2021-2025).
   */
  | { kind: 'undated'; within?: { from: IsoDate; to: IsoDate } }
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
      return milestoneDates(plan, deadline);
    case 'event':
      return { kind: 'event', event: deadline.event };
    case 'by-reference':
      // "đúng thời hạn quy định": owed, on a date another document sets.
      return { kind: 'undated' };
    case 'same-as':
      return sameAsDates(plan, deadline.rule);
  }
}

/**
 * The deadlines a same-as deadline stands for: those of the reporting rule it names, followed
 * through further same-as deadlines (a loop or a missing rule gives none; `parsePlan()` refuses both).
 *
 * @example
 * resolveSameAs(plan, 'V.9/r1'); // [yearly({ month: 11, day: 15 })]
 */
export function resolveSameAs(plan: Plan, ruleId: string): Deadline[] {
  const rules = new Map<string, readonly Deadline[]>();
  for (const { node } of walkPlan(plan)) if (node.type !== 'section') for (const rule of node.reports ?? []) rules.set(rule.id, rule.deadlines);
  const out: Deadline[] = [];
  const seen = new Set<string>();
  const pending = [ruleId];
  while (pending.length > 0) {
    const id = pending.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const d of rules.get(id) ?? []) {
      if (d.kind === 'same-as') pending.push(d.rule);
      else out.push(d);
    }
  }
  return out;
}

function sameAsDates(plan: Plan, ruleId: string): DeadlineDates {
  const dates = new Set<IsoDate>();
  for (const d of resolveSameAs(plan, ruleId)) {
    const timing = deadlineDates(plan, d);
    if (timing.kind === 'dated') for (const date of timing.dates) dates.add(date);
  }
  return dates.size === 0 ? { kind: 'undated' } : { kind: 'dated', dates: [...dates].sort() };
}

const MONTHS_PER: Record<RecurringDeadline['every'], number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };

/** The bounds of the plan's period (`plan`) or of one of its phases. */
export function termOf(plan: Plan, key: string): { from: IsoDate; to: IsoDate } | undefined {
  if (key === 'plan') return { from: plan.period.from, to: plan.period.to };
  const phase = plan.phases?.find((p) => p.key === key);
  return phase === undefined ? undefined : { from: phase.from, to: phase.to };
}

/**
 * A milestone is dated only where the text allows: a year given to it ("giữa kỳ (năm 2030)")
 * dates it at that year's end, and the end of a named term ("cuối kỳ" of the phase 2021-2025) at
 * the term's last day. Otherwise it stays undated, within its term when one is named.
 */
function milestoneDates(plan: Plan, deadline: MilestoneDeadline): DeadlineDates {
  if (deadline.year !== undefined) return { kind: 'dated', dates: [makeIsoDate(deadline.year, 12, 31)] };
  const term = deadline.of === undefined ? undefined : termOf(plan, deadline.of);
  if (term !== undefined && deadline.milestone === 'end-term') return { kind: 'dated', dates: [term.to] };
  return term === undefined ? { kind: 'undated' } : { kind: 'undated', within: term };
}

/** @internal The last day of the period an "end of" deadline names. */
export function endOfDate(plan: Plan, deadline: EndOfDeadline): IsoDate | undefined {
  if (deadline.period === 'plan') return plan.period.to;
  if (deadline.period === 'phase') return deadline.phase === undefined ? undefined : termOf(plan, deadline.phase)?.to;
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
  const term = (deadline.phase === undefined ? undefined : termOf(plan, deadline.phase)) ?? plan.period;
  const from = deadline.from ?? (plan.issuedOn > term.from ? plan.issuedOn : term.from);
  const until = deadline.until ?? term.to;
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
