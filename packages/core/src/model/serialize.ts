import type { Plan } from './schema.js';

/**
 * The canonical JSON text of a plan: two-space indentation, keys in model order, a final
 * newline. The same plan always gives byte-identical text.
 *
 * @example
 * await writeFile('plan.json', stringifyPlan(plan));
 */
export function stringifyPlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
