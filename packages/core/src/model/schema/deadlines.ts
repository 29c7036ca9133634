import { z } from 'zod';
import { deadlineYear, idSchema, isoDateSchema, keySchema, nonEmpty } from './primitives.js';

/** Deadlines as plans word them, and how a due date is read. */

/**
 * How a due date is read off the calendar. `safe`: the last working day on which the duty is
 * surely in time ("trước ngày X" read literally, moved back off days off). `legal`: the latest
 * day the law allows ("no later than X", moved forward off days off, Civil Code 2015 Art. 148(5)).
 */
export const deadlineReadingSchema = z.enum(['safe', 'legal']);

export const deadlineWordingSchema = z.enum(['before', 'no-later-than', 'on', 'by']);

const deadlineText = { text: nonEmpty.optional() };

export const dateDeadlineSchema = z.strictObject({
  kind: z.literal('date'),
  date: isoDateSchema,
  wording: deadlineWordingSchema,
  ...deadlineText,
});

export const periodUnitSchema = z.enum(['year', 'half-year', 'quarter', 'month']);

export const endOfDeadlineSchema = z.strictObject({
  kind: z.literal('end-of'),
  /** A calendar period of `year`, the plan's period (`plan`), or one of its phases (`phase`). */
  period: z.union([periodUnitSchema, z.literal('plan'), z.literal('phase')]),
  year: deadlineYear.optional(),
  /** Quarter 1-4, half 1-2 or month 1-12 within `year`. */
  index: z.number().int().min(1).max(12).optional(),
  /** The key of the phase, for `period: 'phase'` ("đến hết giai đoạn 2021-2025"). */
  phase: keySchema.optional(),
  ...deadlineText,
});

export const recurringDeadlineSchema = z.strictObject({
  kind: z.literal('recurring'),
  every: periodUnitSchema,
  /** Month within the period (1-12 for a year, 1-6 for a half-year, 1-3 for a quarter). */
  month: z.number().int().min(1).max(12).optional(),
  /** Day of the month, or `last`. Absent when the document states no day. */
  day: z.union([z.number().int().min(1).max(31), z.literal('last')]).optional(),
  wording: deadlineWordingSchema,
  from: isoDateSchema.optional(),
  until: isoDateSchema.optional(),
  /** The phase the recurrence runs in ("hằng năm trong giai đoạn 2021-2025"); `from` and `until` default to its bounds. */
  phase: keySchema.optional(),
  ...deadlineText,
});

export const milestoneDeadlineSchema = z.strictObject({
  kind: z.literal('milestone'),
  /**
   * `start-term` "đầu kỳ", `mid-term` "giữa kỳ", `end-term` "cuối kỳ", `on-request` "đột xuất" /
   * "theo yêu cầu", `other` a milestone named only by its `text`.
   */
  milestone: z.enum(['start-term', 'mid-term', 'end-term', 'on-request', 'other']),
  /**
   * The term the milestone belongs to, when the text says: `plan` (the plan's period) or the key
   * of a phase. A term milestone of a known term is owed within it; `end-term` of a known term
   * falls on its last day. Absent: the text does not say, and the milestone stays undated.
   */
  of: keySchema.optional(),
  /** The year the text gives the milestone: "giữa kỳ (năm 2030)"; it falls at that year's end. */
  year: deadlineYear.optional(),
  ...deadlineText,
});

export const eventDeadlineSchema = z.strictObject({
  kind: z.literal('event'),
  event: nonEmpty,
  ...deadlineText,
});

/**
 * A deadline the plan does not state but takes from another document or rule: "đúng thời hạn
 * quy định", "theo thời hạn tại Thông tư số …". It is owed, never dated by kehoach.
 */
export const referenceDeadlineSchema = z.strictObject({
  kind: z.literal('by-reference'),
  /** The legal reference (`plan.legal[].id`) that sets the deadline, when the text names it. */
  source: idSchema.optional(),
  ...deadlineText,
});

/**
 * The deadline of another reporting rule of the same plan: a yearly report whose day is set in
 * the reporting section ("báo cáo … theo quy định tại mục V"). `obligations()` dates it by that
 * rule's deadlines.
 */
export const sameAsDeadlineSchema = z.strictObject({
  kind: z.literal('same-as'),
  /** The id of the reporting rule whose deadlines apply. */
  rule: idSchema,
  ...deadlineText,
});

export const deadlineSchema = z.discriminatedUnion('kind', [
  dateDeadlineSchema,
  endOfDeadlineSchema,
  recurringDeadlineSchema,
  milestoneDeadlineSchema,
  eventDeadlineSchema,
  referenceDeadlineSchema,
  sameAsDeadlineSchema,
]);

export type DeadlineReading = z.infer<typeof deadlineReadingSchema>;
export type DeadlineWording = z.infer<typeof deadlineWordingSchema>;
export type DateDeadline = z.infer<typeof dateDeadlineSchema>;
export type EndOfDeadline = z.infer<typeof endOfDeadlineSchema>;
export type RecurringDeadline = z.infer<typeof recurringDeadlineSchema>;
export type MilestoneDeadline = z.infer<typeof milestoneDeadlineSchema>;
export type EventDeadline = z.infer<typeof eventDeadlineSchema>;
export type ReferenceDeadline = z.infer<typeof referenceDeadlineSchema>;
export type SameAsDeadline = z.infer<typeof sameAsDeadlineSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type PeriodUnit = z.infer<typeof periodUnitSchema>;
