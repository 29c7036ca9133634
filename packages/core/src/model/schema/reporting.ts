import { z } from 'zod';
import { deadlineSchema } from './deadlines.js';
import { idSchema, keySchema, nonEmpty } from './primitives.js';
import { periodUnitSchema } from './deadlines.js';
import { assignmentSchema, handoverSchema } from './units.js';

/** Reporting rules: who reports what to whom, and when. */

/**
 * The period a report is about, apart from when it is due: "báo cáo 6 tháng đầu năm" is about
 * the first half-year and due "trước ngày 15/6".
 */
export const reportedPeriodSchema = z.strictObject({
  /** A calendar period, or `term` for a report on the plan's or a phase's term ("báo cáo giữa kỳ"). */
  period: z.union([periodUnitSchema, z.literal('term')]),
  /** Which half (1-2), quarter (1-4) or month (1-12), when the text says ("6 tháng đầu năm": 1). */
  index: z.number().int().min(1).max(12).optional(),
  /** The phase a term report is about. */
  phase: keySchema.optional(),
  /** The period as the text words it: "6 tháng đầu năm". */
  text: nonEmpty.optional(),
});

/** The form a report follows: "theo biểu mẫu tại Phụ lục II Thông tư số 01/2021/TT-BKHĐT". */
export const reportFormSchema = z.strictObject({
  /** The form as the text names it: "Phụ lục II", "Đề cương kèm theo". */
  text: nonEmpty,
  /** The legal reference (`plan.legal[].id`) the form is set by. */
  source: idSchema.optional(),
});

export const reportingRuleSchema = z.strictObject({
  id: idSchema,
  /** Who reports; absent means the lead of the task that carries the rule. */
  from: assignmentSchema.optional(),
  to: keySchema,
  /** The unit that collects and synthesizes the reports ("thông qua ... tổng hợp"). */
  via: keySchema.optional(),
  cc: z.array(keySchema),
  what: nonEmpty,
  /** The period reported on, when the text names it apart from the due date. */
  covers: reportedPeriodSchema.optional(),
  /** The form to use, when the text names one. */
  form: reportFormSchema.optional(),
  deadlines: z.array(deadlineSchema),
  handovers: z.array(handoverSchema).optional(),
});

export type ReportingRule = z.infer<typeof reportingRuleSchema>;
export type ReportedPeriod = z.infer<typeof reportedPeriodSchema>;
export type ReportForm = z.infer<typeof reportFormSchema>;
