/**
 * `@kehoach/cli`: the `kehoach` command, also usable as a library.
 *
 * @packageDocumentation
 */
export { run } from './run.js';
export type { Io } from './io.js';
export { loadPlan, type LoadedPlan, type LoadOptions } from './load-plan.js';
export { summarizePlan, type SummaryOptions } from './commands/summary.js';
export { CliError, EXIT } from './cli-error.js';
export { LoadError, type LoadProblem } from './load/load-error.js';
export { importPlan, ImportError, type ImportOptions, type ImportProblem } from './import/index.js';
export { diffPlans, formatDiff, type PlanDiff, type Change, type ChangeKind, type DiffOptions, type FormatDiffOptions } from './diff/index.js';
export { readPlanStatically, type StaticProblem, type StaticReadResult, type StaticReadOptions } from './static/read-plan-statically.js';
