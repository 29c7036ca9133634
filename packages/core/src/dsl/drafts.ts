import type { Deadline, Handover, PlanNode, ReportedPeriod, ReportForm, SectionRole, Target, Waiver } from '../model/schema.js';
import type { AssignmentMode } from '../model/schema.js';

/**
 * @internal What the builders return: the model's nodes before ids are derived and
 * assignments are spelt out. `definePlan()` turns drafts into the canonical model.
 */
export type AssignmentDraft = string | { unit: string; mode?: AssignmentMode; qualifier?: string };

/** @internal Handovers as the builders take them (`{ soLdtbxh: 'soYTe' }`) or as the model keeps them. */
export type HandoverDraft = Partial<Record<string, string>> | readonly Handover[];

/** @internal */
export interface ReportDraft {
  id?: string;
  from?: AssignmentDraft;
  to: string;
  via?: string;
  cc?: readonly string[];
  what: string;
  covers?: ReportedPeriod;
  form?: ReportForm;
  deadlines?: readonly Deadline[];
  handovers?: HandoverDraft;
}

/** @internal */
export type TargetDraft = Omit<Target, 'id' | 'scope'> & { id?: string; scope?: readonly string[] };

interface NodeDraftCommon {
  id?: string;
  waivers?: readonly Waiver[];
  number?: string;
  bullet?: '-' | '+';
}

/** @internal */
export interface SectionDraft extends NodeDraftCommon {
  type: 'section';
  title?: string;
  role?: SectionRole;
  text?: string;
  children: readonly NodeDraft[];
}

/** @internal */
export interface ItemDraft extends NodeDraftCommon {
  type: 'item';
  text: string;
  owners?: readonly AssignmentDraft[];
  deadlines?: readonly Deadline[];
  reports?: readonly ReportDraft[];
  targets?: readonly TargetDraft[];
  refs?: readonly string[];
  handovers?: HandoverDraft;
  children?: readonly NodeDraft[];
}

/** @internal */
export interface TaskDraft extends NodeDraftCommon {
  type: 'task';
  text: string;
  lead: AssignmentDraft;
  partners?: readonly AssignmentDraft[];
  mode?: 'assign' | 'request';
  deadlines?: readonly Deadline[];
  reports?: readonly ReportDraft[];
  targets?: readonly TargetDraft[];
  refs?: readonly string[];
  handovers?: HandoverDraft;
  children?: readonly NodeDraft[];
}

/** A section, item or task as the builders return it, before `definePlan()` gives it an id. */
export type NodeDraft = SectionDraft | ItemDraft | TaskDraft | PlanNode;
