import { addDays, type IsoDate } from '../dates.js';
import { vietnamCalendar, type WorkingDayCalendar } from '../calendar/index.js';
import type { LocalizedText } from '../model/text.js';
import type {
  Assignment,
  Deadline,
  DeadlineReading,
  DeadlineWording,
  Handover,
  Plan,
  PlanNode,
  ReportingRule,
  Successor,
  Task,
} from '../model/schema.js';
import { taskOf, walkPlan } from '../model/walk.js';
import { computeDue, type Due } from './due.js';
import { deadlineDates, resolveSameAs } from './occurrences.js';
import { unownedMessage } from './messages.js';
import { resolveUnit, type Resolution, type Takeover } from './successors.js';
import { assignmentMode, indexUnits, type UnitIndex } from './units.js';

/**
 * The part a unit plays in a duty: it leads a task ("chủ trì"), owns an item that is not a task
 * (an objective "các sở, ban, ngành … xây dựng kế hoạch"), is a partner ("phối hợp"), or reports.
 */
export type DutyRole = 'lead' | 'owner' | 'partner' | 'reporter';

/** One way a unit was reached by a plan's wording: the role, and the group that named it. */
export interface DutyReach {
  role: DutyRole;
  /** The group the plan named, when the unit was reached as one of its members. */
  group?: string;
}

/** A counterparty of a duty (addressee, synthesizing unit, copy) that had ceased by the date. */
export interface CounterpartChange {
  /** `for`: the addressee; `via`: who collects and synthesizes; `cc`: who gets a copy. */
  role: 'for' | 'via' | 'cc';
  /** The unit the plan names. */
  named: string;
  /** Who stands for it on the date: a successor, or why nobody does. */
  resolution: Exclude<Resolution, { kind: 'self' }>;
}

/** One thing one unit must do, with when. */
export interface Duty {
  /** Stable across runs and wording edits: source, deadline, unit and date. */
  id: string;
  /**
   * The unit that must act: a unit key; a group key when the group acts together, or when
   * `others` is set.
   */
  unit: string;
  /**
   * Set when the duty stands for the members of group `unit` that the plan does not list
   * ("… and the other members of the group"): they owe it too, but nobody can name them.
   */
  others?: true;
  /** The strongest role the unit plays: lead, then owner, partner, reporter. */
  role: DutyRole;
  /** Every role the unit plays in this duty, strongest first. */
  roles: DutyRole[];
  /** Every way the plan's wording reached the unit for this duty, in document order. */
  reachedAs: DutyReach[];
  /** The first group the plan assigned, when `unit` was reached as one of its members. */
  viaGroup?: string;
  /** What to do: the task text, or what to report. */
  what: string;
  /** Who it is for: the report's addressee, or the issuer for a task (after any reorganisation). */
  for: string;
  /** The unit that collects and synthesizes reports ("thông qua ... tổng hợp"), after any reorganisation. */
  via?: string;
  /** Who gets a copy ("đồng gửi"), after any reorganisation. */
  cc: string[];
  /** Where it comes from: the node, and the reporting rule when there is one. */
  source: { nodeId: string; ruleId?: string; deadlineIndex: number };
  deadline: Deadline;
  /** When it is due; absent for milestones, undated recurrences and event triggers. */
  due?: Due;
  /** The triggering event, for event-triggered duties. */
  trigger?: string;
  /**
   * Present when the unit the plan named had ceased by the date: the takeovers that led to
   * `unit`, each with its basis. The named unit is `reassigned[0].from`.
   */
  reassigned?: Takeover[];
  /** Counterparties (addressee, synthesizing unit, copies) that had ceased by the date. */
  counterparts?: CounterpartChange[];
  /**
   * For duties without a date: the part of the requested window in which this duty holds,
   * when a reorganisation within the window changes who owes it. Absent when it holds throughout.
   */
  during?: { from: IsoDate; to: IsoDate };
}

/** Why a deadline occurrence has nobody who owes it. */
export type UnownedCode =
  /** An item's deadline with no task above it and no `owners`. */
  | 'no-owner'
  /** A reporting rule with no `from`, on an item with no task above it and no `owners`. */
  | 'no-reporter'
  /** The assigned group has no members on the date. */
  | 'empty-group'
  /** The named unit had ceased and nobody took over. */
  | 'orphaned'
  /** The named unit had ceased, its functions were split, and nothing chooses the successor. */
  | 'ambiguous-successor'
  /** The named unit was formed only after the date. */
  | 'not-yet-formed';

/** A deadline occurrence that nobody owes, with the reason. Never silently dropped. */
export interface UnownedDeadline {
  /** Stable, as a duty's id. */
  id: string;
  code: UnownedCode;
  /** The reason, for planners. */
  message: LocalizedText;
  /** What was to be done. */
  what: string;
  source: { nodeId: string; ruleId?: string; deadlineIndex: number };
  deadline: Deadline;
  due?: Due;
  trigger?: string;
  during?: { from: IsoDate; to: IsoDate };
  /** The unit the plan named, when the reason is about a unit. */
  unit?: string;
  /** The role it was named in. */
  role?: DutyRole;
  /** The group it was reached through. */
  group?: string;
  /** The unit's last day, for `orphaned` and `ambiguous-successor`. */
  until?: IsoDate;
  /** The unit's first day, for `not-yet-formed`. */
  formed?: IsoDate;
  /** The successors to choose from, for `ambiguous-successor`. */
  candidates?: Successor[];
  /** The takeovers followed before the chain ended, when it ended at a successor. */
  chain?: Takeover[];
}

/** Duties of a plan, split by how they are timed, and the deadlines nobody owes. */
export interface Obligations {
  /** Duties with a date, sorted by the date to work to (`due.effective`). */
  dated: Duty[];
  /** Duties an event triggers ("khi xảy ra thiên tai"); they never get a date. */
  triggered: Duty[];
  /** Duties with a deadline but no date: milestones ("giữa kỳ"), recurrences without a stated day. */
  undated: Duty[];
  /**
   * Every deadline occurrence in the window that nobody owes, each with a coded reason: an
   * item with no owner, a unit that ceased with no successor, a split with no choice made.
   */
  unowned: UnownedDeadline[];
}

/** Options of `obligations()`. */
export interface ObligationsOptions {
  /**
   * First date to work to (`due.effective`) to include. Without `from` and `to`, the plan's
   * period, and every occurrence the plan states within it, even one the calendar moves across
   * the period's edge.
   */
  from?: IsoDate;
  /** Last date to work to to include; the plan's period end by default. */
  to?: IsoDate;
  /** Only what concerns this unit: its duties, those of groups it belongs to that act together, and what it left unowned. */
  unit?: string;
  /** Working-day calendar; Vietnam's (weekends, public holidays, compensatory days) by default. */
  calendar?: WorkingDayCalendar;
  /**
   * Reading of due dates: `safe` (the last working day the duty is surely in time) or `legal`
   * (the latest day the law allows). The plan's own `reading` when absent, else `safe`.
   */
  reading?: DeadlineReading;
  /**
   * Which duties to list. `all` (the default) lists every duty. `reorganised` lists only the
   * duties a reorganisation touched (a successor took the duty over, or the addressee,
   * synthesizing unit or a copy changed) and, as always, every unowned occurrence: what a
   * checker of the registry needs, at a fraction of the time and memory on large plans.
   */
  keep?: 'all' | 'reorganised';
}

/**
 * Expands a plan into duties per unit, on a working-day calendar, and lists every deadline
 * occurrence nobody owes with the reason.
 *
 * - A task's deadlines bind its lead and partners, and so do the deadlines of the items under
 *   it; an item that is not under a task binds its `owners`. A reporting rule without `from`
 *   is reported by the task's lead or the item's owners.
 * - A group assigned "each" gives one duty per member on the date: its listed members and the
 *   units its rule finds that exist then. A group whose members are not all known adds one duty
 *   for "the other members". A unit reached twice gets one duty recording every way it was reached.
 * - A unit that had ceased by the date is replaced by its successor, with the basis; where its
 *   functions were split, the nearest `handovers` choose; otherwise the occurrence is listed in
 *   `unowned` with the candidates. The addressee, synthesizing unit and copies follow the same way.
 * - Each dated duty carries the date to work to under the reading and the legal limit.
 *   Event-triggered duties are never given a date.
 *
 * @example
 * const { dated, unowned } = obligations(plan, { from: '2025-01-01', to: '2025-12-31', unit: 'soNoiVu' });
 * for (const d of dated) console.log(d.due?.effective, d.due?.legal.date, d.unit, d.role, d.what);
 * for (const u of unowned) console.log(u.code, u.message.vi);
 */
export function obligations(plan: Plan, options: ObligationsOptions = {}): Obligations {
  return new Expansion(plan, options).run();
}

/** A reporting rule's counterparties, or a task's addressee. */
interface Counterparts {
  for: string;
  via?: string;
  cc: readonly string[];
}

/** Who the plan's wording binds to a deadline, before dates and reorganisations. */
interface Party {
  assignment: Assignment;
  role: DutyRole;
}

/** A moment at which a deadline falls, or a stretch of the window for duties without a date. */
type Occurrence =
  | { kind: 'dated'; at: IsoDate; stated: IsoDate; due: Due }
  | { kind: 'event'; at: IsoDate; trigger: string; during: { from: IsoDate; to: IsoDate } }
  | { kind: 'undated'; at: IsoDate; during: { from: IsoDate; to: IsoDate } };

const ROLE_ORDER: Record<DutyRole, number> = { lead: 0, owner: 1, partner: 2, reporter: 3 };

class Expansion {
  readonly #plan: Plan;
  readonly #calendar: WorkingDayCalendar;
  readonly #reading: DeadlineReading;
  readonly #from: IsoDate;
  readonly #to: IsoDate;
  /** No window was asked for: the plan's period is. */
  readonly #wholePeriod: boolean;
  readonly #index: UnitIndex;
  readonly #wanted: ((key: string) => boolean) | undefined;
  readonly #wantedKey: string | undefined;
  readonly #result: Obligations = { dated: [], triggered: [], undated: [], unowned: [] };
  readonly #dues = new Map<string, Due>();
  readonly #reorganisedOnly: boolean;
  /** The units a group names on a day, shared by every duty that names the group that day. */
  readonly #named = new Map<string, readonly Named[]>();
  /** Stretches of the window for duties without a date, split where a unit is formed or ceases. */
  readonly #segments: { from: IsoDate; to: IsoDate }[];
  /** The whole window for duties without a date, when there is one. */
  readonly #window: { from: IsoDate; to: IsoDate } | undefined;
  readonly #pending: Duty[] = [];
  readonly #pendingUnowned: UnownedDeadline[] = [];

  constructor(plan: Plan, options: ObligationsOptions) {
    this.#plan = plan;
    this.#calendar = options.calendar ?? defaultCalendar();
    this.#reading = options.reading ?? plan.reading ?? 'safe';
    this.#from = options.from ?? plan.period.from;
    this.#to = options.to ?? plan.period.to;
    this.#wholePeriod = options.from === undefined && options.to === undefined;
    this.#reorganisedOnly = options.keep === 'reorganised';
    this.#index = indexUnits(plan);
    this.#wanted = options.unit === undefined ? undefined : this.#index.concerns(options.unit);
    this.#wantedKey = options.unit;
    this.#segments = this.#undatedSegments();
    this.#window = this.#segments.length === 0 ? undefined : { from: this.#segments[0]!.from, to: this.#segments.at(-1)!.to };
  }

  run(): Obligations {
    for (const { node, ancestors } of walkPlan(this.#plan)) {
      if (node.type === 'section') continue;
      const task = taskOf(node, ancestors);
      const handovers = handoversOf(node, ancestors, this.#plan);
      const bound = partiesOf(node, task);
      const addressee: Counterparts = { for: this.#plan.issuer, cc: [] };
      (node.deadlines ?? []).forEach((deadline, deadlineIndex) => {
        const source = { nodeId: node.id, deadlineIndex };
        this.#expand({ source, deadline, what: node.text, parties: bound, counterparts: addressee, handovers, missing: 'no-owner' });
      });
      for (const rule of node.reports ?? []) {
        const reporters: Party[] =
          rule.from !== undefined
            ? [{ assignment: rule.from, role: 'reporter' }]
            : (task?.lead === undefined ? ownersOf(node) : [task.lead]).map((assignment) => ({ assignment, role: 'reporter' as const }));
        const ruleHandovers = [...(rule.handovers ?? []), ...handovers];
        rule.deadlines.forEach((deadline, deadlineIndex) => {
          const source = { nodeId: node.id, ruleId: rule.id, deadlineIndex };
          this.#expand({ source, deadline, what: rule.what, parties: reporters, counterparts: counterpartsOf(rule), handovers: ruleHandovers, missing: 'no-reporter' });
        });
      }
    }
    const byDate = (a: { due?: Due; id: string }, b: { due?: Due; id: string }) =>
      cmp(a.due?.effective ?? '', b.due?.effective ?? '') || cmp(a.due?.stated ?? '', b.due?.stated ?? '') || cmp(a.id, b.id);
    this.#result.dated.sort(byDate);
    this.#result.unowned.sort(byDate);
    return this.#result;
  }

  #expand(input: {
    source: Duty['source'];
    deadline: Deadline;
    what: string;
    parties: readonly Party[];
    counterparts: Counterparts;
    handovers: readonly Handover[];
    missing: 'no-owner' | 'no-reporter';
  }): void {
    for (const occurrence of this.#occurrences(input.deadline)) {
      const baseId = `${input.source.ruleId ?? input.source.nodeId}#${input.source.deadlineIndex}`;
      // Undated duties get their stretch of the window (and an id suffix) only once merged, in #settle.
      const suffix = occurrence.kind === 'dated' ? `@${occurrence.stated}` : '';
      const timing = {
        source: input.source,
        deadline: input.deadline,
        ...(occurrence.kind === 'dated' ? { due: occurrence.due } : {}),
        ...(occurrence.kind === 'event' ? { trigger: occurrence.trigger } : {}),
        ...(occurrence.kind === 'dated' ? {} : { during: occurrence.during }),
      };
      if (input.parties.length === 0) {
        this.#unowned({ id: `${baseId}${suffix}`, code: input.missing, what: input.what, ...timing });
        continue;
      }
      const counterparts = this.#counterpartsOn(input.counterparts, occurrence.at, input.handovers);
      const duties = new Map<string, Duty>();
      const add = (unit: string, reach: DutyReach, others: boolean, reassigned: Takeover[] | undefined) => {
        const key = others ? `${unit}*` : unit;
        const existing = duties.get(key);
        if (existing === undefined) {
          if (this.#reorganisedOnly && reassigned === undefined && counterparts.changes.length === 0) return;
          // Built field by field, in the documented key order: tens of thousands of duties, no temporary objects.
          const duty = { id: `${baseId}:${key}${suffix}`, unit } as Duty;
          if (others) duty.others = true;
          duty.role = reach.role;
          duty.roles = [reach.role];
          duty.reachedAs = [reach];
          if (reach.group !== undefined) duty.viaGroup = reach.group;
          duty.what = input.what;
          duty.for = counterparts.for;
          if (counterparts.via !== undefined) duty.via = counterparts.via;
          duty.cc = counterparts.cc.slice();
          duty.source = input.source;
          duty.deadline = input.deadline;
          if (occurrence.kind === 'dated') duty.due = occurrence.due;
          if (occurrence.kind === 'event') duty.trigger = occurrence.trigger;
          if (occurrence.kind !== 'dated') duty.during = occurrence.during;
          if (reassigned !== undefined) duty.reassigned = reassigned;
          if (counterparts.changes.length > 0) duty.counterparts = counterparts.changes;
          duties.set(key, duty);
          return;
        }
        // Two ceased units merged into one (Sở TN&MT and Sở NN&PTNT into Sở NN&MT): the duty records both.
        if (reassigned !== undefined) {
          const known = new Set((existing.reassigned ?? []).map((t) => `${t.from}>${t.to}`));
          const fresh = reassigned.filter((t) => !known.has(`${t.from}>${t.to}`));
          if (fresh.length > 0) existing.reassigned = [...(existing.reassigned ?? []), ...fresh];
        }
        // "phối hợp với các sở, ban, ngành" never makes the lead its own partner.
        if (reach.role === 'partner' && reach.group !== undefined && existing.roles.some((r) => r === 'lead' || r === 'owner')) return;
        if (existing.reachedAs.some((r) => r.role === reach.role && r.group === reach.group)) return;
        existing.reachedAs.push(reach);
        if (!existing.roles.includes(reach.role)) {
          existing.roles.push(reach.role);
          existing.roles.sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);
          existing.role = existing.roles[0]!;
        }
        if (existing.viaGroup === undefined && reach.group !== undefined) existing.viaGroup = reach.group;
      };
      const unownedSeen = new Set<string>();
      for (const party of input.parties) {
        for (const named of this.#namedOn(party.assignment, occurrence.at)) {
          const reach: DutyReach = named.group === undefined ? { role: party.role } : { role: party.role, group: named.group };
          if (named.others) {
            add(named.unit, reach, true, undefined);
            continue;
          }
          if (named.empty) {
            this.#unowned({ id: `${baseId}:${named.unit}${suffix}`, code: 'empty-group', what: input.what, unit: named.unit, role: party.role, ...timing });
            continue;
          }
          const resolution = resolveUnit(this.#index, named.unit, occurrence.at, input.handovers);
          if (resolution.kind === 'self') add(named.unit, reach, false, undefined);
          else if (resolution.kind === 'moved') add(resolution.unit, reach, false, resolution.chain);
          else if (!unownedSeen.has(named.unit)) {
            unownedSeen.add(named.unit);
            this.#unowned({
              id: `${baseId}:${named.unit}${suffix}`,
              code: resolution.kind === 'ambiguous' ? 'ambiguous-successor' : resolution.kind,
              what: input.what,
              unit: resolution.unit,
              role: party.role,
              ...(named.group === undefined ? {} : { group: named.group }),
              ...('until' in resolution ? { until: resolution.until } : {}),
              ...(resolution.kind === 'not-yet-formed' ? { formed: resolution.from } : {}),
              ...(resolution.kind === 'ambiguous' ? { candidates: resolution.candidates } : {}),
              ...(resolution.chain.length > 0 ? { chain: resolution.chain } : {}),
              ...timing,
            });
          }
        }
      }
      for (const duty of duties.values()) {
        // The unlisted members of a group are nobody the caller can name but the group itself.
        if (this.#wanted !== undefined && (duty.others ? duty.unit !== this.#wantedKey : !this.#wanted(duty.unit))) continue;
        if (occurrence.kind === 'dated') this.#result.dated.push(duty);
        else this.#pending.push(duty);
      }
    }
    this.#settle();
  }

  /**
   * Duties and unowned entries without a date were made once per stretch of the window: the
   * same one in adjacent stretches becomes one, and `during` stays only where it tells something.
   */
  #settle(): void {
    const duties = mergeStretches(this.#pending, this.#window);
    for (const duty of duties) (duty.trigger === undefined ? this.#result.undated : this.#result.triggered).push(duty);
    this.#result.unowned.push(...mergeStretches(this.#pendingUnowned, this.#window));
    this.#pending.length = 0;
    this.#pendingUnowned.length = 0;
  }

  /** The units an assignment names on a date: one per member for "each", and the group's unknown members. */
  #namedOn(assignment: Assignment, date: IsoDate): readonly Named[] {
    const key = assignment.unit;
    if (!this.#index.isGroup(key) || assignmentMode(this.#index, assignment) === 'together') return [{ unit: key }];
    const cacheKey = `${key}\u0000${date}`;
    const cached = this.#named.get(cacheKey);
    if (cached !== undefined) return cached;
    const expansion = this.#index.membersOn(key, date);
    const named: Named[] = expansion.members.map((m) => ({ unit: m.unit, group: key }));
    for (const incomplete of expansion.incomplete) named.push({ unit: incomplete, group: key, others: true });
    if (named.length === 0) named.push({ unit: key, empty: true });
    this.#named.set(cacheKey, named);
    return named;
  }

  #counterpartsOn(named: Counterparts, date: IsoDate, handovers: readonly Handover[]): Counterparts & { changes: CounterpartChange[] } {
    const changes: CounterpartChange[] = [];
    const resolve = (role: CounterpartChange['role'], key: string): string | undefined => {
      const resolution = resolveUnit(this.#index, key, date, handovers);
      if (resolution.kind === 'self') return key;
      changes.push({ role, named: key, resolution });
      return resolution.kind === 'moved' ? resolution.unit : undefined;
    };
    const addressee = resolve('for', named.for) ?? named.for;
    const via = named.via === undefined ? undefined : resolve('via', named.via);
    const cc = named.cc.map((key) => resolve('cc', key)).filter((key): key is string => key !== undefined);
    return { for: addressee, ...(via === undefined ? {} : { via }), cc: [...new Set(cc)], changes };
  }

  #unowned(entry: Omit<UnownedDeadline, 'message'>): void {
    if (this.#wanted !== undefined && !(entry.unit !== undefined && this.#wanted(entry.unit))) return;
    const full = { ...entry, message: unownedMessage(entry, this.#index) };
    if (full.due === undefined) this.#pendingUnowned.push(full);
    else this.#result.unowned.push(full);
  }

  #occurrences(deadline: Deadline): Occurrence[] {
    if (deadline.kind === 'same-as') {
      // "Same as rule X": the occurrences of X's deadlines, each with its own wording, once per day.
      const seen = new Set<string>();
      return resolveSameAs(this.#plan, deadline.rule)
        .flatMap((d) => this.#occurrences(d))
        .filter((o) => {
          const key = o.kind === 'dated' ? `d${o.stated}` : `${o.kind}${o.at}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
    }
    const timing = deadlineDates(this.#plan, deadline);
    if (timing.kind === 'event') return this.#segments.map((during) => ({ kind: 'event', at: during.from, trigger: timing.event, during }));
    if (timing.kind === 'undated') {
      // A milestone of a named term ("giữa kỳ" of the phase 2021-2025) is owed only within it.
      const within = timing.within;
      const segments = within === undefined ? this.#segments : clipSegments(this.#segments, within);
      return segments.map((during) => ({ kind: 'undated', at: during.from, during }));
    }
    const wording: DeadlineWording = deadline.kind === 'date' || deadline.kind === 'recurring' ? deadline.wording : 'by';
    const out: Occurrence[] = [];
    for (const stated of timing.dates) {
      const due = this.#due(stated, wording);
      if (!this.#inWindow(stated, due)) continue;
      out.push({ kind: 'dated', at: due.effective, stated, due });
    }
    return out;
  }

  /**
   * Whether an occurrence is in the requested window: its date to work to is. Without a window,
   * the plan's period is asked for, and an occurrence the plan states within its period is kept
   * even when the calendar moves its date across the period's edge (a deadline on 31/12 whose
   * legal limit is in January), so nothing the plan states is lost.
   */
  #inWindow(stated: IsoDate, due: Due): boolean {
    if (due.effective >= this.#from && due.effective <= this.#to) return true;
    return this.#wholePeriod && stated >= this.#plan.period.from && stated <= this.#plan.period.to;
  }

  /** Many duties share a deadline and a date: each due date is computed once per call, and shared frozen. */
  #due(stated: IsoDate, wording: DeadlineWording): Due {
    const cacheKey = `${stated}|${wording}`;
    let due = this.#dues.get(cacheKey);
    if (due === undefined) this.#dues.set(cacheKey, (due = deepFreeze(computeDue(stated, wording, this.#reading, this.#calendar))));
    return due;
  }

  /**
   * The window for duties without a date (the requested one, within the plan's period), cut
   * where a unit is formed or ceases, so each stretch has one set of owners.
   */
  #undatedSegments(): { from: IsoDate; to: IsoDate }[] {
    const from = this.#from > this.#plan.period.from ? this.#from : this.#plan.period.from;
    const to = this.#to < this.#plan.period.to ? this.#to : this.#plan.period.to;
    if (from > to) return [];
    const segments: { from: IsoDate; to: IsoDate }[] = [];
    let start = from;
    for (const day of this.#index.changeDays) {
      if (day <= start || day > to) continue;
      segments.push({ from: start, to: addDays(day, -1) });
      start = day;
    }
    segments.push({ from: start, to });
    return segments;
  }
}

/**
 * Joins the pieces of one duty (or unowned entry) made for adjacent stretches of the window
 * when nothing but the stretch differs. A piece that covers the whole window loses `during`;
 * the others keep it and their id says where they start.
 */
function mergeStretches<T extends { id: string; during?: { from: IsoDate; to: IsoDate } }>(
  pieces: readonly T[],
  window: { from: IsoDate; to: IsoDate } | undefined,
): T[] {
  const merged: T[] = [];
  const last = new Map<string, { piece: T; signature: string }>();
  for (const piece of pieces) {
    const { during, ...rest } = piece;
    const signature = JSON.stringify(rest);
    const previous = last.get(piece.id);
    if (previous && previous.signature === signature && during && previous.piece.during && addDays(previous.piece.during.to, 1) === during.from) {
      previous.piece.during = { from: previous.piece.during.from, to: during.to };
      continue;
    }
    const copy = { ...piece };
    merged.push(copy);
    last.set(piece.id, { piece: copy, signature });
  }
  for (const piece of merged) {
    if (piece.during === undefined) continue;
    if (window !== undefined && piece.during.from === window.from && piece.during.to === window.to) delete piece.during;
    else piece.id = `${piece.id}~${piece.during.from}`;
  }
  return merged;
}

/** The stretches of the window that fall within a term, cut at its bounds. */
function clipSegments(segments: readonly { from: IsoDate; to: IsoDate }[], term: { from: IsoDate; to: IsoDate }): { from: IsoDate; to: IsoDate }[] {
  const out: { from: IsoDate; to: IsoDate }[] = [];
  for (const s of segments) {
    const from = s.from > term.from ? s.from : term.from;
    const to = s.to < term.to ? s.to : term.to;
    if (from <= to) out.push({ from, to });
  }
  return out;
}

/** Who a node's own deadlines bind: a task's lead and partners, an item's owners, else the task above. */
function partiesOf(node: Exclude<PlanNode, { type: 'section' }>, task: Task | undefined): Party[] {
  if (node.type === 'item' && node.owners !== undefined && node.owners.length > 0) {
    return node.owners.map((assignment) => ({ assignment, role: 'owner' }));
  }
  if (task === undefined) return [];
  return [{ assignment: task.lead, role: 'lead' }, ...task.partners.map((assignment) => ({ assignment, role: 'partner' as const }))];
}

function ownersOf(node: PlanNode): Assignment[] {
  return node.type === 'item' ? [...(node.owners ?? [])] : [];
}

function counterpartsOf(rule: ReportingRule): Counterparts {
  return { for: rule.to, ...(rule.via === undefined ? {} : { via: rule.via }), cc: rule.cc };
}

/** Handovers that apply to a node: its own, then its ancestors' (nearest first), then the plan's. */
function handoversOf(node: PlanNode, ancestors: readonly PlanNode[], plan: Plan): Handover[] {
  const out: Handover[] = [];
  if (node.type !== 'section') out.push(...(node.handovers ?? []));
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i]!;
    if (ancestor.type !== 'section') out.push(...(ancestor.handovers ?? []));
  }
  out.push(...(plan.handovers ?? []));
  return out;
}


/** A unit an assignment names on a date (see `#namedOn`). */
type Named = { readonly unit: string; readonly group?: string; readonly others?: true; readonly empty?: true };

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function deepFreeze(due: Due): Due {
  if (due.shift) Object.freeze(due.shift.skipped);
  if (due.legal.shift) Object.freeze(due.legal.shift.skipped);
  Object.freeze(due.shift);
  Object.freeze(due.legal.shift);
  Object.freeze(due.legal);
  return Object.freeze(due);
}

let cachedCalendar: WorkingDayCalendar | undefined;
function defaultCalendar(): WorkingDayCalendar {
  return (cachedCalendar ??= vietnamCalendar());
}
