import type { IsoDate } from '../dates.js';
import { vietnamCalendar, type WorkingDayCalendar } from '../calendar/index.js';
import type { Assignment, Deadline, DeadlineWording, Plan, PlanNode, ReportingRule, Task } from '../model/schema.js';
import { walkPlan } from '../model/walk.js';
import { computeDue, type BeforeReading, type Due } from './due.js';
import { deadlineDates } from './occurrences.js';
import { assignees, indexUnits, type UnitIndex } from './units.js';

/** The part a unit plays in a duty. */
export type DutyRole = 'lead' | 'partner' | 'reporter';

/** One thing one unit must do, with when. */
export interface Duty {
  /** Stable across runs and wording edits: source, deadline, role, unit and date. */
  id: string;
  /** The unit that must act (a group key when the group acts together). */
  unit: string;
  /** The group the plan assigned, when `unit` is one of its members. */
  viaGroup?: string;
  role: DutyRole;
  /** What to do: the task text, or what to report. */
  what: string;
  /** Who it is for: the report's addressee, or the issuer for a task. */
  for: string;
  /** The unit that collects and synthesizes reports ("thông qua ... tổng hợp"). */
  via?: string;
  /** Who gets a copy ("đồng gửi"). */
  cc: string[];
  /** Where it comes from: the node, and the reporting rule when there is one. */
  source: { nodeId: string; ruleId?: string; deadlineIndex: number };
  deadline: Deadline;
  /** When it is due; absent for milestones, undated recurrences and event triggers. */
  due?: Due;
  /** The triggering event, for event-triggered duties. */
  trigger?: string;
}

/** Duties of a plan, split by how they are timed. */
export interface Obligations {
  /** Duties with a date, sorted by effective due date. */
  dated: Duty[];
  /** Duties an event triggers ("khi xảy ra thiên tai"); they never get a date. */
  triggered: Duty[];
  /** Duties with a deadline but no date: milestones ("giữa kỳ"), recurrences without a stated day. */
  undated: Duty[];
}

/** Options of `obligations()`. */
export interface ObligationsOptions {
  /** First effective due date to include; the plan's period start by default. */
  from?: IsoDate;
  /** Last effective due date to include; the plan's period end by default. */
  to?: IsoDate;
  /** Only duties of this unit, including those of groups it belongs to that act together. */
  unit?: string;
  /** Working-day calendar; Vietnam's (weekends, public holidays, compensatory days) by default. */
  calendar?: WorkingDayCalendar;
  /** Reading of "trước ngày X"; `no-later-than` by default. */
  reading?: BeforeReading;
}

/**
 * Expands a plan into dated duties per unit, on a working-day calendar.
 *
 * A task's deadlines bind its lead and partners, and so do the deadlines of the items under
 * it; an item's reporting rule without `from` is reported by the lead of the task it is in.
 * Group assignments that mean "each member" give one duty per member. Each duty has its
 * stated due date and its effective one, with the rule that moved it. Event-triggered duties
 * are returned apart and are never given a date.
 *
 * @example
 * const { dated, triggered } = obligations(plan, { from: '2021-11-29', to: '2025-12-31', unit: 'soYTe' });
 * for (const d of dated) console.log(d.due?.effective, d.unit, d.role, d.what);
 */
export function obligations(plan: Plan, options: ObligationsOptions = {}): Obligations {
  const calendar = options.calendar ?? defaultCalendar();
  const reading = options.reading ?? 'no-later-than';
  const from = options.from ?? plan.period.from;
  const to = options.to ?? plan.period.to;
  const index = indexUnits(plan);
  const wanted = options.unit === undefined ? undefined : index.concerns(options.unit);
  const result: Obligations = { dated: [], triggered: [], undated: [] };

  // Many duties share a deadline and a date: compute each once per call.
  const datesOf = new Map<Deadline, ReturnType<typeof deadlineDates>>();
  const dues = new Map<string, Due>();
  const dueOf = (stated: IsoDate, wording: DeadlineWording): Due => {
    const cacheKey = `${stated}|${wording}`;
    let due = dues.get(cacheKey);
    if (due === undefined) dues.set(cacheKey, (due = deepFreezeDue(computeDue(stated, wording, reading, calendar))));
    return due;
  };

  const emit = (base: Omit<Duty, 'id' | 'due' | 'trigger' | 'deadline' | 'source'>, source: Duty['source'], deadline: Deadline) => {
    if (wanted && !wanted(base.unit)) return;
    const key = `${source.ruleId ?? source.nodeId}#${source.deadlineIndex}:${base.role}:${base.unit}`;
    let timing = datesOf.get(deadline);
    if (timing === undefined) datesOf.set(deadline, (timing = deadlineDates(plan, deadline)));
    if (timing.kind === 'event') {
      result.triggered.push({ id: key, ...base, source, deadline, trigger: timing.event });
    } else if (timing.kind === 'undated') {
      result.undated.push({ id: key, ...base, source, deadline });
    } else {
      for (const stated of timing.dates) {
        const wording = deadline.kind === 'date' || deadline.kind === 'recurring' ? deadline.wording : 'by';
        const due = dueOf(stated, wording);
        if (due.effective < from || due.effective > to) continue;
        result.dated.push({ id: `${key}@${stated}`, ...base, source, deadline, due });
      }
    }
  };

  for (const { node, ancestors } of walkPlan(plan)) {
    if (node.type === 'section') continue;
    // A task's deadlines bind its lead and partners; so do the deadlines of the items under
    // it ("+" sub-items), which have no lead of their own.
    const owner = node.type === 'task' ? node : nearestTask(ancestors);
    if (owner !== undefined) {
      (node.deadlines ?? []).forEach((deadline, deadlineIndex) => {
        const source = { nodeId: node.id, deadlineIndex };
        const shared = { what: node.text, for: plan.issuer, cc: [] };
        const leads = assignees(index, owner.lead);
        for (const a of leads) emit({ ...a, role: 'lead', ...shared }, source, deadline);
        // "phối hợp với các sở, ban, ngành" never makes the lead its own partner.
        const leadUnits = new Set(leads.map((a) => a.unit));
        for (const partner of owner.partners) {
          for (const a of assignees(index, partner)) {
            if (a.viaGroup === undefined || !leadUnits.has(a.unit)) emit({ ...a, role: 'partner', ...shared }, source, deadline);
          }
        }
      });
    }
    for (const rule of node.reports ?? []) {
      const reporter = rule.from ?? owner?.lead;
      if (reporter === undefined) continue;
      emitReports(node, rule, reporter, index, emit);
    }
  }

  result.dated.sort(
    (a, b) => cmp(a.due!.effective, b.due!.effective) || cmp(a.due!.stated, b.due!.stated) || cmp(a.id, b.id),
  );
  return result;
}

function emitReports(
  node: PlanNode,
  rule: ReportingRule,
  reporter: Assignment,
  index: UnitIndex,
  emit: (base: Omit<Duty, 'id' | 'due' | 'trigger' | 'deadline' | 'source'>, source: Duty['source'], deadline: Deadline) => void,
): void {
  rule.deadlines.forEach((deadline, deadlineIndex) => {
    const source = { nodeId: node.id, ruleId: rule.id, deadlineIndex };
    for (const a of assignees(index, reporter)) {
      emit(
        { ...a, role: 'reporter', what: rule.what, for: rule.to, ...(rule.via === undefined ? {} : { via: rule.via }), cc: [...rule.cc] },
        source,
        deadline,
      );
    }
  });
}

function nearestTask(ancestors: readonly PlanNode[]): Task | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (node.type === 'task') return node;
  }
  return undefined;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Due dates are shared between the duties of one call, so they are frozen. */
function deepFreezeDue(due: Due): Due {
  if (due.shift) Object.freeze(due.shift.skipped);
  Object.freeze(due.shift);
  return Object.freeze(due);
}

let cachedCalendar: WorkingDayCalendar | undefined;
function defaultCalendar(): WorkingDayCalendar {
  return (cachedCalendar ??= vietnamCalendar());
}
