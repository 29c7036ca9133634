import { assignees, taskOf, walkPlan, type Assignment, type Duty, type Plan, type PlanNode, type Section, type Task } from '@kehoach/core';
import { planContext, type PlanContext } from './context.js';
import { othersName } from './duties.js';

/**
 * A part a unit plays in a section: it leads (chủ trì), owns an objective that is not a task
 * (thực hiện), partners (phối hợp), reports (báo cáo), or collects and synthesizes others'
 * reports (tổng hợp, "thông qua … tổng hợp").
 *
 * @internal
 */
export type MatrixRole = 'lead' | 'owner' | 'partner' | 'reporter' | 'collector';

/** @internal The words of each role, in the order cells list them. */
export const MATRIX_ROLES: readonly MatrixRole[] = ['lead', 'owner', 'partner', 'reporter', 'collector'];
/** @internal */
export const ROLE_WORDS: Record<MatrixRole, string> = {
  lead: 'chủ trì',
  owner: 'thực hiện',
  partner: 'phối hợp',
  reporter: 'báo cáo',
  collector: 'tổng hợp',
};

/** @internal A column: the nearest numbered section of a task, e.g. `III.1`. */
export interface MatrixColumn {
  key: string;
  /** `III.1`. */
  label: string;
  /** The section's title, when it has one. */
  title: string | undefined;
}

/** @internal What one unit does in one section, and through which nodes. */
export interface MatrixCell {
  roles: Set<MatrixRole>;
  /** The tasks and items that give the roles, in document order, with the roles each gives. */
  nodes: Map<string, Set<MatrixRole>>;
}

/**
 * @internal A row: one unit, one group acting together, or the members of an incomplete group
 * the plan does not list (`others`).
 */
export interface MatrixRow {
  unit: string;
  others?: true;
  cells: Map<string, MatrixCell>;
}

/** @internal Units × sections, built from the model (not only from dated duties). */
export interface ResponsibilityMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/**
 * Who does what where, from the model and from the duties. Group assignments are spelt out as
 * `obligations()` does: each member for an "each" group (its listed members and the units its
 * rule finds that exist during the plan), a row for "the other members" of a group whose
 * members are not all listed, the group itself for a "together" group. A unit that leads a
 * task is not also listed as its partner, even when a partner group ("các sở, ban, ngành có
 * liên quan") contains it. Then every duty of `duties` is added where it is not yet shown: the
 * successor that took a ceased unit's duty over gets its role, the unit that collects a report
 * after a reorganisation gets "tổng hợp".
 *
 * @internal
 */
export function responsibilityMatrix(plan: Plan, context: PlanContext = planContext(plan), duties: readonly Duty[] = []): ResponsibilityMatrix {
  const columns = new Map<string, MatrixColumn>();
  const rows = new Map<string, MatrixRow>();
  const add = (who: Who, column: MatrixColumn, role: MatrixRole, nodeId: string) => {
    if (!columns.has(column.key)) columns.set(column.key, column);
    const key = who.others ? `${who.unit}\u0000others` : who.unit;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { unit: who.unit, ...(who.others ? { others: true as const } : {}), cells: new Map() }));
    let cell = row.cells.get(column.key);
    if (!cell) row.cells.set(column.key, (cell = { roles: new Set(), nodes: new Map() }));
    cell.roles.add(role);
    let roles = cell.nodes.get(nodeId);
    if (!roles) cell.nodes.set(nodeId, (roles = new Set()));
    roles.add(role);
  };
  const spell = (a: Assignment): Who[] => spellOut(plan, context, a);

  for (const { node, ancestors } of walkPlan(plan)) {
    if (node.type === 'section') continue;
    const column = columnOf(context, node);
    const leads = new Set<string>();
    if (node.type === 'task') {
      for (const a of spell(node.lead)) {
        leads.add(whoKey(a));
        add(a, column, 'lead', node.id);
      }
      for (const partner of node.partners) {
        for (const a of spell(partner)) if (!leads.has(whoKey(a))) add(a, column, 'partner', node.id);
      }
    } else {
      for (const owner of node.owners ?? []) for (const a of spell(owner)) add(a, column, 'owner', node.id);
    }
    const task = taskOf(node, ancestors);
    for (const rule of node.reports ?? []) {
      const from = rule.from !== undefined ? [rule.from] : task !== undefined ? [task.lead] : node.type === 'item' ? (node.owners ?? []) : [];
      for (const assignment of from) for (const a of spell(assignment)) add(a, column, 'reporter', node.id);
      if (rule.via !== undefined) add({ unit: rule.via }, column, 'collector', node.id);
    }
  }

  // What the reorganisations and the classes add: successors, units a rule finds, new collectors.
  for (const duty of duties) {
    const node = context.nodes.get(duty.source.nodeId)?.node;
    if (node === undefined) continue;
    const column = columnOf(context, node);
    const who: Who = duty.others ? { unit: duty.unit, others: true } : { unit: duty.unit };
    const existing = rows.get(whoKey(who))?.cells.get(column.key)?.nodes.get(node.id);
    for (const role of duty.roles) {
      // A lead reached again through a partner group stays the lead only, as in the model pass.
      if (role === 'partner' && existing?.has('lead')) continue;
      add(who, column, role, node.id);
    }
    if (duty.via !== undefined) add({ unit: duty.via }, column, 'collector', node.id);
  }

  const order = [...rows.values()].sort(
    (a, b) => context.order(a.unit) - context.order(b.unit) || Number(a.others ?? false) - Number(b.others ?? false) || cmp(a.unit, b.unit),
  );
  return { columns: [...columns.values()], rows: order };
}

/** @internal A row's unit as a reader names it. */
export function rowName(context: PlanContext, row: Pick<MatrixRow, 'unit' | 'others'>, short = false): string {
  if (row.others) return capitalize(othersName(context, row.unit));
  return short ? context.short(row.unit) : context.name(row.unit);
}

interface Who {
  unit: string;
  others?: true;
}

function whoKey(who: Who): string {
  return who.others ? `${who.unit}\u0000others` : who.unit;
}

/**
 * The units an assignment names over the whole plan: for an "each" group, its leaf members
 * that exist at some time in the plan's period, and its incomplete groups' other members.
 */
function spellOut(plan: Plan, context: PlanContext, a: Assignment): Who[] {
  const { index } = context;
  if (!index.isGroup(a.unit)) return [{ unit: a.unit }];
  const mode = a.mode ?? index.groupMode(a.unit) ?? 'each';
  if (mode === 'together') return [{ unit: a.unit }];
  const during = (key: string) => {
    const unit = index.unit(key);
    if (unit === undefined) return true;
    return (unit.validFrom === undefined || unit.validFrom <= plan.period.to) && (unit.validUntil === undefined || unit.validUntil >= plan.period.from);
  };
  const out: Who[] = assignees(index, a)
    .filter((x) => during(x.unit))
    .map((x) => ({ unit: x.unit }));
  for (const group of index.membersOn(a.unit, plan.period.from).incomplete) out.push({ unit: group, others: true });
  return out;
}


function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function columnOf(context: PlanContext, node: PlanNode): MatrixColumn {
  const info = context.nodes.get(node.id);
  const section: Section | undefined = info?.section;
  if (section === undefined) {
    const part = info?.part ?? node;
    return { key: part.id, label: info?.path || part.id, title: undefined };
  }
  return { key: section.id, label: context.sectionPath(section), title: section.title };
}

/** @internal "chủ trì, phối hợp". */
export function cellText(cell: MatrixCell | undefined): string {
  if (cell === undefined) return '';
  return MATRIX_ROLES.filter((r) => cell.roles.has(r))
    .map((r) => ROLE_WORDS[r])
    .join(', ');
}
