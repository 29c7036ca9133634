import { addDays, splitIsoDate, type IsoDate } from '../dates.js';
import { vietnamCalendar, type WorkingDayCalendar } from '../calendar/index.js';
import type { DeadlineReading, Plan, Target } from '../model/schema.js';
import { walkPlan } from '../model/walk.js';
import type { Due } from '../obligations/due.js';
import { obligations, type Obligations } from '../obligations/obligations.js';
import { occurrenceId } from './occurrences.js';
import type { Exemption, Measurement, Progress, Submission, TaskState, TaskStatus } from './schema.js';
import { WorkingDayCounter } from './working-days.js';

/**
 * Where one dated duty stands on a day:
 * - `on-time`: submitted on or before the date to work to;
 * - `late`: submitted after it (`lateBy` working days);
 * - `overdue`: not submitted, and the date has passed (`overdueBy` working days);
 * - `due-soon`: not submitted, due within the `soon` window (`remaining` working days);
 * - `not-yet-due`: not submitted, due later;
 * - `waived`: excused by a later decision (an exemption, or the task's cancellation).
 */
export type OccurrenceVerdict = 'on-time' | 'late' | 'overdue' | 'due-soon' | 'not-yet-due' | 'waived';

/** Why an occurrence is waived. */
export type WaivedBy = { kind: 'exemption'; exemption: Exemption } | { kind: 'cancelled'; status: TaskStatus };

/** One unit's duty on one occurrence, and where it stands. */
export interface OccurrenceStatus {
  /** The occurrence id (`VI.t1/r1#0@2022-11-15`). */
  occurrence: string;
  /** The duty's id, as `obligations()` gives it. */
  duty: string;
  unit: string;
  what: string;
  due: Due;
  verdict: OccurrenceVerdict;
  /** The earliest submission received on or before the day asked about. */
  submission?: Submission;
  /** For `late`: working days after the date to work to that it came (at least 1). */
  lateBy?: number;
  /** For `overdue`: working days past the date to work to (at least 1). */
  overdueBy?: number;
  /** For `due-soon` and `not-yet-due`: working days left, the day asked about and the due day included. */
  remaining?: number;
  waivedBy?: WaivedBy;
}

/** How many of a unit's occurrences stand where. */
export interface UnitCompliance {
  unit: string;
  total: number;
  onTime: number;
  late: number;
  overdue: number;
  dueSoon: number;
  notYetDue: number;
  waived: number;
}

/** Where a target stands: `achieved`, `on-track`, `off-track`, `no-data` (nothing measured yet) or `not-assessable`. */
export type TargetVerdict = 'achieved' | 'on-track' | 'off-track' | 'no-data' | 'not-assessable';

/** One target (for one scope unit, when measured per unit): baseline → latest → target. */
export interface TargetProgress {
  target: string;
  nodeId: string;
  metric: string;
  unit?: string;
  /** The unit measured for, when measurements name one. */
  scope?: string;
  direction: Target['direction'];
  /**
   * `level`: measurements are the metric's value, from the baseline value to the target's;
   * `change`: the plan gives no baseline value, so measurements are the change since the
   * baseline year; `rate`: a target per year, each measurement the change in its year;
   * `maintain`: the value to hold.
   */
  mode: 'level' | 'change' | 'rate' | 'maintain';
  baseline?: { year?: number; value?: number };
  goal: { value?: number; range?: { min: number; max: number }; by?: number };
  /** Measurements known on the day asked about, oldest first. */
  measurements: Measurement[];
  latest?: Measurement;
  /** Where the straight line from the baseline to the target stands in the latest measurement's year. */
  expected?: number;
  verdict: TargetVerdict;
}

/** Where the task (for one unit, or as a whole) stands on the day asked about. */
export interface TaskProgress {
  task: string;
  unit?: string;
  status: TaskState;
  since: IsoDate;
  evidence?: string;
}

/** Counts of occurrences by verdict. */
export interface VerdictCounts {
  total: number;
  onTime: number;
  late: number;
  overdue: number;
  dueSoon: number;
  notYetDue: number;
  waived: number;
}

/** Where a plan stands on a day. */
export interface PlanStatus {
  asOf: IsoDate;
  reading: DeadlineReading;
  /** Every dated duty a named unit owes, by date to work to, then id. */
  occurrences: OccurrenceStatus[];
  counts: VerdictCounts;
  /** Per unit, in the registry's order. */
  units: UnitCompliance[];
  targets: TargetProgress[];
  tasks: TaskProgress[];
  /** Submissions for duties without a date (milestones, undated recurrences, events): recorded, not judged. */
  unscheduled: Submission[];
  /** Submissions that match no duty of a named unit (see `validateProgress()`); never silently dropped. */
  unmatched: Submission[];
}

/** Options of `status()`. */
export interface StatusOptions {
  /** The day to stand on. Submissions received and measurements known later are not counted. */
  asOf: IsoDate;
  /** `safe` or `legal` (see `obligations()`); the plan's own reading, else `safe`. */
  reading?: DeadlineReading;
  calendar?: WorkingDayCalendar;
  /** Working days ahead within which an occurrence is `due-soon`; 10 by default. */
  soon?: number;
  /** Only the occurrences of this unit (and groups it acts in together), and its tasks. */
  unit?: string;
}

const ZERO: Omit<UnitCompliance, 'unit'> = { total: 0, onTime: 0, late: 0, overdue: 0, dueSoon: 0, notYetDue: 0, waived: 0 };
const COUNT_KEY: Record<OccurrenceVerdict, keyof VerdictCounts> = {
  'on-time': 'onTime',
  late: 'late',
  overdue: 'overdue',
  'due-soon': 'dueSoon',
  'not-yet-due': 'notYetDue',
  waived: 'waived',
};

/**
 * Where a plan stands on a day, from its progress record: each dated duty on time, late (by
 * how many working days), overdue, due soon, not yet due or waived; compliance per unit; each
 * target's baseline → latest → target with a verdict; each task's latest status. Pure: the
 * same plan, record and options give the same answer, so a status as of any past day can be
 * recomputed (later submissions and measurements are left out).
 *
 * - Working days are counted on the plan's calendar (Vietnam's by default).
 * - An on-time submission counts even where an exemption exists; otherwise an exemption
 *   (or a cancellation of the task dated on or before the due date) makes the occurrence `waived`.
 * - Duties of a group's unlisted members ("… và các thành viên khác") cannot be matched to a
 *   submission and are left out; `unowned` occurrences are the validator's.
 *
 * @example
 * const s = status(plan, progress, { asOf: '2022-01-15' });
 * for (const o of s.occurrences) if (o.verdict === 'overdue') console.log(o.unit, o.occurrence, o.overdueBy);
 */
export function status(plan: Plan, progress: Progress, options: StatusOptions): PlanStatus {
  const asOf = options.asOf;
  const reading = options.reading ?? plan.reading ?? 'safe';
  const calendar = options.calendar ?? defaultCalendar();
  const soon = options.soon ?? 10;
  const found = obligations(plan, { calendar, reading });
  const days = new WorkingDayCounter(calendar);
  const wanted = options.unit === undefined ? undefined : unitFilter(plan, options.unit, found);

  // Each duty a named unit owes, by occurrence and unit: what a submission can answer.
  const dated = found.dated;
  const datedKeys: string[] = new Array(dated.length);
  const owed = new Map<string, boolean>();
  for (let i = 0; i < dated.length; i++) {
    const duty = dated[i]!;
    if (duty.others) continue;
    const key = `${occurrenceId(duty)}\u0000${duty.unit}`;
    datedKeys[i] = key;
    owed.set(key, true);
  }
  for (const duty of [...found.undated, ...found.triggered]) if (!duty.others) owed.set(`${occurrenceId(duty)}\u0000${duty.unit}`, false);

  const taskOf = taskAncestors(plan);
  const submissions = new Map<string, Submission>();
  const unscheduled: Submission[] = [];
  const unmatched: Submission[] = [];
  for (const submission of progress.submissions) {
    if (submission.received > asOf) continue;
    if (wanted !== undefined && !wanted.has(submission.unit)) continue;
    const key = `${submission.occurrence}\u0000${submission.unit}`;
    const isDated = owed.get(key);
    if (isDated === undefined) unmatched.push(submission);
    else if (!isDated) unscheduled.push(submission);
    else {
      const earlier = submissions.get(key);
      if (earlier === undefined || submission.received < earlier.received) submissions.set(key, submission);
    }
  }
  const exemptions = new Map<string, Exemption[]>();
  for (const exemption of progress.exemptions) {
    if (exemption.decision.date !== undefined && exemption.decision.date > asOf) continue;
    const list = exemptions.get(exemption.occurrence) ?? [];
    list.push(exemption);
    exemptions.set(exemption.occurrence, list);
  }
  const cancellations = new Map<string, TaskStatus[]>();
  for (const s of progress.statuses) {
    if (s.status !== 'cancelled' || s.date > asOf) continue;
    const list = cancellations.get(s.task) ?? [];
    list.push(s);
    cancellations.set(s.task, list);
  }

  const occurrences: OccurrenceStatus[] = [];
  const counts: VerdictCounts = { ...ZERO };
  const perUnit = new Map<string, UnitCompliance>();
  const dayBefore = addDays(asOf, -1);
  for (let i = 0; i < dated.length; i++) {
    const duty = dated[i]!;
    if (duty.others || duty.due === undefined) continue;
    if (wanted !== undefined && !wanted.has(duty.unit)) continue;
    const key = datedKeys[i]!;
    const occurrence = key.slice(0, key.length - duty.unit.length - 1);
    const due = duty.due;
    const submission = submissions.get(key);
    const result: OccurrenceStatus = { occurrence, duty: duty.id, unit: duty.unit, what: duty.what, due, verdict: 'on-time' };
    const waivedBy =
      exemptions.size === 0 && cancellations.size === 0 ? undefined : waiverOf(exemptions.get(occurrence), cancellations.get(taskOf().get(duty.source.nodeId) ?? ''), duty.unit, due);
    if (submission !== undefined && submission.received <= due.effective) result.submission = submission;
    else if (waivedBy !== undefined) {
      result.verdict = 'waived';
      result.waivedBy = waivedBy;
      if (submission) result.submission = submission;
    } else if (submission !== undefined) {
      result.verdict = 'late';
      result.submission = submission;
      result.lateBy = Math.max(1, days.between(due.effective, submission.received));
    } else if (due.effective < asOf) {
      result.verdict = 'overdue';
      result.overdueBy = Math.max(1, days.between(due.effective, asOf));
    } else {
      const remaining = days.between(dayBefore, due.effective);
      result.verdict = remaining <= soon ? 'due-soon' : 'not-yet-due';
      result.remaining = remaining;
    }
    occurrences.push(result);
    const countKey = COUNT_KEY[result.verdict];
    counts.total++;
    counts[countKey]++;
    let unit = perUnit.get(duty.unit);
    if (unit === undefined) perUnit.set(duty.unit, (unit = { unit: duty.unit, ...ZERO }));
    unit.total++;
    unit[countKey]++;
  }

  const order = new Map<string, number>();
  [...plan.units.map((u) => u.key), ...plan.groups.map((g) => g.key)].forEach((key, i) => order.set(key, i));
  const units = [...perUnit.values()].sort((a, b) => (order.get(a.unit) ?? 1e9) - (order.get(b.unit) ?? 1e9) || cmp(a.unit, b.unit));

  return {
    asOf,
    reading,
    occurrences,
    counts,
    units,
    targets: targetProgress(plan, progress, asOf, wanted),
    tasks: taskProgress(progress, asOf, wanted),
    unscheduled,
    unmatched,
  };
}

function waiverOf(exemptions: Exemption[] | undefined, cancelled: TaskStatus[] | undefined, unit: string, due: Due): WaivedBy | undefined {
  for (const exemption of exemptions ?? []) {
    if (exemption.unit === undefined || exemption.unit === unit) return { kind: 'exemption', exemption };
  }
  for (const s of cancelled ?? []) {
    if ((s.unit === undefined || s.unit === unit) && s.date <= due.effective) return { kind: 'cancelled', status: s };
  }
  return undefined;
}

/** The task each node is (or is under), by node id; computed on first use. */
function taskAncestors(plan: Plan): () => Map<string, string> {
  let out: Map<string, string> | undefined;
  return () => (out ??= tasksByNode(plan));
}

function tasksByNode(plan: Plan): Map<string, string> {
  const out = new Map<string, string>();
  for (const { node, ancestors } of walkPlan(plan)) {
    if (node.type === 'task') {
      out.set(node.id, node.id);
      continue;
    }
    for (let i = ancestors.length - 1; i >= 0; i--) {
      const a = ancestors[i]!;
      if (a.type === 'task') {
        out.set(node.id, a.id);
        break;
      }
    }
  }
  return out;
}

/** The units whose duties concern `unit`: itself and the groups it acts in together (as `obligations({ unit })`). */
function unitFilter(plan: Plan, unit: string, found: Obligations): Set<string> {
  const wanted = new Set([unit]);
  const groups = new Map(plan.groups.map((g) => [g.key, g]));
  const contains = (group: string, seen: Set<string>): boolean => {
    const g = groups.get(group);
    if (g === undefined || seen.has(group)) return false;
    seen.add(group);
    return (g.members ?? []).some((m) => m === unit || contains(m, seen));
  };
  const checked = new Set<string>();
  for (const duty of [...found.dated, ...found.undated, ...found.triggered]) {
    if (checked.has(duty.unit)) continue;
    checked.add(duty.unit);
    if (groups.has(duty.unit) && contains(duty.unit, new Set())) wanted.add(duty.unit);
  }
  return wanted;
}

function taskProgress(progress: Progress, asOf: IsoDate, wanted: Set<string> | undefined): TaskProgress[] {
  const latest = new Map<string, TaskStatus>();
  for (const s of progress.statuses) {
    if (s.date > asOf) continue;
    if (wanted !== undefined && (s.unit === undefined || !wanted.has(s.unit))) continue;
    const key = `${s.task}\u0000${s.unit ?? ''}`;
    const previous = latest.get(key);
    if (previous === undefined || s.date >= previous.date) latest.set(key, s);
  }
  return [...latest.values()]
    .map((s) => ({ task: s.task, ...(s.unit === undefined ? {} : { unit: s.unit }), status: s.status, since: s.date, ...(s.evidence === undefined ? {} : { evidence: s.evidence }) }))
    .sort((a, b) => cmp(a.task, b.task) || cmp(a.unit ?? '', b.unit ?? ''));
}

/** The last day a measurement's figure can be known: its publication, else the end of its period. */
function knownFrom(m: Measurement): IsoDate | undefined {
  return m.published ?? m.period?.to ?? (m.year === undefined ? undefined : (`${m.year}-12-31` as IsoDate));
}

function measuredYear(m: Measurement): number | undefined {
  return m.year ?? (m.period === undefined ? undefined : splitIsoDate(m.period.to)[0]);
}

function targetProgress(plan: Plan, progress: Progress, asOf: IsoDate, wanted: Set<string> | undefined): TargetProgress[] {
  const byTarget = new Map<string, Measurement[]>();
  for (const m of progress.measurements) {
    const known = knownFrom(m);
    if (known === undefined || known > asOf) continue;
    const key = `${m.target}\u0000${m.scope ?? ''}`;
    const list = byTarget.get(key) ?? [];
    list.push(m);
    byTarget.set(key, list);
  }
  const [fromYear] = splitIsoDate(plan.period.from);
  const [toYear] = splitIsoDate(plan.period.to);
  const out: TargetProgress[] = [];
  for (const { node } of walkPlan(plan)) {
    if (node.type === 'section') continue;
    for (const target of node.targets ?? []) {
      const scopes = new Set<string>(['']);
      for (const key of byTarget.keys()) if (key.startsWith(`${target.id}\u0000`)) scopes.add(key.slice(target.id.length + 1));
      for (const scope of scopes) {
        if (scope === '' && scopes.size > 1 && (target.scope?.length ?? 0) > 0) continue;
        if (wanted !== undefined && !(scope !== '' ? wanted.has(scope) : (target.scope ?? []).some((k) => wanted.has(k)))) continue;
        const series = (byTarget.get(`${target.id}\u0000${scope}`) ?? [])
          .filter((m) => target.unit === undefined || m.unit === target.unit)
          .sort((a, b) => cmp(knownFrom(a)!, knownFrom(b)!) || (measuredYear(a) ?? 0) - (measuredYear(b) ?? 0));
        out.push(assess(target, node.id, scope === '' ? undefined : scope, series, fromYear, toYear));
      }
    }
  }
  return out;
}

/** The verdict on one series of measurements of a target. */
function assess(target: Target, nodeId: string, scope: string | undefined, series: Measurement[], fromYear: number, toYear: number): TargetProgress {
  const mode: TargetProgress['mode'] =
    target.direction === 'maintain'
      ? 'maintain'
      : target.per === 'year'
        ? 'rate'
        : target.baseline?.value === undefined && target.baseline !== undefined && target.direction !== 'reach'
          ? 'change'
          : 'level';
  const goal = {
    ...(target.value === undefined ? {} : { value: target.value }),
    ...(target.range === undefined ? {} : { range: { ...target.range } }),
    ...(target.by === undefined ? {} : { by: target.by }),
  };
  const latest = series.at(-1);
  const result: TargetProgress = {
    target: target.id,
    nodeId,
    metric: target.metric,
    ...(target.unit === undefined ? {} : { unit: target.unit }),
    ...(scope === undefined ? {} : { scope }),
    direction: target.direction,
    mode,
    ...(target.baseline === undefined ? {} : { baseline: { ...(target.baseline.year === undefined ? {} : { year: target.baseline.year }), ...(target.baseline.value === undefined ? {} : { value: target.baseline.value }) } }),
    goal,
    measurements: series,
    ...(latest === undefined ? {} : { latest }),
    verdict: 'no-data',
  };
  if (latest === undefined) return result;
  const value = latest.value;
  const threshold = target.value ?? target.range?.min;
  if (mode === 'maintain') {
    result.verdict =
      target.range !== undefined
        ? value >= target.range.min && value <= target.range.max ? 'on-track' : 'off-track'
        : target.value !== undefined ? (value === target.value ? 'on-track' : 'off-track') : 'not-assessable';
    return result;
  }
  if (threshold === undefined) {
    result.verdict = 'not-assessable';
    return result;
  }
  if (mode === 'rate') {
    result.expected = threshold;
    result.verdict = value >= threshold ? 'on-track' : 'off-track';
    return result;
  }
  const endYear = target.by ?? toYear;
  let start: { year: number; value: number } | undefined;
  if (mode === 'change') start = { year: target.baseline?.year ?? fromYear, value: 0 };
  else if (target.baseline?.value !== undefined) start = { year: target.baseline.year ?? fromYear, value: target.baseline.value };
  else if (series.length > 1) start = { year: measuredYear(series[0]!) ?? fromYear, value: series[0]!.value };
  const up = mode === 'change' ? true : start !== undefined && threshold !== start.value ? threshold > start.value : target.direction !== 'decrease';
  const meets = (v: number, goalValue: number) => (up ? v >= goalValue : v <= goalValue);
  if (meets(value, threshold)) {
    result.verdict = 'achieved';
    return result;
  }
  const year = measuredYear(latest);
  if (start === undefined || year === undefined || endYear <= start.year) {
    result.verdict = 'not-assessable';
    return result;
  }
  const share = Math.min(1, Math.max(0, (year - start.year) / (endYear - start.year)));
  const expected = round(start.value + (threshold - start.value) * share);
  result.expected = expected;
  result.verdict = meets(value, expected) ? 'on-track' : 'off-track';
  return result;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let cachedCalendar: WorkingDayCalendar | undefined;
function defaultCalendar(): WorkingDayCalendar {
  return (cachedCalendar ??= vietnamCalendar());
}
