import { z } from 'zod';
import type { IsoDate } from '../dates.js';
import { LAST_SUPPORTED_YEAR, FIRST_SUPPORTED_YEAR, MAX_FILE_ID, NO_INVISIBLE, SAFE_FILE_ID, SUPPORTED_DATE } from './restrictions.js';

/**
 * The canonical plan model as zod schemas.
 *
 * The model is plain JSON data: no classes, no `Date` objects, dates as ISO
 * `YYYY-MM-DD` strings, and a stable `id` on every node. `definePlan()` and
 * `parsePlan()` both return data of this shape; the JSON Schema export is
 * generated from these schemas.
 */

/** Control characters (newlines included) and unpaired UTF-16 surrogates: never in a name. */
export const LINE_FORBIDDEN = /^[^\u0000-\u001f\u007f-\u009f\ud800-\udfff]*$/u;
/** Control characters except the newline that separates paragraphs, and unpaired surrogates. */
export const PROSE_FORBIDDEN = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff]*$/u;
/** Longest single-line value (names, numbers, titles) and longest paragraph text. */
export const MAX_LINE = 2_000;
export const MAX_PROSE = 100_000;

/** A non-empty single line: names, keys of documents, short wordings. */
const nonEmpty = z.string().min(1).max(MAX_LINE).regex(LINE_FORBIDDEN);
/** Paragraph text: newlines separate paragraphs. */
const prose = z.string().min(1).max(MAX_PROSE).regex(PROSE_FORBIDDEN);
/** @internal The model's building blocks, for the progress record's schema. */
export { nonEmpty as lineSchema, prose as proseSchema, keySchema, idSchema, planIdSchema };

/** An ISO `YYYY-MM-DD` calendar date that exists (no 2021-02-30), from 1900-01-01 to 2100-12-31. */
// z.iso.date() checks days per month and leap years, so 2021-02-30 fails here.
export const isoDateSchema = z.iso
  .date()
  .regex(SUPPORTED_DATE)
  .meta({ description: 'A calendar date written YYYY-MM-DD, from 1900-01-01 to 2100-12-31 (the range the calendars compute).' }) as unknown as z.ZodType<
  IsoDate,
  IsoDate
>;

const keySchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/)
  .max(120)
  .meta({ description: 'A key of the unit registry: letters, digits, _ and -, starting with a letter.' });

const idSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(LINE_FORBIDDEN)
  .regex(NO_INVISIBLE)
  .regex(/^[^\s]+$/)
  .meta({
    description:
      'A stable node id, explicit or derived from the numbering path (e.g. III.2.d1): no spaces, control, bidirectional or zero-width characters.',
  });

/** The plan's id: it names the exported files, so it is a safe file name. */
const planIdSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_ID)
  .regex(SAFE_FILE_ID)
  .meta({
    description:
      "The plan's id, which names its exported files: ASCII letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 100 characters, not a Windows device name.",
  });

/** A year a deadline names, within the calendars' range. */
const deadlineYear = z.number().int().min(FIRST_SUPPORTED_YEAR).max(LAST_SUPPORTED_YEAR);

const localizedSchema = z.strictObject({ vi: prose, en: prose });

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
  period: z.union([periodUnitSchema, z.literal('plan')]),
  year: deadlineYear.optional(),
  /** Quarter 1-4, half 1-2 or month 1-12 within `year`. */
  index: z.number().int().min(1).max(12).optional(),
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
  ...deadlineText,
});

export const milestoneDeadlineSchema = z.strictObject({
  kind: z.literal('milestone'),
  milestone: z.enum(['mid-term', 'end-term', 'on-request', 'other']),
  ...deadlineText,
});

export const eventDeadlineSchema = z.strictObject({
  kind: z.literal('event'),
  event: nonEmpty,
  ...deadlineText,
});

export const deadlineSchema = z.discriminatedUnion('kind', [
  dateDeadlineSchema,
  endOfDeadlineSchema,
  recurringDeadlineSchema,
  milestoneDeadlineSchema,
  eventDeadlineSchema,
]);

/**
 * Which successor of a ceased unit takes over a duty, where the unit's functions were split:
 * `{ from: 'soLdtbxh', to: 'soYTe' }`.
 */
export const handoverSchema = z.strictObject({
  from: keySchema,
  to: keySchema,
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
  deadlines: z.array(deadlineSchema),
  handovers: z.array(handoverSchema).optional(),
});

export const targetSchema = z.strictObject({
  id: idSchema,
  metric: nonEmpty,
  direction: z.enum(['increase', 'decrease', 'reach', 'maintain']),
  value: z.number().finite().optional(),
  range: z.strictObject({ min: z.number().finite(), max: z.number().finite() }).optional(),
  unit: nonEmpty.optional(),
  per: z.enum(['year', 'period']).optional(),
  by: z.number().int().min(1900).max(2200).optional(),
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

/**
 * A deliberate exception to one validator rule, with the reason kept and reported.
 * On a node it waives the rule for that node; on the plan it names its `target` (a node id,
 * unit key or legal reference id), or the whole plan when `target` is absent.
 */
export const waiverSchema = z.strictObject({
  rule: nonEmpty,
  reason: prose,
  target: idSchema.optional(),
});

const nodeCommon = {
  id: idSchema,
  /** The numbering as written: `I`, `1`, `a`, `đ`; absent for bullets and plain paragraphs. */
  number: nonEmpty.optional(),
  bullet: z.enum(['-', '+']).optional(),
  waivers: z.array(waiverSchema).optional(),
};

const attachments = {
  /** Who owes the item's deadlines when it is not a task ("các sở, ban, ngành, địa phương xây dựng kế hoạch"). */
  owners: z.array(assignmentSchema).optional(),
  deadlines: z.array(deadlineSchema).optional(),
  reports: z.array(reportingRuleSchema).optional(),
  targets: z.array(targetSchema).optional(),
  refs: z.array(idSchema).optional(),
  handovers: z.array(handoverSchema).optional(),
};

export const sectionRoleSchema = z.enum([
  'purposes',
  'requirements',
  'objectives',
  'tasks',
  'funding',
  'organization',
  'reporting',
  'other',
]);

export type PlanNode = Section | Item | Task;

export interface Section {
  type: 'section';
  id: string;
  number?: string;
  bullet?: '-' | '+';
  waivers?: Waiver[];
  title?: string;
  role?: z.infer<typeof sectionRoleSchema>;
  text?: string;
  children: PlanNode[];
}

export interface Item {
  type: 'item';
  id: string;
  number?: string;
  bullet?: '-' | '+';
  waivers?: Waiver[];
  text: string;
  /** Who owes the item's deadlines; absent for an item under a task, whose lead and partners owe them. */
  owners?: Assignment[];
  deadlines?: Deadline[];
  reports?: ReportingRule[];
  targets?: Target[];
  refs?: string[];
  /** Which successor takes over from a ceased unit whose functions were split. */
  handovers?: Handover[];
  children?: PlanNode[];
}

export interface Task {
  type: 'task';
  id: string;
  number?: string;
  bullet?: '-' | '+';
  waivers?: Waiver[];
  text: string;
  lead: Assignment;
  partners: Assignment[];
  /** `assign` ("giao") for the issuer's own bodies, `request` ("đề nghị") for bodies outside its authority. */
  mode: 'assign' | 'request';
  deadlines: Deadline[];
  reports?: ReportingRule[];
  targets?: Target[];
  refs?: string[];
  /** Which successor takes over from a ceased unit whose functions were split. */
  handovers?: Handover[];
  children?: PlanNode[];
}

export const sectionSchema = z.strictObject({
  type: z.literal('section'),
  ...nodeCommon,
  title: nonEmpty.optional(),
  role: sectionRoleSchema.optional(),
  text: prose.optional(),
  get children(): z.ZodArray<z.ZodType<PlanNode>> {
    return z.array(nodeSchema);
  },
});

export const itemSchema = z.strictObject({
  type: z.literal('item'),
  ...nodeCommon,
  text: prose,
  ...attachments,
  get children(): z.ZodOptional<z.ZodArray<z.ZodType<PlanNode>>> {
    return z.array(nodeSchema).optional();
  },
});

export const taskSchema = z.strictObject({
  type: z.literal('task'),
  ...nodeCommon,
  text: prose,
  lead: assignmentSchema,
  partners: z.array(assignmentSchema),
  mode: z.enum(['assign', 'request']),
  deadlines: z.array(deadlineSchema),
  reports: z.array(reportingRuleSchema).optional(),
  targets: z.array(targetSchema).optional(),
  refs: z.array(idSchema).optional(),
  handovers: z.array(handoverSchema).optional(),
  get children(): z.ZodOptional<z.ZodArray<z.ZodType<PlanNode>>> {
    return z.array(nodeSchema).optional();
  },
});

export const nodeSchema: z.ZodType<PlanNode> = z.discriminatedUnion('type', [sectionSchema, itemSchema, taskSchema]);

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
  preamble: prose.optional(),
  legal: z.array(legalRefSchema),
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

export type Unit = z.infer<typeof unitSchema>;
export type Successor = z.infer<typeof successorSchema>;
export type GroupRule = z.infer<typeof groupRuleSchema>;
export type Handover = z.infer<typeof handoverSchema>;
export type DeadlineReading = z.infer<typeof deadlineReadingSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type Group = z.infer<typeof groupSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentMode = z.infer<typeof assignmentModeSchema>;
export type DeadlineWording = z.infer<typeof deadlineWordingSchema>;
export type DateDeadline = z.infer<typeof dateDeadlineSchema>;
export type EndOfDeadline = z.infer<typeof endOfDeadlineSchema>;
export type RecurringDeadline = z.infer<typeof recurringDeadlineSchema>;
export type MilestoneDeadline = z.infer<typeof milestoneDeadlineSchema>;
export type EventDeadline = z.infer<typeof eventDeadlineSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type PeriodUnit = z.infer<typeof periodUnitSchema>;
export type ReportingRule = z.infer<typeof reportingRuleSchema>;
export type Target = z.infer<typeof targetSchema>;
export type LegalRef = z.infer<typeof legalRefSchema>;
export type SectionRole = z.infer<typeof sectionRoleSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Signature = z.infer<typeof signatureSchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
export type Plan = z.infer<typeof planSchema>;
