import { z } from 'zod';
import { isoDateSchema, keySchema, nonEmpty } from './primitives.js';

/** Phases ("giai đoạn") of a plan's period, and what refers to them. */

/**
 * One phase of the plan's period: "giai đoạn 2021-2025", "giai đoạn 2026-2030" of a plan
 * "giai đoạn 2021-2025, định hướng đến 2030". Deadlines (`endOfPhase('gd1')`,
 * `endTerm({ of: 'gd1' })`, `yearly({ phase: 'gd1' })`) and targets (`phase: 'gd1'`) name it
 * by `key`.
 */
export const phaseSchema = z.strictObject({
  /** How deadlines and targets name the phase: letters, digits, _ and -. */
  key: keySchema,
  /** First day of the phase. */
  from: isoDateSchema,
  /** Last day of the phase. */
  to: isoDateSchema,
  /** The phase as the document words it: "giai đoạn 2021-2025", "định hướng đến năm 2030". */
  text: nonEmpty.optional(),
});

export type Phase = z.infer<typeof phaseSchema>;
