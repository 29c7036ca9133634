import { z } from 'zod';
import { deadlineSchema, type Deadline } from './deadlines.js';
import { idSchema, nonEmpty, prose } from './primitives.js';
import { reportingRuleSchema, type ReportingRule } from './reporting.js';
import { targetSchema, type Target } from './targets.js';
import { assignmentSchema, handoverSchema, type Assignment, type Handover } from './units.js';

/** The body of a plan: sections, items and tasks, and waivers of validator rules. */

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

export type SectionRole = z.infer<typeof sectionRoleSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
