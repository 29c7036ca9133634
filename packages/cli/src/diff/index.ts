/**
 * `kehoach diff`: the semantic difference between two versions of a plan. The diff itself
 * lives in `@kehoach/core` (so apps need not load the CLI); the CLI re-exports it unchanged.
 *
 * @packageDocumentation
 */
export { diffPlans, formatDiff, type FormatDiffOptions, type Change, type ChangeKind, type DiffOptions, type PlanDiff } from '@kehoach/core';
