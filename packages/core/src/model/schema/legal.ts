import { z } from 'zod';
import { idSchema, isoDateSchema, keySchema, nonEmpty } from './primitives.js';

/** The documents a plan rests on or cites, when they take effect, and the names the plan defines. */

/**
 * Why the plan names a document, as its opening words say: `pursuant` ("Căn cứ …"),
 * `implementing` ("Thực hiện …"), `proposal` ("Theo đề nghị của … tại Tờ trình số …"), or
 * `cited` (named in the body only).
 */
export const legalRoleSchema = z.enum(['pursuant', 'implementing', 'proposal', 'cited']);

/**
 * When a document takes effect: on signing ("có hiệu lực kể từ ngày ký"), or on a stated date
 * ("có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016"). `text` keeps the wording.
 */
export const effectiveSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('signing'), text: nonEmpty.optional() }),
  z.strictObject({ from: z.literal('date'), date: isoDateSchema, text: nonEmpty.optional() }),
]);

export const legalRefSchema = z.strictObject({
  id: idSchema,
  /**
   * The number and symbol without "số": `77/2015/QH13`, `123/UBND-KGVX`. Absent for a document
   * cited by name and date only ("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015").
   */
  number: nonEmpty.optional(),
  kind: nonEmpty.optional(),
  date: isoDateSchema.optional(),
  issuer: nonEmpty.optional(),
  /** The name (of a law) or the summary (trích yếu) as the plan first writes it. */
  title: nonEmpty.optional(),
  /** Other titles the plan gives the same document, as written. */
  otherTitles: z.array(nonEmpty).optional(),
  /** When the document takes effect, where that differs from its date or the plan says so. */
  effective: effectiveSchema.optional(),
  role: legalRoleSchema,
});

/**
 * A name the plan defines ("sau đây gọi tắt là Chương trình", "Đề án 161") and what it stands
 * for: a cited document (`legal`), a unit or group (`unit`), a part of the body (`node`), the
 * plan itself (`plan`), or something only named in text (`text`). `wording` keeps the words
 * that define it.
 */
export const definitionSchema = z.discriminatedUnion('for', [
  z.strictObject({ term: nonEmpty, for: z.literal('legal'), id: idSchema, wording: nonEmpty.optional() }),
  z.strictObject({ term: nonEmpty, for: z.literal('unit'), unit: keySchema, wording: nonEmpty.optional() }),
  z.strictObject({ term: nonEmpty, for: z.literal('node'), id: idSchema, wording: nonEmpty.optional() }),
  z.strictObject({ term: nonEmpty, for: z.literal('plan'), wording: nonEmpty.optional() }),
  z.strictObject({ term: nonEmpty, for: z.literal('text'), meaning: nonEmpty, wording: nonEmpty.optional() }),
]);

export type LegalRef = z.infer<typeof legalRefSchema>;
export type Effective = z.infer<typeof effectiveSchema>;
export type Definition = z.infer<typeof definitionSchema>;
