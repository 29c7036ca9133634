/**
 * `kehoach import`: canonical plan JSON to readable TypeScript DSL source.
 *
 * @packageDocumentation
 */
export { importPlan, ImportError, type ImportOptions, type ImportProblem } from './import-plan.js';
