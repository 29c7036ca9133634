import { printable } from './printable.js';
import type { LocalizedText } from './text.js';

/** One thing wrong with a plan's data: a stable code, where it is, and what to tell a planner. */
export interface PlanProblem {
  /** Stable, e.g. `schema/invalid-type` or `json/syntax`. */
  code: string;
  /** Path into the plan data, e.g. `['body', 2, 'children', 0, 'lead', 'unit']`. */
  path: (string | number)[];
  message: LocalizedText;
  /** The likely intended value, for a misspelling: `reports` for an unknown field `report`. */
  suggestion?: string;
}

const PLAN_ERROR = Symbol.for('kehoach.PlanError');

/**
 * Thrown by `parsePlan()` and `definePlan()` when plan data is not a valid plan. It carries
 * every problem found, not only the first. Recognise it with `isPlanError()`, which works
 * across two loaded copies of the package where `instanceof` would not.
 *
 * @example
 * try {
 *   parsePlan(json);
 * } catch (error) {
 *   if (isPlanError(error)) for (const p of error.problems) console.log(p.code, p.path.join('.'), p.message.vi);
 * }
 */
export class PlanError extends Error {
  readonly code = 'plan/invalid';
  readonly problems: readonly PlanProblem[];
  readonly [PLAN_ERROR] = true;

  constructor(problems: readonly PlanProblem[]) {
    const first = problems[0];
    const head = first ? `${first.code} at ${formatPath(first.path)}: ${first.message.en}` : 'invalid plan';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`Invalid plan: ${head}${more}`);
    this.name = 'PlanError';
    this.problems = problems;
  }
}

/**
 * Whether `value` is a `PlanError`, from this or any other loaded copy of `@kehoach/core`.
 *
 * @example
 * if (isPlanError(error)) console.log(error.problems.length);
 */
export function isPlanError(value: unknown): value is PlanError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PLAN_ERROR] === true;
}

/**
 * A path as people read it: `body[2].children[0].lead.unit`. Keys come from the input, so
 * control and invisible characters in them are shown as escapes (see `printable()`).
 *
 * @example
 * formatPath(['body', 2, 'lead']); // 'body[2].lead'
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    const key = typeof part === 'number' ? '' : printable(part, { inline: true });
    out += typeof part === 'number' ? `[${part}]` : out === '' ? key : `.${key}`;
  }
  return out === '' ? '(root)' : out;
}
