import { makeIsoDate, type IsoDate } from '../dates.js';
import { parseDocumentNumber } from '../legal/index.js';
import { childId, createSegmentCounter, slugify } from '../model/ids.js';
import { parsePlan } from '../model/parse.js';
import type {
  Assignment,
  Correction,
  DeadlineReading,
  Definition,
  Effective,
  Handover,
  LegalRef,
  Phase,
  Plan,
  PlanNode,
  Recipient,
  ReportingRule,
  Signature,
  Target,
  Waiver,
} from '../model/schema.js';
import { PLAN_SCHEMA_VERSION } from '../model/schema.js';
import type { AssignmentDraft, HandoverDraft, NodeDraft, ReportDraft, TargetDraft } from './drafts.js';
import { withExtras } from './extras.js';
import type { HandoverInput, Registry } from './registry.js';

/**
 * A document the plan cites. The id defaults to a slug of its number (`161-qd-ttg`), or of its
 * kind, title and year when it is cited without a number (`luat-to-chuc-chinh-quyen-dia-phuong-2015`);
 * the kind defaults to the one its number names (`Quyết định` for `161/QĐ-TTg`, `Công văn` for
 * `123/UBND-KGVX`).
 *
 * @example
 * // "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
 * { kind: 'Luật', title: 'Tổ chức chính quyền địa phương', date: '2015-06-19', role: 'pursuant',
 *   effective: { from: 'date', date: '2016-01-01' } }
 * // "Thực hiện Công văn số 123/UBND-KGVX ngày 10/01/2022 của UBND tỉnh;"
 * { number: '123/UBND-KGVX', date: '2022-01-10', issuer: 'UBND tỉnh', role: 'implementing' }
 */
export interface LegalInput {
  id?: string;
  /** Number and symbol without "số"; leave out for a document cited by name and date only. */
  number?: string;
  kind?: string;
  date?: IsoDate;
  issuer?: string;
  title?: string;
  /** Other titles the plan gives the same document, as written. */
  otherTitles?: readonly string[];
  /** When it takes effect: `{ from: 'date', date: '2016-01-01' }` or `{ from: 'signing' }`. */
  effective?: Effective;
  /**
   * Why the plan names it: `pursuant` ("Căn cứ …"), `implementing` ("Thực hiện …"), `proposal`
   * ("Theo đề nghị của … tại Tờ trình số …"), or `cited` (the default: named in the body).
   */
  role?: LegalRef['role'];
}

/** A line of "Nơi nhận". */
export interface RecipientInput<K extends string> {
  text: string;
  units?: readonly K[];
  purpose?: string;
  archive?: boolean;
}

/** An explicit correction of the document as issued. Corrections are never silent. */
export type CorrectionInput = Omit<Correction, 'id'> & { id?: string };

/** Everything a plan says, in document order. */
export interface PlanSpec<U extends string, G extends string> {
  /** The unit registry from `defineRegistry()`. */
  registry: Registry<U, G>;
  /** Stable id; defaults to a slug of the number and the year of issue, e.g. `12127-kh-ubnd-2021`. */
  id?: string;
  /** Document type abbreviation; taken from the number (`KH` in `12127/KH-UBND`) by default. */
  type?: string;
  /** Number and symbol: `12127/KH-UBND`. */
  number: string;
  issuer: NoInfer<U>;
  /** The issuer block as printed, line by line: `['ỦY BAN NHÂN DÂN', 'TỈNH KHÁNH HÒA']`. */
  issuerHeading?: readonly string[];
  /** Place in the date line: "Khánh Hòa". */
  place: string;
  issuedOn: IsoDate;
  title: string;
  period: { from: IsoDate; to: IsoDate; text?: string };
  /**
   * The phases the period is split into, in order: `[{ key: 'gd1', from: 2021, to: 2025, text:
   * 'giai đoạn 2021-2025' }, { key: 'gd2', from: 2026, to: 2030, text: 'định hướng đến năm 2030' }]`.
   * A year stands for its whole length (from 1/1, to 31/12).
   */
  phases?: readonly PhaseInput[];
  /** The opening paragraph(s) before part I. */
  preamble?: string;
  legal?: readonly LegalInput[];
  /**
   * Names the plan defines and what they stand for: "(sau đây gọi tắt là Quyết định số 161)" is
   * `{ term: 'Quyết định số 161', for: 'legal', id: 'qd161', wording: 'sau đây gọi tắt là' }`.
   */
  definitions?: readonly Definition[];
  /** When the plan takes effect, when it says so: `{ from: 'signing', text: 'kể từ ngày ký' }`. */
  effective?: Effective;
  body: readonly NodeDraft[];
  recipients?: readonly RecipientInput<NoInfer<U | G>>[];
  signature: Signature;
  corrections?: readonly CorrectionInput[];
  /** Validator rules deliberately waived, each with its reason and optional target id. */
  waivers?: readonly Waiver[];
  /**
   * How the plan itself says "trước ngày X" is to be read, when it says so: `safe` (the last
   * working day before X) or `legal` (X, moved to the next working day when X is a day off).
   * Leave out when the plan is silent: tools then read it `safe`.
   */
  reading?: DeadlineReading;
  /**
   * Plan-wide choice of successor for ceased units whose functions were split: `{ soLdtbxh: 'soNoiVu' }`.
   * A task, item or reporting rule can choose otherwise with its own `handovers`.
   */
  handovers?: HandoverInput<NoInfer<U>>;
}

/**
 * Turns a plan written with the builders into the canonical model: plain JSON data with
 * ISO dates and a stable id on every node, checked against the model schema.
 *
 * @returns The canonical plan, deeply frozen.
 * @throws PlanError with every problem when the plan breaks the model (e.g. a date that does not exist).
 * @example
 * import { defineRegistry, definePlan, before } from '@kehoach/core';
 * const r = defineRegistry({ units: { ubnd: { name: 'UBND tỉnh', kind: 'people-committee' }, so: { name: 'Sở Y tế', kind: 'department' } } });
 * export default definePlan({
 *   registry: r, number: '01/KH-UBND', issuer: 'ubnd', place: 'Khánh Hòa', issuedOn: '2024-01-05',
 *   title: 'Kế hoạch ví dụ', period: { from: '2024-01-01', to: '2024-12-31' },
 *   body: [r.section('I', 'NHIỆM VỤ', [r.task('1', { lead: 'so', text: 'Sở Y tế chủ trì ...', deadlines: [before('2024-06-30')] })])],
 *   signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
 * });
 */
export function definePlan<U extends string, G extends string>(spec: PlanSpec<U, G>): Plan {
  const plan = {
    schema: PLAN_SCHEMA_VERSION,
    // Plans loaded from JavaScript may carry anything: derive only from strings, and let the
    // schema report the rest as problems with their paths.
    id: spec.id ?? slugify(`${String(spec.number)} ${String(spec.issuedOn).slice(0, 4)}`),
    type: spec.type ?? typeOfNumber(String(spec.number)),
    number: spec.number,
    issuer: spec.issuer,
    ...(spec.issuerHeading === undefined ? {} : { issuerHeading: [...spec.issuerHeading] }),
    place: spec.place,
    issuedOn: spec.issuedOn,
    title: spec.title,
    period: { ...spec.period },
    ...(spec.phases === undefined ? {} : { phases: spec.phases.map(toPhase) }),
    ...(spec.preamble === undefined ? {} : { preamble: spec.preamble }),
    legal: (spec.legal ?? []).map(toLegalRef),
    ...(spec.definitions === undefined ? {} : { definitions: spec.definitions.map((d) => ({ ...d })) }),
    ...(spec.effective === undefined ? {} : { effective: { ...spec.effective } }),
    units: spec.registry.units,
    groups: spec.registry.groups,
    body: toNodes(spec.body, undefined),
    recipients: (spec.recipients ?? []).map(toRecipient),
    signature: spec.signature,
    corrections: (spec.corrections ?? []).map((c, i) => ({ ...c, id: c.id ?? `correction-${i + 1}` })),
    ...(spec.waivers === undefined ? {} : { waivers: spec.waivers.map((w) => ({ ...w })) }),
    ...(spec.reading === undefined ? {} : { reading: spec.reading }),
    ...(spec.handovers === undefined ? {} : { handovers: toHandovers(spec.handovers) }),
  };
  return parsePlan(withExtras(plan, spec, PLAN_SPEC_KEYS));
}

/** A phase of the plan's period; a year stands for the whole year. */
export interface PhaseInput {
  /** How deadlines and targets name the phase: `endOfPhase('gd1')`, `phase: 'gd1'`. */
  key: string;
  /** First day, or a year (from its 1 January). */
  from: IsoDate | number;
  /** Last day, or a year (to its 31 December). */
  to: IsoDate | number;
  /** The phase as the document words it: "giai đoạn 2021-2025". */
  text?: string;
}

function toPhase(input: PhaseInput): Phase {
  const phase: Phase = {
    key: input.key,
    from: typeof input.from === 'number' ? makeIsoDate(input.from, 1, 1) : input.from,
    to: typeof input.to === 'number' ? makeIsoDate(input.to, 12, 31) : input.to,
  };
  if (input.text !== undefined) phase.text = input.text;
  return withExtras(phase, input, ['key', 'from', 'to', 'text']);
}

const PLAN_SPEC_KEYS = [
  'registry', 'id', 'type', 'number', 'issuer', 'issuerHeading', 'place', 'issuedOn', 'title', 'period', 'phases', 'preamble',
  'legal', 'definitions', 'effective', 'body', 'recipients', 'signature', 'corrections', 'waivers', 'reading', 'handovers',
];
const SECTION_KEYS = ['type', 'id', 'number', 'bullet', 'waivers', 'title', 'role', 'text', 'children'];
const ITEM_KEYS = ['type', 'id', 'number', 'bullet', 'waivers', 'text', 'owners', 'deadlines', 'reports', 'targets', 'refs', 'handovers', 'children'];
const TASK_KEYS = ['type', 'id', 'number', 'bullet', 'waivers', 'text', 'lead', 'partners', 'mode', 'deadlines', 'reports', 'targets', 'refs', 'handovers', 'children'];
const REPORT_KEYS = ['id', 'from', 'to', 'via', 'cc', 'what', 'covers', 'form', 'deadlines', 'handovers'];
const LEGAL_KEYS = ['id', 'number', 'kind', 'date', 'issuer', 'title', 'otherTitles', 'effective', 'role'];
const RECIPIENT_KEYS = ['text', 'units', 'purpose', 'archive'];
const ASSIGNMENT_KEYS = ['unit', 'mode', 'qualifier'];

/** @internal Handovers as the model keeps them: a list of `{ from, to }` in the order written. */
export function toHandovers(input: HandoverDraft): Handover[] {
  if (Array.isArray(input)) return input.map((h: Handover) => ({ ...h }));
  return Object.entries(input as Record<string, string | undefined>)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([from, to]) => ({ from, to }));
}

/** @internal The type abbreviation of a document number: `KH` in `12127/KH-UBND`. */
export function typeOfNumber(number: string): string {
  const m = /^[^/]*\/(?:\d{4}\/)?([^-/]+)/.exec(number) ?? /^\d+-([^/]+)\//.exec(number);
  return m?.[1] ?? 'KH';
}

function toLegalRef(input: LegalInput): LegalRef {
  const ref: LegalRef = { id: input.id ?? legalId(input), role: input.role ?? 'cited' };
  if (input.number !== undefined) ref.number = input.number;
  const kind = input.kind ?? (input.number === undefined ? undefined : kindOfNumber(String(input.number)));
  if (kind !== undefined) ref.kind = kind;
  if (input.date !== undefined) ref.date = input.date;
  if (input.issuer !== undefined) ref.issuer = input.issuer;
  if (input.title !== undefined) ref.title = input.title;
  if (input.otherTitles !== undefined) ref.otherTitles = [...input.otherTitles];
  if (input.effective !== undefined) ref.effective = { ...input.effective };
  return withExtras(ref, input, LEGAL_KEYS);
}

/** @internal The id of a legal reference: a slug of its number, or of its kind, title and year. */
export function legalId(input: Pick<LegalInput, 'number' | 'kind' | 'title' | 'date'>): string {
  if (input.number !== undefined) return slugify(String(input.number));
  const year = input.date === undefined ? '' : String(input.date).slice(0, 4);
  const words = slugify([input.kind, input.title].filter((p) => p !== undefined && p !== '').join(' ')).slice(0, 80).replace(/-+$/, '');
  return [words, year].filter((p) => p !== '').join('-') || 'legal';
}

/** The document kind a number names, e.g. `Nghị định` for `20/2021/NĐ-CP`; Party numbers are left alone. */
function kindOfNumber(number: string): string | undefined {
  const parsed = parseDocumentNumber(number);
  return parsed.ok && parsed.value.family !== 'party' ? parsed.value.typeName?.vi : undefined;
}

function toRecipient(input: RecipientInput<string>): Recipient {
  const r: Recipient = { text: input.text };
  if (input.units !== undefined) r.units = [...input.units];
  if (input.purpose !== undefined) r.purpose = input.purpose;
  if (input.archive !== undefined) r.archive = input.archive;
  return withExtras(r, input, RECIPIENT_KEYS);
}

function toNodes(drafts: readonly NodeDraft[], parentId: string | undefined): PlanNode[] {
  const segment = createSegmentCounter();
  return drafts.map((draft) => {
    const id = draft.id ?? childId(parentId, segment(draft));
    if (draft.id !== undefined) segment(draft);
    return toNode(draft, id);
  });
}

function toNode(draft: NodeDraft, id: string): PlanNode {
  const common = {
    id,
    ...(draft.number === undefined ? {} : { number: draft.number }),
    ...(draft.bullet === undefined ? {} : { bullet: draft.bullet }),
    ...(draft.waivers === undefined ? {} : { waivers: draft.waivers.map((w) => ({ ...w })) }),
  };
  if (draft.type === 'section') {
    const section: PlanNode = {
      type: 'section',
      ...common,
      ...(draft.title === undefined ? {} : { title: draft.title }),
      ...(draft.role === undefined ? {} : { role: draft.role }),
      ...(draft.text === undefined ? {} : { text: draft.text }),
      children: toNodes(draft.children, id),
    };
    return withExtras(section, draft, SECTION_KEYS);
  }
  const attachments = {
    ...(draft.reports === undefined ? {} : { reports: draft.reports.map((r, i) => toReport(r, `${id}/r${i + 1}`)) }),
    ...(draft.targets === undefined ? {} : { targets: draft.targets.map((t, i) => toTarget(t, `${id}/t${i + 1}`)) }),
    ...(draft.refs === undefined ? {} : { refs: [...draft.refs] }),
    ...(draft.handovers === undefined ? {} : { handovers: toHandovers(draft.handovers) }),
    ...(draft.children === undefined ? {} : { children: toNodes(draft.children, id) }),
  };
  if (draft.type === 'item') {
    const item: PlanNode = {
      type: 'item',
      ...common,
      text: draft.text,
      ...(draft.owners === undefined ? {} : { owners: draft.owners.map(toAssignment) }),
      ...(draft.deadlines === undefined ? {} : { deadlines: [...draft.deadlines] }),
      ...attachments,
    };
    return withExtras(item, draft, ITEM_KEYS);
  }
  const task: PlanNode = {
    type: 'task',
    ...common,
    text: draft.text,
    lead: toAssignment(draft.lead),
    partners: (draft.partners ?? []).map(toAssignment),
    mode: draft.mode ?? 'assign',
    deadlines: [...(draft.deadlines ?? [])],
    ...attachments,
  };
  return withExtras(task, draft, TASK_KEYS);
}

function toAssignment(draft: AssignmentDraft): Assignment {
  if (typeof draft === 'string') return { unit: draft };
  const a: Assignment = { unit: draft.unit };
  if (draft.mode !== undefined) a.mode = draft.mode;
  if (draft.qualifier !== undefined) a.qualifier = draft.qualifier;
  return withExtras(a, draft, ASSIGNMENT_KEYS);
}

function toReport(draft: ReportDraft | ReportingRule, id: string): ReportingRule {
  const rule: ReportingRule = {
    id: draft.id ?? id,
    to: draft.to,
    cc: [...(draft.cc ?? [])],
    what: draft.what,
    deadlines: [...(draft.deadlines ?? [])],
  };
  if (draft.from !== undefined) rule.from = toAssignment(draft.from);
  if (draft.via !== undefined) rule.via = draft.via;
  if (draft.covers !== undefined) rule.covers = { ...draft.covers };
  if (draft.form !== undefined) rule.form = { ...draft.form };
  if (draft.handovers !== undefined) rule.handovers = toHandovers(draft.handovers);
  return withExtras(rule, draft, REPORT_KEYS);
}

function toTarget(draft: TargetDraft | Target, id: string): Target {
  const { scope, ...rest } = draft;
  return { ...rest, id: draft.id ?? id, ...(scope === undefined ? {} : { scope: [...scope] }) };
}
