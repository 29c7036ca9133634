import { z } from 'zod';
import { deadlineSchema } from './deadlines.js';
import { idSchema, keySchema, nonEmpty } from './primitives.js';
import { assignmentSchema, handoverSchema } from './units.js';

/** Reporting rules: who reports what to whom, and when. */

export const reportingRuleSchema = z.strictObject({
  id: idSchema,
  /** Who reports; absent means the lead of the task that carries the rule. */
  from: assignmentSchema.optional(),
  to: keySchema,
  /** The unit that collects and synthesizes the reports ("thông qua ... tổng hợp"). */
  via: keySchema.optional(),
  cc: z.array(keySchema),
  what: nonEmpty,
  deadlines: z.array(deadlineSchema),
  handovers: z.array(handoverSchema).optional(),
});

export type ReportingRule = z.infer<typeof reportingRuleSchema>;
