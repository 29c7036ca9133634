import { assignees, walkPlan, type Plan, type PlanNode, type Section } from '@kehoach/core';
import { byRegistryOrder, planContext, type PlanContext } from './context.js';

/**
 * A part a unit plays in a section: it leads (chủ trì), partners (phối hợp), reports (báo cáo),
 * or collects and synthesizes others' reports (tổng hợp, "thông qua … tổng hợp").
 *
 * @internal
 */
export type MatrixRole = 'lead' | 'partner' | 'reporter' | 'collector';

/** @internal The words of each role, in the order cells list them. */
export const MATRIX_ROLES: readonly MatrixRole[] = ['lead', 'partner', 'reporter', 'collector'];
/** @internal */
export const ROLE_WORDS: Record<MatrixRole, string> = {
  lead: 'chủ trì',
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

/** @internal A row: one unit, or one group acting together. */
export interface MatrixRow {
  unit: string;
  cells: Map<string, MatrixCell>;
}

/** @internal Units × sections, built from the model (not only from dated duties). */
export interface ResponsibilityMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/**
 * Who does what where. Group assignments are spelt out as `obligations()` does: each member
 * for an "each" group, the group itself for a "together" group. A unit that leads a task is
 * not also listed as its partner, even when a partner group ("các sở, ban, ngành có liên
 * quan") contains it.
 *
 * @internal
 */
export function responsibilityMatrix(plan: Plan, context: PlanContext = planContext(plan)): ResponsibilityMatrix {
  const columns = new Map<string, MatrixColumn>();
  const rows = new Map<string, MatrixRow>();
  const add = (unit: string, column: MatrixColumn, role: MatrixRole, nodeId: string) => {
    if (!columns.has(column.key)) columns.set(column.key, column);
    let row = rows.get(unit);
    if (!row) rows.set(unit, (row = { unit, cells: new Map() }));
    let cell = row.cells.get(column.key);
    if (!cell) row.cells.set(column.key, (cell = { roles: new Set(), nodes: new Map() }));
    cell.roles.add(role);
    let roles = cell.nodes.get(nodeId);
    if (!roles) cell.nodes.set(nodeId, (roles = new Set()));
    roles.add(role);
  };

  for (const { node } of walkPlan(plan)) {
    if (node.type === 'section') continue;
    const column = columnOf(context, node);
    const leads = new Set<string>();
    if (node.type === 'task') {
      for (const a of assignees(context.index, node.lead)) {
        leads.add(a.unit);
        add(a.unit, column, 'lead', node.id);
      }
      for (const partner of node.partners) {
        for (const a of assignees(context.index, partner)) if (!leads.has(a.unit)) add(a.unit, column, 'partner', node.id);
      }
    }
    for (const rule of node.reports ?? []) {
      const from = rule.from ?? (node.type === 'task' ? node.lead : undefined);
      if (from !== undefined) for (const a of assignees(context.index, from)) add(a.unit, column, 'reporter', node.id);
      if (rule.via !== undefined) add(rule.via, column, 'collector', node.id);
    }
  }

  const order = byRegistryOrder(context, rows.keys());
  return { columns: [...columns.values()], rows: order.map((unit) => rows.get(unit)!) };
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
