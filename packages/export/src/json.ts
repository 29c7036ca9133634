import { stringifyPlan, type Plan } from '@kehoach/core';

/**
 * The canonical JSON text of a plan (the same as `stringifyPlan` of `@kehoach/core`): two-space
 * indentation, keys in model order, a final newline. It validates against `planJsonSchema()`.
 *
 * @example
 * import { toJson, planJsonSchema } from '@kehoach/export';
 * await writeFile('plan.json', toJson(plan));
 * await writeFile('plan.schema.json', JSON.stringify(planJsonSchema(), null, 2));
 */
export function toJson(plan: Plan): string {
  return stringifyPlan(plan);
}
