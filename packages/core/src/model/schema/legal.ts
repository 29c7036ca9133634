import { z } from 'zod';
import { idSchema, isoDateSchema, nonEmpty } from './primitives.js';

/** The documents a plan rests on or cites. */

export const legalRefSchema = z.strictObject({
  id: idSchema,
  number: nonEmpty,
  kind: nonEmpty.optional(),
  date: isoDateSchema.optional(),
  issuer: nonEmpty.optional(),
  title: nonEmpty.optional(),
  shortName: nonEmpty.optional(),
  /** `basis`: a legal basis of the plan (its preamble); `cited`: mentioned in the body. */
  role: z.enum(['basis', 'cited']),
});

export type LegalRef = z.infer<typeof legalRefSchema>;
