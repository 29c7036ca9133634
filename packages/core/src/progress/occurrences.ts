import type { IsoDate } from '../dates.js';
import type { Deadline, Plan } from '../model/schema.js';
import { walkPlan } from '../model/walk.js';
import { obligations, type Duty, type Obligations, type ObligationsOptions, type UnownedDeadline } from '../obligations/obligations.js';

/**
 * The id of one occurrence of a deadline, shared by every unit that owes it: a duty's id
 * without its unit.
 *
 * - `<source>#<n>`: the deadline's source, the reporting rule id when the deadline is a
 *   reporting rule's (`VI.t1/r1`), else the node id (`II.2.a`); `n` is the deadline's index
 *   in that rule's or node's `deadlines`, from 0.
 * - `@<date>` for a dated occurrence: the date as the plan states it (`due.stated`), before
 *   any calendar or reading moves it. `VI.t1/r1#0@2022-11-15` is the 2022 yearly report.
 * - Undated and event-triggered duties have no date part; where a reorganisation splits such
 *   a duty over the plan's period, `~<first day>` names each part.
 *
 * A duty's id (`obligations()`) is the occurrence id with `:<unit>` put before the date part:
 * `VI.t1/r1#0:soYTe@2022-11-15`. Ids come from the plan's structure, never from its wording,
 * so they survive edits of the text; they change when a deadline is added before another in
 * the same list, or its stated date changes.
 *
 * @example
 * const { dated } = obligations(plan);
 * occurrenceId(dated[0]); // 'V.1.a/r1#0@2021-12-20'
 */
export function occurrenceId(duty: Pick<Duty, 'source' | 'due' | 'during'> | Pick<UnownedDeadline, 'source' | 'due' | 'during'>): string {
  const base = `${duty.source.ruleId ?? duty.source.nodeId}#${duty.source.deadlineIndex}`;
  if (duty.due !== undefined) return `${base}@${duty.due.stated}`;
  return duty.during === undefined ? base : `${base}~${duty.during.from}`;
}

/** One deadline occurrence of a plan and the units that owe it. */
export interface OccurrenceEntry {
  id: string;
  /** `dated`, `undated` (milestones, recurrences without a day) or `triggered` (by an event). */
  kind: 'dated' | 'undated' | 'triggered';
  /** The stated date, for dated occurrences. */
  stated?: IsoDate;
  what: string;
  /** The deadline as the plan states it. */
  deadline: Deadline;
  /** Units (or groups acting together) that owe it and can be named, in the order `obligations()` gives them. */
  units: string[];
  /** Duties by unit key. */
  duties: Map<string, Duty>;
  /** Groups whose unlisted members owe it too (`others` duties): nobody a record can name. */
  others: string[];
}

/** Every deadline occurrence of a plan, with who owes it, by occurrence id. */
export interface OccurrenceIndex {
  obligations: Obligations;
  occurrences: Map<string, OccurrenceEntry>;
}

/**
 * Groups a plan's duties (over its whole period) by occurrence: the ids a progress record
 * refers to, each with the units that owe it.
 *
 * @example
 * const { occurrences } = indexOccurrences(plan);
 * occurrences.get('V.1.a/r1#0@2021-12-20')?.units; // ['soDuLich', 'soGddt', …]
 */
export function indexOccurrences(plan: Plan, options: Pick<ObligationsOptions, 'calendar' | 'reading'> = {}): OccurrenceIndex {
  const found = obligations(plan, options);
  const occurrences = new Map<string, OccurrenceEntry>();
  const add = (duty: Duty, kind: OccurrenceEntry['kind']) => {
    const id = occurrenceId(duty);
    let entry = occurrences.get(id);
    if (entry === undefined) {
      entry = { id, kind, what: duty.what, deadline: duty.deadline, units: [], duties: new Map(), others: [], ...(duty.due ? { stated: duty.due.stated } : {}) };
      occurrences.set(id, entry);
    }
    if (duty.others) entry.others.push(duty.unit);
    else {
      entry.units.push(duty.unit);
      entry.duties.set(duty.unit, duty);
    }
  };
  for (const duty of found.dated) add(duty, 'dated');
  for (const duty of found.undated) add(duty, 'undated');
  for (const duty of found.triggered) add(duty, 'triggered');
  return { obligations: found, occurrences };
}

/** What a progress record can name in a plan: the data of a generated `progress-index.ts`. */
export interface ProgressIndex {
  /** The plan's id. */
  plan: string;
  /** Occurrence id → the units that owe it. */
  duties: Readonly<Record<string, readonly string[]>>;
  /** Ids of the plan's tasks. */
  tasks: readonly string[];
  /** Target id → its unit of measure, or `null` when it states none. */
  targets: Readonly<Record<string, string | null>>;
  /** Every unit and group key of the plan. */
  units: readonly string[];
}

/**
 * The names a progress record of this plan may use, as data: occurrences with the units that
 * owe them, tasks, targets with their unit of measure, unit keys.
 *
 * @example
 * progressIndex(plan).duties['VI.t1/r1#0@2022-11-15']; // ['huyenCamLam', …]
 */
export function progressIndex(plan: Plan, index: OccurrenceIndex = indexOccurrences(plan)): ProgressIndex {
  const duties: Record<string, string[]> = {};
  for (const entry of index.occurrences.values()) duties[entry.id] = [...entry.units];
  const tasks: string[] = [];
  const targets: Record<string, string | null> = {};
  for (const { node } of walkPlan(plan)) {
    if (node.type === 'task') tasks.push(node.id);
    if (node.type !== 'section') for (const target of node.targets ?? []) targets[target.id] = target.unit ?? null;
  }
  return { plan: plan.id, duties, tasks, targets, units: [...plan.units.map((u) => u.key), ...plan.groups.map((g) => g.key)] };
}

/**
 * The TypeScript module a progress record imports so that its builders are typed by the plan:
 * `progressBuilders(index)` then refuses, at compile time, a misspelt occurrence id, a unit
 * that does not owe the occurrence, an unknown task or target and a wrong unit of measure.
 * Write it beside the plan (`kehoach progress index <plan> --out progress-index.ts`) and
 * regenerate it when the plan's deadlines change.
 *
 * @example
 * writeFileSync('progress-index.ts', progressIndexSource(plan));
 */
export function progressIndexSource(plan: Plan, index: OccurrenceIndex = indexOccurrences(plan)): string {
  const data = progressIndex(plan, index);
  const q = (text: string) => JSON.stringify(text);
  const lines = [
    `// Generated by kehoach from ${plan.number} (${plan.id}): what a progress record of this plan may name.`,
    '// Do not edit; regenerate with `kehoach progress index` when the plan changes.',
    'export const index = {',
    `  plan: ${q(data.plan)},`,
    '  duties: {',
  ];
  for (const entry of index.occurrences.values()) {
    const wording = entry.deadline.text === undefined ? '' : ` "${oneLine(entry.deadline.text, 60)}"`;
    lines.push(`    // ${entry.stated ?? entry.kind}${wording}: ${oneLine(entry.what, 80)}`);
    lines.push(`    ${q(entry.id)}: [${entry.units.map(q).join(', ')}],`);
  }
  lines.push('  },', `  tasks: [${data.tasks.map(q).join(', ')}],`, '  targets: {');
  for (const [id, unit] of Object.entries(data.targets)) lines.push(`    ${q(id)}: ${unit === null ? 'null' : q(unit)},`);
  lines.push('  },', `  units: [${data.units.map(q).join(', ')}],`, '} as const;', '');
  return lines.join('\n');
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
