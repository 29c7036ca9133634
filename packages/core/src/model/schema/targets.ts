import { z } from 'zod';
import { idSchema, keySchema, nonEmpty, prose } from './primitives.js';

/** Targets ("chỉ tiêu"): what is to be reached, measured how, by when. */

export const targetSchema = z.strictObject({
  id: idSchema,
  metric: nonEmpty,
  direction: z.enum(['increase', 'decrease', 'reach', 'maintain']),
  value: z.number().finite().optional(),
  range: z.strictObject({ min: z.number().finite(), max: z.number().finite() }).optional(),
  unit: nonEmpty.optional(),
  per: z.enum(['year', 'period']).optional(),
  /** The year the target is to be reached by ("đến năm 2025"). */
  by: z.number().int().min(1900).max(2200).optional(),
  /** The phase the target is set for ("trồng mới 400 ha giai đoạn 2021-2025"): the key of one of `plan.phases`. */
  phase: keySchema.optional(),
  baseline: z
    .strictObject({
      year: z.number().int().min(1900).max(2200).optional(),
      value: z.number().finite().optional(),
      text: prose.optional(),
    })
    .optional(),
  scope: z.array(keySchema).optional(),
  text: prose.optional(),
});

export type Target = z.infer<typeof targetSchema>;
