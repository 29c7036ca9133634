import type { Assignment, Deadline, Definition, Handover, LegalRef, Plan, PlanNode, ReportingRule, Target } from '../model/schema.js';
import type { Locale, LocalizedText } from '../model/text.js';
import { Names, both, describeDeadline, excerpt, label, nodeType, quote, showValue, wordChange } from './describe.js';
import { flatten, matchNodes, type Entry } from './match.js';
import type { Change, ChangeKind, DiffOptions, PlanDiff } from './types.js';

type Path = (string | number)[];

/**
 * The semantic difference between two versions of a plan, e.g. a plan and its amendment
 * ("điều chỉnh, bổ sung").
 *
 * Nodes are matched by id and text: a node whose text is unchanged but whose id changed
 * because it went to another section or position is `node/moved`, not removed and added;
 * ids that shift only because siblings were added or removed before them are not reported
 * (see {@link DiffOptions.renumbered}). Then every field is compared: text (with a
 * word-level excerpt), lead, partners, mode, owners, deadlines (dates as dd/mm/yyyy),
 * reporting rules, targets, references, handovers and waivers of nodes; the header (the
 * reading and plan-wide handovers included); legal references; units (their basis and
 * successors), groups, their members and rules; recipients; corrections.
 *
 * Order: header, legal references, body (document order of `b`, then nodes removed from
 * `a` in its order), recipients, corrections, plan waivers, units, groups. The same two plans
 * always give the same diff; `diffPlans(p, p)` is empty.
 *
 * @param a - The earlier version.
 * @param b - The later version.
 * @example
 * import { diffPlans, formatDiff } from '@kehoach/core';
 * const diff = diffPlans(original, amended);
 * console.log(formatDiff(diff, { format: 'text', locale: 'vi' }));
 * // ~ III.2.d1  chủ trì: Sở LĐTBXH → Sở Nội vụ
 */
export function diffPlans(a: Plan, b: Plan, options: DiffOptions = {}): PlanDiff {
  return { changes: new Differ(a, b, options).run() };
}

const ADDED: LocalizedText = { vi: 'thêm', en: 'added' };
const REMOVED: LocalizedText = { vi: 'bỏ', en: 'removed' };

/** Lists whose items are added, removed or changed, each with its own kinds. */
type ListName = 'legal' | 'definition' | 'recipient' | 'correction' | 'unit' | 'group' | 'deadline' | 'report' | 'target' | 'waiver';

/** How the items of one list are paired and described. */
interface ListSpec<T> {
  name: ListName;
  before: readonly T[];
  after: readonly T[];
  /** Where the list is in each version. */
  pathA: Path;
  pathB: Path;
  /** Pairing keys, tried in turn (see `pairLists`). */
  keys: readonly ((item: T) => string | undefined)[];
  /** The change id of an item. */
  id: (item: T) => string;
  /** The item in words, after "thêm"/"added": `văn bản 161/QĐ-TTg: “…”`. */
  what: (item: T, locale: Locale) => string;
  field?: (item: T) => string;
  section?: Entry | undefined;
  /** Compares a paired item. */
  compare?: (before: T, after: T, pathA: Path, pathB: Path) => void;
}

class Differ {
  private readonly changes: Change[] = [];
  private readonly names: Names;

  constructor(
    private readonly a: Plan,
    private readonly b: Plan,
    private readonly options: DiffOptions,
  ) {
    this.names = new Names(b, a);
  }

  run(): Change[] {
    this.header();
    this.legal();
    this.definitions();
    this.body();
    this.recipients();
    this.corrections();
    this.waivers(this.a.waivers ?? [], this.b.waivers ?? [], ['waivers'], ['waivers'], undefined);
    this.units();
    this.groups();
    return this.changes;
  }

  private push(
    kind: ChangeKind,
    id: string,
    path: Path,
    message: LocalizedText,
    extra: { field?: string | undefined; section?: Entry | undefined; before?: unknown; after?: unknown } = {},
  ): void {
    this.changes.push({
      kind,
      id,
      ...(extra.field === undefined ? {} : { field: extra.field }),
      path,
      ...(extra.section === undefined ? {} : { section: sectionOf(extra.section) }),
      ...(extra.before === undefined ? {} : { before: plain(extra.before) }),
      ...(extra.after === undefined ? {} : { after: plain(extra.after) }),
      message,
    });
  }

  /** Items added to or removed from a list, and paired items compared. */
  private list<T>(spec: ListSpec<T>): void {
    const pairs = pairLists(spec.before, spec.after, spec.keys);
    const extra = (item: T) => ({ field: spec.field?.(item), section: spec.section });
    spec.after.forEach((item, j) => {
      const i = pairs.bToA[j];
      if (i !== undefined) {
        spec.compare?.(spec.before[i]!, item, [...spec.pathA, i], [...spec.pathB, j]);
        return;
      }
      const message = both((loc) => `${ADDED[loc]} ${spec.what(item, loc)}`);
      this.push(`${spec.name}/added`, spec.id(item), [...spec.pathB, j], message, { ...extra(item), after: item });
    });
    spec.before.forEach((item, i) => {
      if (pairs.aPaired.has(i)) return;
      const message = both((loc) => `${REMOVED[loc]} ${spec.what(item, loc)}`);
      this.push(`${spec.name}/removed`, spec.id(item), [...spec.pathA, i], message, { ...extra(item), before: item });
    });
  }

  /** One `kind` change per field whose value differs. */
  private fields<T extends object>(
    kind: ChangeKind,
    id: string,
    before: T,
    after: T,
    fields: readonly (keyof T & string)[],
    path: Path,
    options: { prefix?: (locale: Locale) => string; section?: Entry; header?: boolean } = {},
  ): void {
    for (const field of fields) {
      const x = before[field];
      const y = after[field];
      if (same(x, y)) continue;
      const message = this.fieldMessage(field, x, y, options.prefix, options.header);
      this.push(kind, id, [...path, field], message, { field, section: options.section, before: x, after: y });
    }
  }

  /** `label: before → after`, with a word-level excerpt for long texts. */
  private fieldMessage(field: string, before: unknown, after: unknown, prefix?: (locale: Locale) => string, header = false): LocalizedText {
    return both((loc) => {
      const head = `${prefix === undefined ? '' : `${prefix(loc)} — `}${label(field, loc, header)}`;
      if (typeof before === 'string' && typeof after === 'string' && (before.length > 40 || after.length > 40)) {
        const w = wordChange(before, after);
        return `${head}: ${w.before} → ${w.after}`;
      }
      return `${head}: ${showValue(before, field, loc, this.names)} → ${showValue(after, field, loc, this.names)}`;
    });
  }

  /** `label: + x, y; − z`, or `label: đổi thứ tự` when only the order changed. */
  private listMessage<T>(field: string, before: readonly T[], after: readonly T[], show: (item: T, locale: Locale) => string): LocalizedText {
    const added = multisetMinus(after, before);
    const removed = multisetMinus(before, after);
    return both((loc) => {
      const parts: string[] = [];
      if (added.length > 0) parts.push(`+ ${added.map((x) => show(x, loc)).join(', ')}`);
      if (removed.length > 0) parts.push(`− ${removed.map((x) => show(x, loc)).join(', ')}`);
      if (parts.length === 0) parts.push(loc === 'vi' ? 'đổi thứ tự' : 'reordered');
      return `${label(field, loc)}: ${parts.join('; ')}`;
    });
  }

  // ---- the document and the registry -------------------------------------------------------

  private header(): void {
    const fields = ['id', 'type', 'number', 'issuer', 'issuerHeading', 'place', 'issuedOn', 'title', 'period', 'phases', 'effective', 'preamble', 'signature', 'reading', 'handovers'] as const;
    this.fields('header/changed', this.b.id, this.a, this.b, fields, [], { header: true });
  }

  private legal(): void {
    const document = (l: LegalRef, loc: Locale) => `${loc === 'vi' ? 'văn bản' : 'document'} ${excerpt(l.number ?? ([l.kind, l.title].filter((p) => p !== undefined).join(' ') || l.id))}`;
    this.list({
      name: 'legal',
      before: this.a.legal,
      after: this.b.legal,
      pathA: ['legal'],
      pathB: ['legal'],
      keys: [(l) => l.id, (l) => l.number],
      id: (l) => l.id,
      what: (l, loc) => `${document(l, loc)}${l.title === undefined || l.number === undefined ? '' : `: ${quote(l.title)}`}`,
      compare: (old, l, _pathA, path) => {
        const fields = ['id', 'number', 'kind', 'date', 'issuer', 'title', 'otherTitles', 'effective', 'role'] as const;
        this.fields('legal/changed', l.id, old, l, fields, path, { prefix: (loc) => document(l, loc) });
      },
    });
  }

  private definitions(): void {
    const term = (d: Definition, loc: Locale) => `${loc === 'vi' ? 'tên gọi tắt' : 'defined name'} ${quote(d.term, 40)}`;
    this.list({
      name: 'definition',
      before: this.a.definitions ?? [],
      after: this.b.definitions ?? [],
      pathA: ['definitions'],
      pathB: ['definitions'],
      keys: [(d) => d.term],
      id: (d) => d.term,
      what: (d, loc) => `${term(d, loc)}: ${showValue(d, 'definition', loc, this.names)}`,
      compare: (old, d, _pathA, path) => {
        if (same(old, d)) return;
        const message = this.fieldMessage('definition', old, d, (loc) => term(d, loc));
        this.push('definition/changed', d.term, path, message, { field: 'definition', before: old, after: d });
      },
    });
  }

  private recipients(): void {
    this.list({
      name: 'recipient',
      before: this.a.recipients,
      after: this.b.recipients,
      pathA: ['recipients'],
      pathB: ['recipients'],
      keys: [(r) => r.text, (r) => (r.units === undefined || r.units.length === 0 ? undefined : stable(r.units))],
      id: (r) => r.text,
      what: (r, loc) => `${loc === 'vi' ? 'nơi nhận' : 'recipient'}: ${quote(r.text)}`,
      compare: (old, r, _pathA, path) => {
        const prefix = (loc: Locale) => `${loc === 'vi' ? 'nơi nhận' : 'recipient'} ${quote(r.text, 40)}`;
        this.fields('recipient/changed', r.text, old, r, ['text', 'purpose', 'units', 'archive'], path, { prefix });
      },
    });
  }

  private corrections(): void {
    this.list({
      name: 'correction',
      before: this.a.corrections,
      after: this.b.corrections,
      pathA: ['corrections'],
      pathB: ['corrections'],
      keys: [(c) => c.id, (c) => `${c.target}\u0000${c.field}\u0000${c.asIssued}`],
      id: (c) => c.id,
      what: (c, loc) => {
        const where = `(${c.target}, ${excerpt(c.field, 30)})`;
        return `${loc === 'vi' ? 'đính chính' : 'correction'} ${where}: ${quote(c.asIssued, 40)} → ${quote(c.corrected, 40)}`;
      },
      compare: (old, c, _pathA, path) => {
        const prefix = (loc: Locale) => `${loc === 'vi' ? 'đính chính' : 'correction'} ${c.id}`;
        this.fields('correction/changed', c.id, old, c, ['id', 'target', 'field', 'asIssued', 'corrected', 'note'], path, { prefix });
      },
    });
  }

  private units(): void {
    this.list({
      name: 'unit',
      before: this.a.units,
      after: this.b.units,
      pathA: ['units'],
      pathB: ['units'],
      keys: [(u) => u.key],
      id: (u) => u.key,
      what: (u, loc) => `${loc === 'vi' ? 'đơn vị' : 'unit'}: ${this.names.unit(u.key, loc)}`,
      compare: (old, u, _pathA, path) => {
        this.fields('unit/changed', u.key, old, u, ['name', 'short', 'en', 'kind', 'authority', 'aliases', 'validFrom', 'validUntil', 'basis'], path);
        if (!same(old.successors, u.successors)) {
          // Split successors are long: say which were added or removed, as for group members.
          const show = (x: string, loc: Locale) => showValue(JSON.parse(x) as unknown, 'successors', loc, this.names);
          const message = this.listMessage('successors', (old.successors ?? []).map(stable), (u.successors ?? []).map(stable), show);
          this.push('unit/changed', u.key, [...path, 'successors'], message, { field: 'successors', before: old.successors, after: u.successors });
        }
        this.fields('unit/changed', u.key, old, u, ['note'], path);
      },
    });
  }

  private groups(): void {
    this.list({
      name: 'group',
      before: this.a.groups,
      after: this.b.groups,
      pathA: ['groups'],
      pathB: ['groups'],
      keys: [(g) => g.key],
      id: (g) => g.key,
      what: (g, loc) =>
        `${loc === 'vi' ? 'nhóm' : 'group'}: ${this.names.unit(g.key, loc)} (${g.members.length} ${loc === 'vi' ? 'thành viên' : 'members'})`,
      compare: (old, g, _pathA, path) => {
        if (!same(old.members, g.members)) {
          const message = this.listMessage('members', old.members, g.members, (k, loc) => this.names.unit(k, loc));
          this.push('group/members', g.key, [...path, 'members'], message, { field: 'members', before: old.members, after: g.members });
        }
        this.fields('group/changed', g.key, old, g, ['name', 'short', 'en', 'rule', 'mode', 'complete', 'aliases', 'note'], path);
      },
    });
  }

  // ---- the body ------------------------------------------------------------------------------

  private body(): void {
    const A = flatten(this.a);
    const B = flatten(this.b);
    const { ab, ba } = matchNodes(A, B);
    const moved = movedNodes(B, ab, ba);
    for (const eb of B) {
      const ea = ba.get(eb);
      if (ea !== undefined) this.node(ea, eb, moved.has(eb));
      else if (eb.parent === undefined || ba.has(eb.parent)) this.nodeAddedOrRemoved('node/added', eb);
    }
    for (const ea of A) {
      if (!ab.has(ea) && (ea.parent === undefined || ab.has(ea.parent))) this.nodeAddedOrRemoved('node/removed', ea);
    }
  }

  /** A node added with its subtree (`after`), or removed with it (`before`). */
  private nodeAddedOrRemoved(kind: 'node/added' | 'node/removed', e: Entry): void {
    const n = e.node;
    const verb = kind === 'node/added' ? ADDED : REMOVED;
    const message = both((loc) => `${verb[loc]} ${nodeType(n.type, loc)}${this.nodeSummary(n, loc)}`);
    this.push(kind, n.id, e.path, message, { section: e, ...(kind === 'node/added' ? { after: n } : { before: n }) });
  }

  /** `: “text…” (chủ trì: X), gồm 3 nội dung con`. */
  private nodeSummary(n: PlanNode, loc: Locale): string {
    const vi = loc === 'vi';
    const content = n.type === 'section' ? (n.title ?? n.text) : n.text;
    const lead = n.type === 'task' ? ` (${vi ? 'chủ trì' : 'lead'}: ${this.names.assignment(n.lead, loc)})` : '';
    const inner = countNodes(n.children);
    const children = inner === 0 ? '' : vi ? `, gồm ${inner} nội dung con` : `, with ${inner} nodes inside`;
    return `${content === undefined ? '' : `: ${quote(content)}`}${lead}${children}`;
  }

  /** Everything that changed on a matched node, in the order of the model's fields. */
  private node(ea: Entry, eb: Entry, isMoved: boolean): void {
    const a = ea.node;
    const b = eb.node;
    const id = b.id;
    const path = eb.path;
    const section = eb;
    if (isMoved) {
      const message = both((loc) => `${a.id} ${loc === 'vi' ? 'chuyển đến' : 'moved to'} ${b.id}`);
      this.push('node/moved', id, path, message, { section, before: a.id, after: b.id });
    } else if (this.options.renumbered === true && (a.id !== b.id || a.number !== b.number || a.bullet !== b.bullet)) {
      const message = both((loc) => `${a.id} ${loc === 'vi' ? 'đổi số thành' : 'renumbered'} ${b.id}`);
      this.push('node/renumbered', id, path, message, { section, before: a.id, after: b.id });
    }
    if (a.type !== b.type) {
      const message = both((loc) => `${loc === 'vi' ? 'đổi loại' : 'type'}: ${nodeType(a.type, loc)} → ${nodeType(b.type, loc)}`);
      this.push('node/type', id, [...path, 'type'], message, { section, field: 'type', before: a.type, after: b.type });
    }
    const words = (n: PlanNode) => (n.type === 'section' ? { title: n.title, text: n.text, role: n.role } : { text: n.text });
    this.fields('node/text', id, words(a), words(b), ['title', 'text'], path, { section });
    this.fields('node/changed', id, words(a), words(b), ['role'], path, { section });
    if (a.type === 'task' && b.type === 'task') {
      this.fields('task/lead', id, a, b, ['lead'], path, { section });
      if (!same(a.partners, b.partners)) {
        const show = (x: string, loc: Locale) => this.names.assignment(JSON.parse(x) as Task['lead'], loc);
        const message = this.listMessage('partners', a.partners.map(stable), b.partners.map(stable), show);
        this.push('task/partners', id, [...path, 'partners'], message, { section, field: 'partners', before: a.partners, after: b.partners });
      }
      this.fields('task/mode', id, a, b, ['mode'], path, { section });
    }
    const xa = attachmentsOf(a);
    const xb = attachmentsOf(b);
    const ownersA = xa.owners ?? [];
    const ownersB = xb.owners ?? [];
    if (!same(ownersA, ownersB)) {
      const show = (x: string, loc: Locale) => this.names.assignment(JSON.parse(x) as Task['lead'], loc);
      const message = this.listMessage('owners', ownersA.map(stable), ownersB.map(stable), show);
      this.push('item/owners', id, [...path, 'owners'], message, { section, field: 'owners', before: xa.owners, after: xb.owners });
    }
    this.deadlines(xa.deadlines ?? [], xb.deadlines ?? [], id, ea.path, path, eb);
    this.reports(xa.reports ?? [], xb.reports ?? [], ea, eb);
    this.targets(xa.targets ?? [], xb.targets ?? [], ea, eb);
    const refsA = xa.refs ?? [];
    const refsB = xb.refs ?? [];
    if (!same(refsA, refsB)) {
      const message = this.listMessage('refs', refsA, refsB, (x) => x);
      this.push('node/refs', id, [...path, 'refs'], message, { section, field: 'refs', before: refsA, after: refsB });
    }
    this.fields('node/handovers', id, xa, xb, ['handovers'], path, { section });
    this.waivers(a.waivers ?? [], b.waivers ?? [], [...ea.path, 'waivers'], [...path, 'waivers'], eb);
  }

  /** Deadlines of a node or reporting rule `id`: equal ones paired, then the same kind in order. */
  private deadlines(before: readonly Deadline[], after: readonly Deadline[], id: string, ownerA: Path, ownerB: Path, section: Entry): void {
    this.list({
      name: 'deadline',
      before,
      after,
      pathA: [...ownerA, 'deadlines'],
      pathB: [...ownerB, 'deadlines'],
      keys: [stable, (d) => d.kind],
      id: () => id,
      what: (d, loc) => `${loc === 'vi' ? 'thời hạn' : 'deadline'}: ${describeDeadline(d, loc, true)}`,
      section,
      compare: (old, d, _pathA, path) => {
        if (same(old, d)) return;
        const message = both((loc) => {
          // The document's wording is shown only when the dates read the same.
          const withText = describeDeadline(old, loc) === describeDeadline(d, loc);
          return `${label('deadlines', loc)}: ${describeDeadline(old, loc, withText)} → ${describeDeadline(d, loc, withText)}`;
        });
        this.push('deadline/changed', id, path, message, { section, before: old, after: d });
      },
    });
  }

  /** Reporting rules: equal ones paired (ids aside), then by what is reported, then by id. */
  private reports(before: readonly ReportingRule[], after: readonly ReportingRule[], ea: Entry, eb: Entry): void {
    this.list({
      name: 'report',
      before,
      after,
      pathA: [...ea.path, 'reports'],
      pathB: [...eb.path, 'reports'],
      keys: [(r) => stable({ ...r, id: undefined }), (r) => r.what, (r) => r.id],
      id: (r) => r.id,
      what: (r, loc) => `${loc === 'vi' ? 'chế độ báo cáo' : 'reporting rule'}: ${quote(r.what, 40)} → ${this.names.unit(r.to, loc)}`,
      section: eb,
      compare: (old, r, pathA, path) => {
        const prefix = (loc: Locale) => `${loc === 'vi' ? 'báo cáo' : 'report'} ${quote(r.what, 40)}`;
        this.fields('report/changed', r.id, old, r, ['from', 'to', 'via', 'cc', 'what', 'covers', 'form', 'handovers'], path, { prefix, section: eb });
        this.deadlines(old.deadlines, r.deadlines, r.id, pathA, path, eb);
      },
    });
  }

  /** Targets: equal ones paired (ids aside), then by metric, then by id. */
  private targets(before: readonly Target[], after: readonly Target[], ea: Entry, eb: Entry): void {
    this.list({
      name: 'target',
      before,
      after,
      pathA: [...ea.path, 'targets'],
      pathB: [...eb.path, 'targets'],
      keys: [(t) => stable({ ...t, id: undefined }), (t) => t.metric, (t) => t.id],
      id: (t) => t.id,
      what: (t, loc) => `${loc === 'vi' ? 'chỉ tiêu' : 'target'}: ${quote(t.text ?? t.metric)}`,
      section: eb,
      compare: (old, t, _pathA, path) => {
        const prefix = (loc: Locale) => `${loc === 'vi' ? 'chỉ tiêu' : 'target'} ${quote(t.metric, 40)}`;
        const fields = ['metric', 'direction', 'value', 'range', 'unit', 'per', 'by', 'phase', 'baseline', 'scope', 'text'] as const;
        this.fields('target/changed', t.id, old, t, fields, path, { prefix, section: eb });
      },
    });
  }

  /** Waivers of a node (`owner`) or of the plan, compared as a multiset; `field` is the rule. */
  private waivers(before: Plan['waivers'] & {}, after: Plan['waivers'] & {}, pathA: Path, pathB: Path, owner: Entry | undefined): void {
    this.list({
      name: 'waiver',
      before,
      after,
      pathA,
      pathB,
      keys: [stable],
      id: (w) => owner?.node.id ?? w.target ?? this.b.id,
      what: (w, loc) => `${loc === 'vi' ? 'miễn áp dụng quy tắc' : 'waiver of rule'} ${excerpt(w.rule, 40)}: ${quote(w.reason)}`,
      field: (w) => w.rule,
      section: owner,
    });
  }
}

type Task = Extract<PlanNode, { type: 'task' }>;

/**
 * Matched nodes whose id changed because they went elsewhere: under another parent, or out of
 * order among their matched siblings (those off a longest increasing run).
 */
function movedNodes(B: readonly Entry[], ab: ReadonlyMap<Entry, Entry>, ba: ReadonlyMap<Entry, Entry>): Set<Entry> {
  const ROOT = {};
  const moved = new Set<Entry>();
  const siblings = new Map<object, Entry[]>();
  for (const eb of B) {
    const ea = ba.get(eb);
    if (ea === undefined) continue;
    const expected = ea.parent === undefined ? ROOT : ab.get(ea.parent);
    const actual = eb.parent ?? ROOT;
    if (expected !== actual) {
      moved.add(eb);
      continue;
    }
    const list = siblings.get(actual) ?? [];
    list.push(eb);
    siblings.set(actual, list);
  }
  for (const list of siblings.values()) {
    const kept = longestIncreasing(list.map((eb) => ba.get(eb)!.index));
    list.forEach((eb, k) => {
      if (!kept.has(k)) moved.add(eb);
    });
  }
  return moved;
}

/** Positions of one longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = seq.map(() => -1);
  seq.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const out = new Set<number>();
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.add(k);
  return out;
}

/**
 * Pairs items of two lists: for each key function in turn, each unpaired item of `B` (in
 * order) takes the first unpaired item of `A` with the same key.
 */
function pairLists<T>(
  A: readonly T[],
  B: readonly T[],
  keys: readonly ((item: T) => string | undefined)[],
): { bToA: (number | undefined)[]; aPaired: Set<number> } {
  const bToA: (number | undefined)[] = B.map(() => undefined);
  const aPaired = new Set<number>();
  for (const key of keys) {
    const free = new Map<string, number[]>();
    A.forEach((item, i) => {
      if (aPaired.has(i)) return;
      const k = key(item);
      if (k === undefined) return;
      const list = free.get(k) ?? [];
      list.push(i);
      free.set(k, list);
    });
    B.forEach((item, j) => {
      if (bToA[j] !== undefined) return;
      const k = key(item);
      const i = k === undefined ? undefined : free.get(k)?.shift();
      if (i === undefined) return;
      bToA[j] = i;
      aPaired.add(i);
    });
  }
  return { bToA, aPaired };
}

/** Items of `x` not in `y`, counting repeats. */
function multisetMinus<T>(x: readonly T[], y: readonly T[]): T[] {
  const counts = new Map<string, number>();
  for (const item of y) counts.set(stable(item), (counts.get(stable(item)) ?? 0) + 1);
  return x.filter((item) => {
    const k = stable(item);
    const n = counts.get(k) ?? 0;
    if (n === 0) return true;
    counts.set(k, n - 1);
    return false;
  });
}

function attachmentsOf(n: PlanNode): {
  owners?: readonly Assignment[];
  deadlines?: readonly Deadline[];
  reports?: readonly ReportingRule[];
  targets?: readonly Target[];
  refs?: readonly string[];
  handovers?: readonly Handover[];
} {
  return n.type === 'section' ? {} : n;
}

function countNodes(children: readonly PlanNode[] | undefined): number {
  return (children ?? []).reduce((n, c) => n + 1 + countNodes(c.children), 0);
}

function sectionOf(e: Entry): { id: string; heading: string } {
  const top = e.top.node;
  if (top.type !== 'section') return { id: top.id, heading: top.id };
  const title = top.title ?? top.text;
  return { id: top.id, heading: title === undefined ? top.id : `${top.number ?? top.id}. ${excerpt(title, 80)}` };
}

/** JSON text with object keys sorted, for comparing data built in any key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** Equal data; an empty list and an absent one are the same (`refs: []` and no `refs`). */
function same(x: unknown, y: unknown): boolean {
  const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
  return x === y || (empty(x) && empty(y)) || stable(x) === stable(y);
}

/** A mutable deep copy of plan data (plans are frozen). */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
