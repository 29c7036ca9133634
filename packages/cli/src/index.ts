/**
 * `@kehoach/cli`: the `kehoach` command, also usable as a library.
 *
 * @packageDocumentation
 */
export { run } from './run.js';
export type { Io } from './io.js';
export { loadPlan, type LoadedPlan } from './load-plan.js';
export { summarizePlan, type SummaryOptions } from './commands/summary.js';
export { CliError, EXIT } from './cli-error.js';
