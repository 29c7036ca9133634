import { z } from 'zod';
import { deadlineReadingSchema } from './deadlines.js';
import { definitionSchema, effectiveSchema, legalRefSchema } from './legal.js';
import { nodeSchema, waiverSchema } from './nodes.js';
import { phaseSchema } from './phases.js';
import { idSchema, isoDateSchema, keySchema, localizedSchema, nonEmpty, planIdSchema, prose, MAX_PROSE, PROSE_FORBIDDEN } from './primitives.js';
import { groupSchema, handoverSchema, unitSchema } from './units.js';

/** The plan: its header, registry, body, recipients, signature and corrections. */

export const recipientSchema = z.strictObject({
  text: prose,
  /** Units this line covers, e.g. the group of all departments. */
  units: z.array(keySchema).optional(),
  /** "báo cáo" when the copy is sent for information to a superior body. */
  purpose: nonEmpty.optional(),
  /** `true` for the closing "Lưu: VT, ..." line. */
  archive: z.boolean().optional(),
});

export const signatureSchema = z.strictObject({
  /** TM. (on behalf of a collective), KT. (deputy for the head), TL., TUQ., Q.; `none` when signed by the head. */
  form: z.enum(['TM', 'KT', 'TL', 'TUQ', 'Q', 'none']),
  /** The office the form refers to, e.g. CHỦ TỊCH in "KT. CHỦ TỊCH". */
  authority: nonEmpty.optional(),
  /** The signer's own title, e.g. PHÓ CHỦ TỊCH. */
  title: nonEmpty,
  name: nonEmpty,
});

export const correctionSchema = z.strictObject({
  id: idSchema,
  /** Id of the node or legal reference the correction is about. */
  target: idSchema,
  field: nonEmpty,
  asIssued: z.string().max(MAX_PROSE).regex(PROSE_FORBIDDEN),
  corrected: z.string().max(MAX_PROSE).regex(PROSE_FORBIDDEN),
  note: localizedSchema,
  /**
   * The day the correction was published (the date of the "đính chính" or amending document),
   * when it came after the plan was issued. Calendars count dated corrections of an event in its
   * SEQUENCE and stamp it with the latest date, so subscribers see the change; a correction
   * without a date is a reading of the document as issued.
   */
  date: isoDateSchema.optional(),
});

export const PLAN_SCHEMA_VERSION = 'kehoach/plan@1' as const;

export const planSchema = z.strictObject({
  schema: z.literal(PLAN_SCHEMA_VERSION),
  id: planIdSchema,
  /** Document type abbreviation, `KH` for a kế hoạch. */
  type: nonEmpty,
  number: nonEmpty,
  issuer: keySchema,
  /** The issuer block as printed at the top left, line by line. */
  issuerHeading: z.array(nonEmpty).optional(),
  place: nonEmpty,
  issuedOn: isoDateSchema,
  title: nonEmpty,
  period: z.strictObject({ from: isoDateSchema, to: isoDateSchema, text: nonEmpty.optional() }),
  /** The phases the period is split into ("giai đoạn 2021-2025, định hướng đến 2030"), in order. */
  phases: z.array(phaseSchema).optional(),
  preamble: prose.optional(),
  legal: z.array(legalRefSchema),
  /** Names the plan defines ("sau đây gọi tắt là …") and what each stands for. */
  definitions: z.array(definitionSchema).optional(),
  /** When the plan takes effect, when it says so ("Kế hoạch này có hiệu lực kể từ ngày ký"). */
  effective: effectiveSchema.optional(),
  units: z.array(unitSchema),
  groups: z.array(groupSchema),
  body: z.array(nodeSchema),
  recipients: z.array(recipientSchema),
  signature: signatureSchema,
  corrections: z.array(correctionSchema),
  waivers: z.array(waiverSchema).optional(),
  /**
   * How the plan's "trước ngày X" is to be read, when the plan says so: `safe` (the last working
   * day before X) or `legal` (X, or the next working day when X is a day off). Tools read it
   * `safe` when the plan is silent.
   */
  reading: deadlineReadingSchema.optional(),
  /** Plan-wide choice of successor for ceased units whose functions were split. */
  handovers: z.array(handoverSchema).optional(),
});

export type Recipient = z.infer<typeof recipientSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Plan = z.infer<typeof planSchema>;
