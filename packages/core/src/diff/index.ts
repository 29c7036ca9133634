/**
 * The semantic difference between two versions of a plan, in core so that an app can depend
 * on it without the CLI's loaders.
 */
export { diffPlans } from './diff-plans.js';
export { formatDiff, type FormatDiffOptions } from './format.js';
export type { Change, ChangeKind, DiffOptions, PlanDiff } from './types.js';
