import {
  computeDue,
  deadlineDates,
  indexUnits,
  obligations,
  vietnamCalendar,
  type Assignment,
  type DeadlineReading,
  type Duty,
  type Obligations,
  type DayInfo,
  type Deadline,
  type Due,
  type Group,
  type IsoDate,
  type Plan,
  type PlanNode,
  type ReportingRule,
  type Task,
  type Unit,
  type UnitIndex,
  type WorkingDayCalendar,
} from '@kehoach/core';

type Path = (string | number)[];

/** A node of the body with its path, parent and the nearest task at or above it. */
export interface NodeEntry {
  node: PlanNode;
  path: Path;
  parent: NodeEntry | undefined;
  /** The node itself when it is a task, else the nearest task above it. */
  task: Task | undefined;
}

/** A reporting rule with where it is and who reports. */
export interface ReportEntry {
  rule: ReportingRule;
  path: Path;
  entry: NodeEntry;
  /** `rule.from`, or the lead of the task carrying the rule; absent on an item outside any task. */
  reporter: Assignment | undefined;
  /** Path of the reporter assignment, when it is written on the rule or the task. */
  reporterPath: Path | undefined;
}

/** A deadline with where it is and what it belongs to. */
export interface DeadlineEntry {
  deadline: Deadline;
  path: Path;
  entry: NodeEntry;
  /** The reporting rule the deadline belongs to, if any. */
  report: ReportEntry | undefined;
}

/** An assignment of a task or reporting rule, with its role and path. */
export interface AssignmentEntry {
  assignment: Assignment;
  role: 'lead' | 'owner' | 'partner' | 'reporter';
  path: Path;
  entry: NodeEntry;
}

let defaultCalendar: WorkingDayCalendar | undefined;

/**
 * Calendars and the dates of frozen deadlines are deterministic, so what they say is cached
 * across runs: validating many plans on one calendar computes each day once.
 */
const dayCache = new WeakMap<WorkingDayCalendar, Map<string, DayInfo>>();
const dueCache = new WeakMap<WorkingDayCalendar, Map<string, Due>>();
const frozenDates = new WeakMap<Deadline, { plan: string; dates: readonly IsoDate[] | undefined }>();
const CACHE_LIMIT = 100_000;

function cacheFor<V>(caches: WeakMap<WorkingDayCalendar, Map<string, V>>, calendar: WorkingDayCalendar): Map<string, V> {
  let cache = caches.get(calendar);
  if (cache === undefined) caches.set(calendar, (cache = new Map()));
  else if (cache.size > CACHE_LIMIT) cache.clear();
  return cache;
}

/** Options of a validation run that rules can see. */
export interface ContextOptions {
  calendar?: WorkingDayCalendar | undefined;
  reading?: DeadlineReading | undefined;
}

/**
 * Indexes of one plan, computed once per validation run and shared by every rule.
 * Everything is computed lazily, so a run with few rules pays for what it uses.
 *
 * @example
 * check(plan, ctx, options, report) {
 *   for (const { deadline, path, entry } of ctx.deadlines) {
 *     for (const date of ctx.datesOf(deadline) ?? []) {
 *       if (!ctx.day(date).working) report({ messageId: 'dayOff', data: { date }, path, nodeId: entry.node.id });
 *     }
 *   }
 * }
 */
export class RuleContext {
  readonly plan: Plan;
  readonly calendar: WorkingDayCalendar;
  /** How due dates are read: `safe` (the plan's own reading, else the default) or `legal`. */
  readonly reading: DeadlineReading;
  readonly units: ReadonlyMap<string, Unit>;
  readonly groups: ReadonlyMap<string, Group>;

  #unitIndex: UnitIndex | undefined;
  #nodes: NodeEntry[] | undefined;
  #nodeIdByPath: Map<string, string> | undefined;
  #reports: ReportEntry[] | undefined;
  #deadlines: DeadlineEntry[] | undefined;
  #assignments: AssignmentEntry[] | undefined;
  #leaves = new Map<string, readonly string[]>();
  #dates = new WeakMap<Deadline, readonly IsoDate[] | undefined>();
  #days: Map<string, DayInfo>;
  #dues: Map<string, Due>;
  #datesKey: string;
  #dutyUnits: Set<string> | undefined;
  #obligations: Obligations | undefined;
  #reorganisation: Obligations | undefined;
  #sourcePaths: Map<string, Path> | undefined;

  constructor(plan: Plan, options: ContextOptions = {}) {
    this.plan = plan;
    this.calendar = options.calendar ?? (defaultCalendar ??= vietnamCalendar());
    this.reading = options.reading ?? plan.reading ?? 'safe';
    const units = new Map<string, Unit>();
    for (const unit of plan.units) if (!units.has(unit.key)) units.set(unit.key, unit);
    const groups = new Map<string, Group>();
    for (const group of plan.groups) if (!groups.has(group.key)) groups.set(group.key, group);
    this.units = units;
    this.groups = groups;
    this.#days = cacheFor(dayCache, this.calendar);
    this.#dues = cacheFor(dueCache, this.calendar);
    this.#datesKey = `${plan.issuedOn}|${plan.period?.from}|${plan.period?.to}`;
  }

  /** Whether `key` is a declared unit or group. */
  isDeclared(key: string): boolean {
    return this.units.has(key) || this.groups.has(key);
  }

  /** A unit's or group's name as the document writes it (short name first), or the key. */
  nameOf(key: string): string {
    const u = this.units.get(key) ?? this.groups.get(key);
    return u === undefined ? key : (u.short ?? u.name);
  }

  get unitIndex(): UnitIndex {
    return (this.#unitIndex ??= indexUnits(this.plan));
  }

  /** Leaf units of a key: the unit itself, or a group's members through nested groups. */
  leaves(key: string): readonly string[] {
    let leaves = this.#leaves.get(key);
    if (leaves === undefined) {
      leaves = this.groups.has(key) ? this.unitIndex.leafMembers(key) : [key];
      this.#leaves.set(key, leaves);
    }
    return leaves;
  }

  /** Who acts on an assignment: each leaf for "each", the group itself for "together". */
  actors(assignment: Assignment): readonly string[] {
    const group = this.groups.get(assignment.unit);
    if (group === undefined) return this.leaves(assignment.unit);
    const mode = assignment.mode ?? group.mode;
    return mode === 'together' ? [assignment.unit] : this.leaves(assignment.unit);
  }

  /** Every node of the body in document order. */
  get nodes(): readonly NodeEntry[] {
    if (this.#nodes === undefined) {
      const out: NodeEntry[] = [];
      const visit = (nodes: readonly PlanNode[], base: Path, parent: NodeEntry | undefined): void => {
        for (let i = 0; i < nodes.length; i++) {
          const node = nodes[i]!;
          const path = [...base, i];
          const entry: NodeEntry = { node, path, parent, task: node.type === 'task' ? node : parent?.task };
          out.push(entry);
          if (node.children !== undefined && node.children.length > 0) visit(node.children, [...path, 'children'], entry);
        }
      };
      visit(this.plan.body, ['body'], undefined);
      this.#nodes = out;
    }
    return this.#nodes;
  }

  /** The id of the innermost node containing `path`, if any. */
  nodeIdAt(path: readonly (string | number)[]): string | undefined {
    if (path[0] !== 'body') return undefined;
    if (this.#nodeIdByPath === undefined) {
      this.#nodeIdByPath = new Map();
      for (const { node, path: p } of this.nodes) this.#nodeIdByPath.set(p.join('\u0000'), node.id);
    }
    let key = path.join('\u0000');
    for (;;) {
      const id = this.#nodeIdByPath.get(key);
      if (id !== undefined) return id;
      const cut = key.lastIndexOf('\u0000');
      if (cut < 0) return undefined;
      key = key.slice(0, cut);
    }
  }

  /** Every reporting rule, in document order. */
  get reports(): readonly ReportEntry[] {
    if (this.#reports === undefined) {
      const out: ReportEntry[] = [];
      for (const entry of this.nodes) {
        const { node } = entry;
        if (node.type === 'section' || node.reports === undefined) continue;
        node.reports.forEach((rule, i) => {
          const path = [...entry.path, 'reports', i];
          let reporter: Assignment | undefined = rule.from;
          let reporterPath: Path | undefined = rule.from === undefined ? undefined : [...path, 'from'];
          if (reporter === undefined && node.type === 'task') {
            reporter = node.lead;
            reporterPath = [...entry.path, 'lead'];
          } else if (reporter === undefined && node.type === 'item' && node.owners?.[0] !== undefined) {
            reporter = node.owners[0];
            reporterPath = [...entry.path, 'owners', 0];
          }
          out.push({ rule, path, entry, reporter, reporterPath });
        });
      }
      this.#reports = out;
    }
    return this.#reports;
  }

  /** Every deadline of nodes and reporting rules, in document order. */
  get deadlines(): readonly DeadlineEntry[] {
    if (this.#deadlines === undefined) {
      const out: DeadlineEntry[] = [];
      const reportsByNode = new Map<PlanNode, ReportEntry[]>();
      for (const r of this.reports) {
        const list = reportsByNode.get(r.entry.node);
        if (list === undefined) reportsByNode.set(r.entry.node, [r]);
        else list.push(r);
      }
      for (const entry of this.nodes) {
        const { node } = entry;
        if (node.type === 'section') continue;
        const own = node.deadlines;
        if (own !== undefined) {
          for (let i = 0; i < own.length; i++) out.push({ deadline: own[i]!, path: [...entry.path, 'deadlines', i], entry, report: undefined });
        }
        for (const report of reportsByNode.get(node) ?? []) {
          const list = report.rule.deadlines;
          for (let i = 0; i < list.length; i++) out.push({ deadline: list[i]!, path: [...report.path, 'deadlines', i], entry, report });
        }
      }
      this.#deadlines = out;
    }
    return this.#deadlines;
  }

  /** Every lead, owner, partner and reporter assignment, in document order. */
  get assignments(): readonly AssignmentEntry[] {
    if (this.#assignments === undefined) {
      const out: AssignmentEntry[] = [];
      for (const entry of this.nodes) {
        const { node } = entry;
        if (node.type === 'item') {
          node.owners?.forEach((owner, i) => out.push({ assignment: owner, role: 'owner', path: [...entry.path, 'owners', i], entry }));
        }
        if (node.type !== 'task') continue;
        out.push({ assignment: node.lead, role: 'lead', path: [...entry.path, 'lead'], entry });
        node.partners.forEach((partner, i) => out.push({ assignment: partner, role: 'partner', path: [...entry.path, 'partners', i], entry }));
      }
      for (const report of this.reports) {
        if (report.rule.from !== undefined) {
          out.push({ assignment: report.rule.from, role: 'reporter', path: [...report.path, 'from'], entry: report.entry });
        }
      }
      this.#assignments = out;
    }
    return this.#assignments;
  }

  /** Units and together-groups that have at least one duty: lead, partner or reporter. */
  get dutyUnits(): ReadonlySet<string> {
    if (this.#dutyUnits === undefined) {
      const seen = new Set<string>();
      const out = new Set<string>();
      const add = (a: Assignment | undefined): void => {
        if (a === undefined || a === null || typeof a.unit !== 'string') return;
        const key = a.mode === undefined ? a.unit : `${a.unit}\u0000${a.mode}`;
        if (seen.has(key)) return;
        seen.add(key);
        for (const actor of this.actors(a)) out.add(actor);
      };
      for (const { node } of this.nodes) {
        if (node.type === 'item') for (const owner of node.owners ?? []) add(owner);
        if (node.type !== 'task') continue;
        add(node.lead);
        for (const partner of node.partners) add(partner);
      }
      for (const r of this.reports) add(r.reporter);
      this.#dutyUnits = out;
    }
    return this.#dutyUnits;
  }

  /** Stated dates of a deadline within the plan, or `undefined` when it has none (milestones, events). */
  datesOf(deadline: Deadline): readonly IsoDate[] | undefined {
    if (deadline.kind === 'date') return [deadline.date];
    if (deadline.kind === 'milestone' || deadline.kind === 'event') return undefined;
    if (this.#dates.has(deadline)) return this.#dates.get(deadline);
    const frozen = Object.isFrozen(deadline);
    const cached = frozen ? frozenDates.get(deadline) : undefined;
    if (cached !== undefined && cached.plan === this.#datesKey) return cached.dates;
    const timing = deadlineDates(this.plan, deadline);
    const dates = timing.kind === 'dated' ? timing.dates : undefined;
    this.#dates.set(deadline, dates);
    if (frozen) frozenDates.set(deadline, { plan: this.#datesKey, dates });
    return dates;
  }

  /** What the calendar says about a day, cached. */
  day(date: IsoDate): DayInfo {
    let info = this.#days.get(date);
    if (info === undefined) {
      info = this.calendar.describe(date);
      this.#days.set(date, info);
    }
    return info;
  }

  /**
   * The plan's duties over its whole period, under this run's reading and calendar, and the
   * deadline occurrences nobody owes: what `obligations()` gives, computed once per run.
   */
  get obligations(): Obligations {
    return (this.#obligations ??= obligations(this.plan, { calendar: this.calendar, reading: this.reading }));
  }

  /**
   * Like `obligations`, but listing only the duties a reorganisation touched (taken over by a
   * successor, or with a changed addressee, synthesizing unit or copy) beside every unowned
   * occurrence. Rules about the registry need no more, and it costs a fraction of the full list.
   */
  get reorganisation(): Obligations {
    return (this.#reorganisation ??= this.#obligations ?? obligations(this.plan, { calendar: this.calendar, reading: this.reading, keep: 'reorganised' }));
  }

  /** The path of the deadline a duty or unowned entry comes from. */
  deadlinePath(source: Duty['source']): Path | undefined {
    if (this.#sourcePaths === undefined) {
      this.#sourcePaths = new Map();
      for (const { deadline: _, path, entry, report } of this.deadlines) {
        const index = path.at(-1) as number;
        this.#sourcePaths.set(`${report?.rule.id ?? entry.node.id}#${index}`, path);
      }
    }
    return this.#sourcePaths.get(`${source.ruleId ?? source.nodeId}#${source.deadlineIndex}`);
  }

  /** The due date of a stated date, under this run's reading and calendar, cached. */
  due(stated: IsoDate, wording: Due['wording'], reading: DeadlineReading = this.reading): Due {
    const key = `${stated}|${wording}|${reading}`;
    let due = this.#dues.get(key);
    if (due === undefined) {
      due = computeDue(stated, wording, reading, this.calendar);
      this.#dues.set(key, due);
    }
    return due;
  }
}

/** The wording of a deadline, as obligations read it. */
export function wordingOf(deadline: Deadline): Due['wording'] {
  return deadline.kind === 'date' || deadline.kind === 'recurring' ? deadline.wording : 'by';
}
