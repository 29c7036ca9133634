import { z } from 'zod';
import { isoDateSchema, keySchema, nonEmpty, prose } from './primitives.js';

/** Units (the bodies a plan names), groups of them, and assignments of a duty to them. */

/**
 * What kind of body a unit is. `district`: a district-level people's committee (huyện, thị xã,
 * thành phố thuộc tỉnh; ended 01/7/2025); `commune`: a commune-level one (xã, phường, đặc khu).
 */
export const unitKindSchema = z.enum([
  'people-committee',
  'people-council',
  'department',
  'district',
  'commune',
  'party',
  'front',
  'union',
  'agency',
  'media',
  'ministry',
  'government',
  'other',
]);

/** A unit that took over (part of) a ceased unit's duties. */
export const successorSchema = z.strictObject({
  unit: keySchema,
  /** The function it took over when the ceased unit's functions were split: "giảm nghèo". */
  for: nonEmpty.optional(),
  /** The decision that moved the function. */
  basis: nonEmpty.optional(),
});

export const unitSchema = z.strictObject({
  key: keySchema,
  name: nonEmpty,
  short: nonEmpty.optional(),
  en: nonEmpty.optional(),
  kind: unitKindSchema,
  /** `internal`: within the issuer's authority, so it is assigned ("giao"); `external`: only requested ("đề nghị"). */
  authority: z.enum(['internal', 'external']),
  aliases: z.array(nonEmpty).optional(),
  /** First day the unit existed, when it was formed during or after the plan. */
  validFrom: isoDateSchema.optional(),
  /** Last day the unit existed, e.g. before a merger. */
  validUntil: isoDateSchema.optional(),
  /** The decision that formed or ended the unit, as it is cited: "Nghị quyết số … ngày … của HĐND tỉnh". */
  basis: nonEmpty.optional(),
  /**
   * Who took over the unit's duties after `validUntil`: one successor, or several when its
   * functions were split, each with the function it took (`for: 'giảm nghèo'`).
   */
  successors: z.array(successorSchema).optional(),
  note: prose.optional(),
});

export const assignmentModeSchema = z.enum(['each', 'together']);

/** Membership of a group by rule: the units of the registry of the given kinds, less some. */
export const groupRuleSchema = z.strictObject({
  kinds: z.array(unitKindSchema).min(1),
  /** Units of those kinds that are not members. */
  except: z.array(keySchema).optional(),
});

export const groupSchema = z.strictObject({
  key: keySchema,
  name: nonEmpty,
  short: nonEmpty.optional(),
  en: nonEmpty.optional(),
  /** Members listed by name: units or other groups. */
  members: z.array(keySchema),
  /**
   * Members by rule over the registry, added to `members`: every unit of these kinds that exists
   * on the date in question ("các sở, ban, ngành": every department; "UBND các huyện": every
   * district-level committee).
   */
  rule: groupRuleSchema.optional(),
  /** Default reading of an assignment to this group: each member does it, or they do it together. */
  mode: assignmentModeSchema,
  /**
   * `false` when the document names the group without listing all of its members and no rule
   * finds them all: outputs then name "the other members of the group" beside the listed ones.
   */
  complete: z.boolean(),
  aliases: z.array(nonEmpty).optional(),
  note: prose.optional(),
});

export const assignmentSchema = z.strictObject({
  unit: keySchema,
  mode: assignmentModeSchema.optional(),
  /** Wording that narrows the assignment, e.g. "có liên quan". */
  qualifier: nonEmpty.optional(),
});

/**
 * Which successor of a ceased unit takes over a duty, where the unit's functions were split:
 * `{ from: 'soLdtbxh', to: 'soYTe' }`.
 */
export const handoverSchema = z.strictObject({
  from: keySchema,
  to: keySchema,
});

export type Unit = z.infer<typeof unitSchema>;
export type Successor = z.infer<typeof successorSchema>;
export type GroupRule = z.infer<typeof groupRuleSchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentMode = z.infer<typeof assignmentModeSchema>;
