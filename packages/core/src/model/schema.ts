/**
 * The canonical plan model as zod schemas.
 *
 * The model is plain JSON data: no classes, no `Date` objects, dates as ISO
 * `YYYY-MM-DD` strings, and a stable `id` on every node. `definePlan()` and
 * `parsePlan()` both return data of this shape; the JSON Schema export is
 * generated from these schemas.
 */
// The model is split by area under ./schema/; this module is its one entry point.
export { LINE_FORBIDDEN, PROSE_FORBIDDEN, MAX_LINE, MAX_PROSE, isoDateSchema } from './schema/primitives.js';
export * from './schema/units.js';
export * from './schema/deadlines.js';
export * from './schema/reporting.js';
export * from './schema/targets.js';
export * from './schema/phases.js';
export * from './schema/legal.js';
export * from './schema/nodes.js';
export * from './schema/plan.js';
