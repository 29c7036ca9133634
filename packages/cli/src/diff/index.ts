/**
 * `kehoach diff`: the semantic difference between two versions of a plan.
 *
 * @packageDocumentation
 */
export { diffPlans } from './diff-plans.js';
export { formatDiff, type FormatDiffOptions } from './format.js';
export type { Change, ChangeKind, DiffOptions, PlanDiff } from './types.js';
