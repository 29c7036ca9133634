import type { LocalizedText } from '../model/text.js';

/**
 * What a change is about. Nodes are sections, items and tasks of the body; `…/changed`
 * kinds carry the changed `field`.
 */
export type ChangeKind =
  | 'header/changed'
  | 'legal/added'
  | 'legal/removed'
  | 'legal/changed'
  | 'definition/added'
  | 'definition/removed'
  | 'definition/changed'
  | 'node/added'
  | 'node/removed'
  | 'node/moved'
  | 'node/renumbered'
  | 'node/type'
  | 'node/text'
  | 'node/changed'
  | 'node/refs'
  | 'node/handovers'
  | 'item/owners'
  | 'task/lead'
  | 'task/partners'
  | 'task/mode'
  | 'deadline/added'
  | 'deadline/removed'
  | 'deadline/changed'
  | 'report/added'
  | 'report/removed'
  | 'report/changed'
  | 'target/added'
  | 'target/removed'
  | 'target/changed'
  | 'waiver/added'
  | 'waiver/removed'
  | 'recipient/added'
  | 'recipient/removed'
  | 'recipient/changed'
  | 'correction/added'
  | 'correction/removed'
  | 'correction/changed'
  | 'unit/added'
  | 'unit/removed'
  | 'unit/changed'
  | 'group/added'
  | 'group/removed'
  | 'group/members'
  | 'group/changed';

/** One difference between two versions of a plan. Plain JSON data. */
export interface Change {
  kind: ChangeKind;
  /**
   * What changed: a node id (as in the new version; the old one for removals), a reporting
   * rule or target id (`V.1.a/r1`), a unit or group key, a legal reference or correction id,
   * a recipient's text, or the plan id for header changes.
   */
  id: string;
  /** The field that changed: `lead`, `text`, `title`, `via`, `validUntil`, `number`... */
  field?: string;
  /** Where the value is in the plan data: in the new version, or the old one for removals. */
  path: (string | number)[];
  /** The top-level part of the body the change is in, for grouping: `III`, `III. NHIỆM VỤ…`. */
  section?: { id: string; heading: string };
  /** The old value (absent for additions). */
  before?: unknown;
  /** The new value (absent for removals). */
  after?: unknown;
  /** The change in words, in Vietnamese and English, without the id. */
  message: LocalizedText;
}

/** The semantic difference of two plans, in a deterministic order (see `diffPlans`). */
export interface PlanDiff {
  changes: Change[];
}

/** Options of `diffPlans()`. */
export interface DiffOptions {
  /**
   * Also report nodes whose id changed only because siblings were added or removed before
   * them (`node/renumbered`). Off by default: renumbering follows from the other changes.
   */
  renumbered?: boolean;
}
