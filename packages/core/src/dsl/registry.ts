import type { IsoDate } from '../dates.js';
import type { AssignmentMode, Deadline, Group, ReportForm, ReportedPeriod, SectionRole, Successor, Target, Unit, UnitKind, Waiver } from '../model/schema.js';
import type { ItemDraft, NodeDraft, SectionDraft, TaskDraft } from './drafts.js';
import { withExtras } from './extras.js';

/** A unit as declared in the registry. `K` is the union of declared keys. */
export interface UnitInput<K extends string = string> {
  /** Full name as the document writes it: "Sở Lao động - Thương binh và Xã hội". */
  name: string;
  /** Short name: "Sở LĐTBXH". */
  short?: string;
  /** English name. */
  en?: string;
  kind: UnitKind;
  /**
   * Whether the issuer can assign ("giao") work to this unit (`internal`) or only request it
   * ("đề nghị", `external`). Defaults to `internal` for people's committees, departments,
   * districts and agencies, `external` for the others.
   */
  authority?: 'internal' | 'external';
  /** Other wordings the document uses for this unit. */
  aliases?: readonly string[];
  /** First day the unit existed, when it was formed during or after the plan. */
  validFrom?: IsoDate;
  /** Last day the unit existed, e.g. before a merger. */
  validUntil?: IsoDate;
  /** The decision that formed or ended the unit: "Nghị quyết số 12/NQ-HĐND ngày 28/02/2025 của HĐND tỉnh". */
  basis?: string;
  /**
   * Who took over its duties after `validUntil`: `['soNoiVu']`, or, when its functions were
   * split, one entry per function: `[{ unit: 'soYTe', for: 'bảo trợ xã hội' }, …]`.
   */
  successors?: readonly (K | SuccessorInput<K>)[];
  note?: string;
}

/** A successor that took over one function of a ceased unit. */
export interface SuccessorInput<K extends string = string> {
  unit: K;
  /** The function it took over: "giảm nghèo", "giáo dục nghề nghiệp". */
  for?: string;
  /** The decision that moved the function. */
  basis?: string;
}

/** Which successor takes over from each ceased unit whose functions were split: `{ soLdtbxh: 'soYTe' }`. */
export type HandoverInput<K extends string> = Partial<Record<K, K>>;

/** A group of units, such as "UBND các huyện, thị xã, thành phố". */
export interface GroupInput<K extends string = string> {
  name: string;
  short?: string;
  en?: string;
  /** Member units or groups, listed by name. */
  members?: readonly K[];
  /**
   * Members by rule: every unit of the registry of these kinds that exists on the date in
   * question, added to `members`. "Các sở, ban, ngành" is `{ kinds: ['department', 'agency'] }`.
   */
  rule?: { kinds: readonly UnitKind[]; except?: readonly K[] };
  /** Default reading of an assignment to the group: each member does it (default), or together. */
  mode?: AssignmentMode;
  /**
   * `false` when the document names the group without listing every member and no rule finds
   * them all; every output then names "the other members of the group". Defaults to `true`.
   */
  complete?: boolean;
  aliases?: readonly string[];
  note?: string;
}

/** Who an assignment names: a key, or a key with a mode and a qualifier. */
export type AssignmentInput<K extends string> = K | { unit: K; mode?: AssignmentMode; qualifier?: string };

/** A reporting rule: who reports what to whom, through whom, copied to whom, and by when. */
export interface ReportInput<K extends string> {
  id?: string;
  /** Who reports; the lead of the task by default. */
  from?: AssignmentInput<K>;
  to: K;
  /** The unit that collects and synthesizes the reports. */
  via?: K;
  cc?: readonly K[];
  what: string;
  /** The period reported on, when the text names it apart from the due date: `{ period: 'half-year', index: 1, text: '6 tháng đầu năm' }`. */
  covers?: ReportedPeriod;
  /** The form to use: `{ text: 'Phụ lục II', source: 'tt01' }` for "theo biểu mẫu tại Phụ lục II Thông tư số 01/…". */
  form?: ReportForm;
  deadlines?: readonly Deadline[];
  /** Which successor takes over from a ceased unit whose functions were split. */
  handovers?: HandoverInput<K>;
}

/** A target with a metric, direction, value and baseline. */
export type TargetInput<K extends string> = Omit<Target, 'id' | 'scope'> & { id?: string; scope?: readonly K[] };

/** What a task says beyond its text: lead, partners, deadlines, reporting, targets. */
export interface TaskInput<K extends string> {
  id?: string;
  /** The item's text as written, including its "X chủ trì, phối hợp với Y" clause. */
  text: string;
  /** The one unit or group that leads ("chủ trì"). */
  lead: AssignmentInput<K>;
  /** Partner units or groups ("phối hợp"). */
  partners?: readonly AssignmentInput<K>[];
  /** `assign` ("giao", the default) or `request` ("đề nghị"). */
  mode?: 'assign' | 'request';
  deadlines?: readonly Deadline[];
  reports?: readonly ReportInput<K>[];
  targets?: readonly TargetInput<K>[];
  /** Ids of legal references the item cites. */
  refs?: readonly string[];
  /** Which successor takes over from a ceased unit whose functions were split: `{ soLdtbxh: 'soYTe' }`. */
  handovers?: HandoverInput<K>;
  /** Validator rules deliberately waived on this task, each with its reason. */
  waivers?: readonly Waiver[];
}

/** What an item may carry besides its text. */
export interface ItemInput<K extends string> {
  id?: string;
  /**
   * Who owes the item's deadlines when it is not a task: an objective such as "Đến cuối năm
   * 2021, các sở, ban, ngành, địa phương xây dựng kế hoạch" names its owners here.
   */
  owners?: readonly AssignmentInput<K>[];
  deadlines?: readonly Deadline[];
  reports?: readonly ReportInput<K>[];
  targets?: readonly TargetInput<K>[];
  refs?: readonly string[];
  /** Which successor takes over from a ceased unit whose functions were split. */
  handovers?: HandoverInput<K>;
  /** Validator rules deliberately waived on this item, each with its reason. */
  waivers?: readonly Waiver[];
}

/** Options of a section. */
export interface SectionInput {
  id?: string;
  /** Validator rules deliberately waived on this section, each with its reason. */
  waivers?: readonly Waiver[];
  role?: SectionRole;
  /** A paragraph under the title, before the children. */
  text?: string;
}

/**
 * The numbering of a node as written: `I`, `1`, `a`, `đ`; `-` or `+` for bullets;
 * `''` for a plain paragraph.
 */
export type Numbering = string;

/**
 * A unit registry with builders whose unit arguments are typed by the registry's keys, so a
 * misspelt key is a compile error. Create one with `defineRegistry()`.
 */
export interface Registry<U extends string, G extends string> {
  /** The declared units, in declaration order. */
  readonly units: readonly Unit[];
  /** The declared groups, in declaration order. */
  readonly groups: readonly Group[];
  /** A numbered part: `section('III', 'NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN', [...])`. */
  section(numbering: Numbering, title: string | undefined, children: readonly NodeDraft[], options?: SectionInput): SectionDraft;
  /** A paragraph or bullet with no lead: a purpose, a requirement, an objective, a "+" sub-item. */
  item(numbering: Numbering, text: string, options?: ItemInput<U | G>, children?: readonly NodeDraft[]): ItemDraft;
  /** A task with one lead and any number of partners. */
  task(numbering: Numbering, task: TaskInput<U | G>, children?: readonly NodeDraft[]): TaskDraft;
  /** A reporting rule, for `reports: [...]` of a task or item. */
  report(rule: ReportInput<U | G>): ReportInput<U | G>;
  /** An assignment to a group where each member does the work. */
  each(key: G, qualifier?: string): { unit: G; mode: 'each'; qualifier?: string };
  /** An assignment to a group that does the work together. */
  together(key: G, qualifier?: string): { unit: G; mode: 'together'; qualifier?: string };
  /** An assignment narrowed by wording, "có liên quan" by default: `related('soBanNganh')`. */
  related(key: U | G, qualifier?: string): { unit: U | G; qualifier: string };
  /** A measurable target. */
  target(target: TargetInput<U | G>): TargetInput<U | G>;
}

const EXTERNAL_BY_DEFAULT: ReadonlySet<UnitKind> = new Set([
  'party',
  'people-council',
  'front',
  'union',
  'media',
  'ministry',
  'government',
  'other',
]);

/**
 * Declares the units and groups a plan talks about, and returns builders typed by their keys.
 *
 * @example
 * const r = defineRegistry({
 *   units: {
 *     ubndTinh: { name: 'Ủy ban nhân dân tỉnh Khánh Hòa', short: 'UBND tỉnh', kind: 'people-committee' },
 *     soLdtbxh: { name: 'Sở Lao động - Thương binh và Xã hội', short: 'Sở LĐTBXH', kind: 'department' },
 *     soTaiChinh: { name: 'Sở Tài chính', kind: 'department' },
 *   },
 *   groups: {
 *     soBanNganh: { name: 'Các sở, ban, ngành', members: ['soLdtbxh', 'soTaiChinh'] },
 *   },
 * });
 * r.task('-', { lead: 'soLdtbxh', partners: [r.related('soBanNganh')], text: 'Sở Lao động - ... chủ trì ...' });
 * // r.task('-', { lead: 'soLdtbx', text: '' }); // compile error: not a declared key
 */
export function defineRegistry<const U extends string, const G extends string = never>(input: {
  units: { readonly [P in U]: UnitInput<NoInfer<U>> };
  groups?: { readonly [P in G]: GroupInput<NoInfer<U | G>> };
}): Registry<U, G> {
  const units: Unit[] = Object.entries<UnitInput>(input.units).map(([key, u]) => {
    const unit: Unit = {
      key,
      name: u.name,
      kind: u.kind,
      authority: u.authority ?? (EXTERNAL_BY_DEFAULT.has(u.kind) ? 'external' : 'internal'),
    };
    if (u.short !== undefined) unit.short = u.short;
    if (u.en !== undefined) unit.en = u.en;
    if (u.aliases !== undefined) unit.aliases = [...u.aliases];
    if (u.validFrom !== undefined) unit.validFrom = u.validFrom;
    if (u.validUntil !== undefined) unit.validUntil = u.validUntil;
    if (u.basis !== undefined) unit.basis = u.basis;
    if (u.successors !== undefined) unit.successors = u.successors.map(toSuccessor);
    if (u.note !== undefined) unit.note = u.note;
    return withExtras(unit, u, UNIT_INPUT_KEYS);
  });
  const groups: Group[] = Object.entries<GroupInput>(input.groups ?? {}).map(([key, g]) => {
    const group: Group = {
      key,
      name: g.name,
      members: [...(g.members ?? [])],
      mode: g.mode ?? 'each',
      complete: g.complete ?? true,
    };
    if (g.rule !== undefined) {
      group.rule = withExtras({ kinds: [...g.rule.kinds], ...(g.rule.except === undefined ? {} : { except: [...g.rule.except] }) }, g.rule, RULE_INPUT_KEYS);
    }
    if (g.short !== undefined) group.short = g.short;
    if (g.en !== undefined) group.en = g.en;
    if (g.aliases !== undefined) group.aliases = [...g.aliases];
    if (g.note !== undefined) group.note = g.note;
    return withExtras(group, g, GROUP_INPUT_KEYS);
  });

  return {
    units,
    groups,
    section: (numbering, title, children, options = {}) => ({
      type: 'section',
      ...numberingOf(numbering),
      ...(options.id === undefined ? {} : { id: options.id }),
      ...(title === undefined ? {} : { title }),
      ...(options.role === undefined ? {} : { role: options.role }),
      ...(options.text === undefined ? {} : { text: options.text }),
      ...(options.waivers === undefined ? {} : { waivers: options.waivers }),
      children,
    }),
    item: (numbering, text, options = {}, children) => ({
      type: 'item',
      ...numberingOf(numbering),
      ...options,
      text,
      ...(children === undefined ? {} : { children }),
    }),
    task: (numbering, task, children) => ({
      type: 'task',
      ...numberingOf(numbering),
      ...task,
      ...(children === undefined ? {} : { children }),
    }),
    report: (rule) => rule,
    each: (key, qualifier) => ({ unit: key, mode: 'each', ...(qualifier === undefined ? {} : { qualifier }) }),
    together: (key, qualifier) => ({ unit: key, mode: 'together', ...(qualifier === undefined ? {} : { qualifier }) }),
    related: (key, qualifier = 'có liên quan') => ({ unit: key, qualifier }),
    target: (target) => target,
  };
}

const UNIT_INPUT_KEYS = ['name', 'short', 'en', 'kind', 'authority', 'aliases', 'validFrom', 'validUntil', 'basis', 'successors', 'note'];
const GROUP_INPUT_KEYS = ['name', 'short', 'en', 'members', 'rule', 'mode', 'complete', 'aliases', 'note'];
const RULE_INPUT_KEYS = ['kinds', 'except'];

function toSuccessor(input: string | SuccessorInput): Successor {
  if (typeof input === 'string') return { unit: input };
  const successor: Successor = { unit: input.unit };
  if (input.for !== undefined) successor.for = input.for;
  if (input.basis !== undefined) successor.basis = input.basis;
  return withExtras(successor, input, ['unit', 'for', 'basis']);
}

function numberingOf(numbering: Numbering): { number?: string; bullet?: '-' | '+' } {
  if (numbering === '-' || numbering === '+') return { bullet: numbering };
  if (numbering === '') return {};
  return { number: numbering };
}
