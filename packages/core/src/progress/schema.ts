import { z } from 'zod';
import { idSchema, isoDateSchema, keySchema, nonEmpty as lineSchema, planIdSchema, prose as proseSchema } from '../model/schema/primitives.js';

/**
 * The progress record of a plan as zod schemas: what was submitted, how tasks stand, and what
 * the targets measured. Plain JSON data, like the plan, with unknown fields refused.
 */

/** The version tag every progress record carries. */
export const PROGRESS_SCHEMA_VERSION = 'kehoach/progress@1' as const;

/** A document that answers a duty or records a decision: its number and date ("số 3120/KH-SYT ngày 14/12/2021"). */
export const progressDocumentSchema = z.strictObject({
  number: lineSchema,
  date: isoDateSchema.optional(),
});

/**
 * A unit's answer to one occurrence of a duty: the implementation plan of V.1.a, the yearly
 * report of VI. `occurrence` is the duty-occurrence id (see `occurrenceId()`), `unit` the unit
 * that owes it, `received` the day the synthesizing unit received it.
 */
export const submissionSchema = z.strictObject({
  occurrence: idSchema,
  unit: keySchema,
  received: isoDateSchema,
  document: progressDocumentSchema.optional(),
  /** Where the document can be read: an address in the document system, a URL. */
  link: lineSchema.optional(),
  note: proseSchema.optional(),
});

/** Where a task stands. `cancelled`: a later decision ended it (the decision is required by the validator). */
export const taskStateSchema = z.enum(['not-started', 'in-progress', 'done', 'delayed', 'cancelled']);

/**
 * How a task stands from a date on, with the evidence. A task led by a group ("each member")
 * can have one status per unit; without `unit` the status is the task's as a whole.
 */
export const taskStatusSchema = z.strictObject({
  task: idSchema,
  unit: keySchema.optional(),
  status: taskStateSchema,
  /** From when the status holds. */
  date: isoDateSchema,
  evidence: proseSchema.optional(),
  /** The later decision that cancelled, changed or delayed the task. */
  decision: progressDocumentSchema.optional(),
  note: proseSchema.optional(),
});

/**
 * A measured value of a plan's target, in the target's unit of measure, for a year or a
 * period. `scope` names the unit it was measured for when the target has a scope (a district).
 */
export const measurementSchema = z.strictObject({
  target: idSchema,
  value: z.number().finite(),
  /** Unit of measure, as the target states it: `%`, `điểm %`, `hộ`. */
  unit: lineSchema.optional(),
  /** The year measured; or `period`. */
  year: z.number().int().min(1900).max(2200).optional(),
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema }).optional(),
  scope: keySchema.optional(),
  /** Where the figure comes from: "Báo cáo số 45/BC-SLĐTBXH", "Cục Thống kê". */
  source: proseSchema,
  /** When the figure became known; the end of its period when absent. A status as of an earlier day ignores it. */
  published: isoDateSchema.optional(),
  note: proseSchema.optional(),
});

/**
 * A decision that excused an occurrence (for one unit, or every unit when `unit` is absent):
 * its status is then `waived`.
 */
export const exemptionSchema = z.strictObject({
  occurrence: idSchema,
  unit: keySchema.optional(),
  decision: progressDocumentSchema,
  reason: proseSchema,
});

export const progressSchema = z.strictObject({
  schema: z.literal(PROGRESS_SCHEMA_VERSION),
  /** The id of the plan followed (`12127-kh-ubnd-2021`). */
  plan: planIdSchema,
  submissions: z.array(submissionSchema),
  statuses: z.array(taskStatusSchema),
  measurements: z.array(measurementSchema),
  exemptions: z.array(exemptionSchema),
});

export type Progress = z.infer<typeof progressSchema>;
export type ProgressDocument = z.infer<typeof progressDocumentSchema>;
export type Submission = z.infer<typeof submissionSchema>;
export type TaskState = z.infer<typeof taskStateSchema>;
export type TaskStatus = z.infer<typeof taskStatusSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Exemption = z.infer<typeof exemptionSchema>;
