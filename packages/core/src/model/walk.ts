import type { Plan, PlanNode, Task } from './schema.js';

/** A node with the chain of its ancestors, outermost first. */
export interface NodeVisit {
  node: PlanNode;
  ancestors: readonly PlanNode[];
  /** Path of the node in the plan data: `['body', 2, 'children', 0]`. */
  path: readonly (string | number)[];
}

/**
 * Every node of a plan's body in document order (depth first).
 *
 * @example
 * for (const { node } of walkPlan(plan)) if (node.type === 'task') console.log(node.id, node.lead.unit);
 */
export function* walkPlan(plan: Plan): Generator<NodeVisit> {
  yield* walkNodes(plan.body, [], ['body']);
}

function* walkNodes(
  nodes: readonly PlanNode[],
  ancestors: readonly PlanNode[],
  path: readonly (string | number)[],
): Generator<NodeVisit> {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const nodePath = [...path, i];
    yield { node, ancestors, path: nodePath };
    if (node.children !== undefined && node.children.length > 0) {
      yield* walkNodes(node.children, [...ancestors, node], [...nodePath, 'children']);
    }
  }
}

/**
 * Finds a node by id.
 *
 * @example
 * findNode(plan, 'V.1.a')?.text;
 */
export function findNode(plan: Plan, id: string): PlanNode | undefined {
  for (const { node } of walkPlan(plan)) if (node.id === id) return node;
  return undefined;
}

/**
 * The task a node belongs to: the node itself when it is a task, else its nearest task
 * ancestor. Its lead and partners owe the deadlines of the items under it.
 *
 * @example
 * for (const { node, ancestors } of walkPlan(plan)) console.log(node.id, taskOf(node, ancestors)?.id);
 */
export function taskOf(node: PlanNode, ancestors: readonly PlanNode[]): Task | undefined {
  if (node.type === 'task') return node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const ancestor = ancestors[i]!;
    if (ancestor.type === 'task') return ancestor;
  }
  return undefined;
}
