import type { Assignment, Deadline, Locale, LocalizedText, Plan, PlanNode, ReportingRule, Target, Waiver } from '@kehoach/core';
import { Names, both, describeDeadline, excerpt, label, nodeType, quote, showValue, wordChange } from './describe.js';
import { matchNodes, type Entry, flatten } from './match.js';
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
 * word-level excerpt), lead, partners, mode, deadlines (dates as dd/mm/yyyy), reporting
 * rules, targets, references and waivers of nodes; the header; legal references; units,
 * groups and their members; recipients; corrections.
 *
 * Order: header, legal references, body (document order of `b`, then nodes removed from
 * `a` in its order), recipients, corrections, plan waivers, units, groups. The same two plans
 * always give the same diff; `diffPlans(p, p)` is empty.
 *
 * @param a - The earlier version.
 * @param b - The later version.
 * @example
 * import { diffPlans, formatDiff } from '@kehoach/cli';
 * const diff = diffPlans(original, amended);
 * console.log(formatDiff(diff, { format: 'text', locale: 'vi' }));
 * // ~ III.2.d1  chủ trì: Sở LĐTBXH → Sở Nội vụ
 */
export function diffPlans(a: Plan, b: Plan, options: DiffOptions = {}): PlanDiff {
  return { changes: new Differ(a, b, options).run() };
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
    this.body();
    this.recipients();
    this.corrections();
    this.planWaivers();
    this.units();
    this.groups();
    return this.changes;
  }

  private push(
    kind: ChangeKind,
    id: string,
    path: Path,
    message: LocalizedText,
    extra: { field?: string; section?: Entry; before?: unknown; after?: unknown } = {},
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

  /** `label: before → after`, with a word-level excerpt for long texts. */
  private fieldMessage(field: string, before: unknown, after: unknown, prefix?: (locale: Locale) => string, header = false): LocalizedText {
    return both((locale) => {
      const head = `${prefix === undefined ? '' : `${prefix(locale)} — `}${label(field, locale, header)}`;
      if (typeof before === 'string' && typeof after === 'string' && (before.length > 40 || after.length > 40) && !/^\S+$/.test(before + after)) {
        const w = wordChange(before, after);
        return `${head}: ${w.before} → ${w.after}`;
      }
      return `${head}: ${showValue(before, field, locale, this.names)} → ${showValue(after, field, locale, this.names)}`;
    });
  }

  /** One `kind` change per field whose value differs. */
  private compareFields<T extends object>(
    kind: ChangeKind,
    id: string,
    before: T,
    after: T,
    fields: readonly (keyof T & string)[],
    path: Path,
    prefix?: (locale: Locale) => string,
    section?: Entry,
  ): void {
    for (const field of fields) {
      const x = before[field];
      const y = after[field];
      if (same(x, y)) continue;
      this.push(kind, id, [...path, field], this.fieldMessage(field, x, y, prefix), { field, section, before: x, after: y });
    }
  }

  // ---- header, legal, recipients, corrections, units, groups ------------------------------

  private header(): void {
    const fields = ['id', 'type', 'number', 'issuer', 'issuerHeading', 'place', 'issuedOn', 'title', 'period', 'preamble', 'signature'] as const;
    for (const field of fields) {
      const x = this.a[field];
      const y = this.b[field];
      if (same(x, y)) continue;
      this.push('header/changed', this.b.id, [field], this.fieldMessage(field, x, y, undefined, true), { field, before: x, after: y });
    }
  }

  private legal(): void {
    const { a, b } = this;
    const pairs = pairLists(a.legal, b.legal, [(l) => l.id, (l) => l.number]);
    b.legal.forEach((l, j) => {
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push('legal/added', l.id, ['legal', j], both((loc) => `${loc === 'vi' ? 'thêm văn bản' : 'added document'} ${excerpt(l.number)}${l.title === undefined ? '' : `: ${quote(l.title)}`}`), { after: l });
        return;
      }
      const old = a.legal[i]!;
      const prefix = (loc: Locale) => `${loc === 'vi' ? 'văn bản' : 'document'} ${excerpt(l.number)}`;
      this.compareFields('legal/changed', l.id, old, l, ['id', 'number', 'kind', 'date', 'issuer', 'title', 'shortName', 'role'], ['legal', j], prefix);
    });
    a.legal.forEach((l, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('legal/removed', l.id, ['legal', i], both((loc) => `${loc === 'vi' ? 'bỏ văn bản' : 'removed document'} ${excerpt(l.number)}${l.title === undefined ? '' : `: ${quote(l.title)}`}`), { before: l });
    });
  }

  private recipients(): void {
    const { a, b } = this;
    const pairs = pairLists(a.recipients, b.recipients, [(r) => r.text, (r) => (r.units === undefined || r.units.length === 0 ? undefined : stable(r.units))]);
    b.recipients.forEach((r, j) => {
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push('recipient/added', r.text, ['recipients', j], both((loc) => `${loc === 'vi' ? 'thêm nơi nhận' : 'added recipient'}: ${quote(r.text)}`), { after: r });
        return;
      }
      const prefix = (loc: Locale) => `${loc === 'vi' ? 'nơi nhận' : 'recipient'} ${quote(r.text, 40)}`;
      this.compareFields('recipient/changed', r.text, a.recipients[i]!, r, ['text', 'purpose', 'units', 'archive'], ['recipients', j], prefix);
    });
    a.recipients.forEach((r, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('recipient/removed', r.text, ['recipients', i], both((loc) => `${loc === 'vi' ? 'bỏ nơi nhận' : 'removed recipient'}: ${quote(r.text)}`), { before: r });
    });
  }

  private corrections(): void {
    const { a, b } = this;
    const pairs = pairLists(a.corrections, b.corrections, [(c) => c.id, (c) => `${c.target}\u0000${c.field}\u0000${c.asIssued}`]);
    b.corrections.forEach((c, j) => {
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push(
          'correction/added',
          c.id,
          ['corrections', j],
          both((loc) => `${loc === 'vi' ? 'thêm đính chính' : 'added correction'} (${c.target}, ${excerpt(c.field, 30)}): ${quote(c.asIssued, 40)} → ${quote(c.corrected, 40)}`),
          { after: c },
        );
        return;
      }
      const prefix = (loc: Locale) => `${loc === 'vi' ? 'đính chính' : 'correction'} ${c.id}`;
      this.compareFields('correction/changed', c.id, a.corrections[i]!, c, ['id', 'target', 'field', 'asIssued', 'corrected', 'note'], ['corrections', j], prefix);
    });
    a.corrections.forEach((c, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('correction/removed', c.id, ['corrections', i], both((loc) => `${loc === 'vi' ? 'bỏ đính chính' : 'removed correction'} (${c.target}, ${excerpt(c.field, 30)})`), { before: c });
    });
  }

  private planWaivers(): void {
    this.waivers(this.a.waivers ?? [], this.b.waivers ?? [], undefined, ['waivers'], ['waivers']);
  }

  private units(): void {
    const { a, b } = this;
    const pairs = pairLists(a.units, b.units, [(u) => u.key]);
    b.units.forEach((u, j) => {
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push('unit/added', u.key, ['units', j], both((loc) => `${loc === 'vi' ? 'thêm đơn vị' : 'added unit'}: ${this.names.unit(u.key, loc)}`), { after: u });
        return;
      }
      this.compareFields('unit/changed', u.key, a.units[i]!, u, ['name', 'short', 'en', 'kind', 'authority', 'aliases', 'validFrom', 'validUntil', 'successor', 'note'], ['units', j]);
    });
    a.units.forEach((u, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('unit/removed', u.key, ['units', i], both((loc) => `${loc === 'vi' ? 'bỏ đơn vị' : 'removed unit'}: ${this.names.unit(u.key, loc)}`), { before: u });
    });
  }

  private groups(): void {
    const { a, b } = this;
    const pairs = pairLists(a.groups, b.groups, [(g) => g.key]);
    b.groups.forEach((g, j) => {
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push('group/added', g.key, ['groups', j], both((loc) => `${loc === 'vi' ? 'thêm nhóm' : 'added group'}: ${this.names.unit(g.key, loc)} (${g.members.length} ${loc === 'vi' ? 'thành viên' : 'members'})`), { after: g });
        return;
      }
      const old = a.groups[i]!;
      if (!same(old.members, g.members)) {
        this.push('group/members', g.key, ['groups', j, 'members'], this.listMessage('members', old.members, g.members, (k, loc) => this.names.unit(k, loc)), {
          field: 'members',
          before: old.members,
          after: g.members,
        });
      }
      this.compareFields('group/changed', g.key, old, g, ['name', 'short', 'en', 'mode', 'complete', 'aliases', 'note'], ['groups', j]);
    });
    a.groups.forEach((g, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('group/removed', g.key, ['groups', i], both((loc) => `${loc === 'vi' ? 'bỏ nhóm' : 'removed group'}: ${this.names.unit(g.key, loc)}`), { before: g });
    });
  }

  /** `label: + x, y; − z`, or `label: reordered` when only the order changed. */
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

  // ---- body -------------------------------------------------------------------------------

  private body(): void {
    const A = flatten(this.a);
    const B = flatten(this.b);
    const { ab, ba } = matchNodes(A, B);
    const moved = movedNodes(B, ab, ba);
    for (const eb of B) {
      const ea = ba.get(eb);
      if (ea !== undefined) this.node(ea, eb, moved.has(eb));
      else if (eb.parent === undefined || ba.has(eb.parent)) this.added(eb);
    }
    for (const ea of A) {
      if (!ab.has(ea) && (ea.parent === undefined || ab.has(ea.parent))) this.removed(ea);
    }
  }

  private added(eb: Entry): void {
    const n = eb.node;
    this.push('node/added', n.id, eb.path, both((loc) => `${loc === 'vi' ? 'thêm' : 'added'} ${nodeType(n.type, loc)}${this.nodeSummary(n, loc)}`), { section: eb, after: n });
  }

  private removed(ea: Entry): void {
    const n = ea.node;
    this.push('node/removed', n.id, ea.path, both((loc) => `${loc === 'vi' ? 'bỏ' : 'removed'} ${nodeType(n.type, loc)}${this.nodeSummary(n, loc)}`), { section: ea, before: n });
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

  private node(ea: Entry, eb: Entry, isMoved: boolean): void {
    const a = ea.node;
    const b = eb.node;
    const id = b.id;
    const path = eb.path;
    const extra = { section: eb };
    if (isMoved) {
      this.push('node/moved', id, path, both((loc) => `${a.id} ${loc === 'vi' ? 'chuyển đến' : 'moved to'} ${b.id}`), { ...extra, before: a.id, after: b.id });
    } else if (this.options.renumbered === true && (a.id !== b.id || a.number !== b.number || a.bullet !== b.bullet)) {
      this.push('node/renumbered', id, path, both((loc) => `${a.id} ${loc === 'vi' ? 'đổi số thành' : 'renumbered'} ${b.id}`), { ...extra, before: a.id, after: b.id });
    }
    if (a.type !== b.type) {
      this.push('node/type', id, [...path, 'type'], both((loc) => `${loc === 'vi' ? 'đổi loại' : 'type'}: ${nodeType(a.type, loc)} → ${nodeType(b.type, loc)}`), { ...extra, field: 'type', before: a.type, after: b.type });
    }
    const sa = a.type === 'section' ? a : undefined;
    const sb = b.type === 'section' ? b : undefined;
    for (const field of ['title', 'text'] as const) {
      const x = field === 'title' ? sa?.title : a.text;
      const y = field === 'title' ? sb?.title : b.text;
      if (x === y) continue;
      this.push('node/text', id, [...path, field], this.fieldMessage(field, x, y), { ...extra, field, before: x, after: y });
    }
    if (sa?.role !== sb?.role) {
      this.push('node/changed', id, [...path, 'role'], this.fieldMessage('role', sa?.role, sb?.role), { ...extra, field: 'role', before: sa?.role, after: sb?.role });
    }
    if (a.type === 'task' && b.type === 'task') {
      if (!same(a.lead, b.lead)) {
        this.push('task/lead', id, [...path, 'lead'], this.fieldMessage('lead', a.lead, b.lead), { ...extra, field: 'lead', before: a.lead, after: b.lead });
      }
      if (!same(a.partners, b.partners)) {
        this.push('task/partners', id, [...path, 'partners'], this.listMessage('partners', a.partners.map(stable), b.partners.map(stable), (x, loc) => this.names.assignment(JSON.parse(x) as Assignment, loc)), {
          ...extra,
          field: 'partners',
          before: a.partners,
          after: b.partners,
        });
      }
      if (a.mode !== b.mode) {
        this.push('task/mode', id, [...path, 'mode'], this.fieldMessage('mode', a.mode, b.mode), { ...extra, field: 'mode', before: a.mode, after: b.mode });
      }
    }
    const xa = attachmentsOf(a);
    const xb = attachmentsOf(b);
    this.deadlines(xa.deadlines ?? [], xb.deadlines ?? [], id, path, ea.path, eb);
    this.reports(xa.reports ?? [], xb.reports ?? [], ea, eb);
    this.targets(xa.targets ?? [], xb.targets ?? [], ea, eb);
    const refsA = xa.refs ?? [];
    const refsB = xb.refs ?? [];
    if (!same(refsA, refsB)) {
      this.push('node/refs', id, [...path, 'refs'], this.listMessage('refs', refsA, refsB, (x) => x), { ...extra, field: 'refs', before: refsA, after: refsB });
    }
    this.waivers(a.waivers ?? [], b.waivers ?? [], eb, [...path, 'waivers'], [...ea.path, 'waivers']);
  }

  /** Deadlines of a node or reporting rule: equal ones paired, then same kind in order. */
  private deadlines(A: readonly Deadline[], B: readonly Deadline[], id: string, pathB: Path, pathA: Path, section: Entry): void {
    const pairs = pairLists(A, B, [stable, (d) => d.kind]);
    B.forEach((d, j) => {
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push('deadline/added', id, [...pathB, 'deadlines', j], both((loc) => `${loc === 'vi' ? 'thêm thời hạn' : 'added deadline'}: ${describeDeadline(d, loc, true)}`), { section, after: d });
        return;
      }
      const old = A[i]!;
      if (same(old, d)) return;
      this.push(
        'deadline/changed',
        id,
        [...pathB, 'deadlines', j],
        both((loc) => {
          const withText = describeDeadline(old, loc) === describeDeadline(d, loc);
          return `${label('deadlines', loc)}: ${describeDeadline(old, loc, withText)} → ${describeDeadline(d, loc, withText)}`;
        }),
        { section, before: old, after: d },
      );
    });
    A.forEach((d, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('deadline/removed', id, [...pathA, 'deadlines', i], both((loc) => `${loc === 'vi' ? 'bỏ thời hạn' : 'removed deadline'}: ${describeDeadline(d, loc, true)}`), { section, before: d });
    });
  }

  /** Reporting rules: equal ones paired (ids aside), then by what is reported, then by id. */
  private reports(A: readonly ReportingRule[], B: readonly ReportingRule[], ea: Entry, eb: Entry): void {
    const pairs = pairLists(A, B, [(r) => stable({ ...r, id: undefined }), (r) => r.what, (r) => r.id]);
    const name = (r: ReportingRule) => (loc: Locale) => `${loc === 'vi' ? 'báo cáo' : 'report'} ${quote(r.what, 40)}`;
    B.forEach((r, j) => {
      const path = [...eb.path, 'reports', j];
      const i = pairs.bToA[j];
      if (i === undefined) {
        this.push('report/added', r.id, path, both((loc) => `${loc === 'vi' ? 'thêm chế độ báo cáo' : 'added reporting rule'}: ${quote(r.what, 40)} → ${this.names.unit(r.to, loc)}`), { section: eb, after: r });
        return;
      }
      const old = A[i]!;
      this.compareFields('report/changed', r.id, old, r, ['from', 'to', 'via', 'cc', 'what'], path, name(r), eb);
      this.deadlines(old.deadlines, r.deadlines, r.id, path, [...ea.path, 'reports', i], eb);
    });
    A.forEach((r, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('report/removed', r.id, [...ea.path, 'reports', i], both((loc) => `${loc === 'vi' ? 'bỏ chế độ báo cáo' : 'removed reporting rule'}: ${quote(r.what, 40)} → ${this.names.unit(r.to, loc)}`), { section: ea, before: r });
    });
  }

  /** Targets: equal ones paired (ids aside), then by metric, then by id. */
  private targets(A: readonly Target[], B: readonly Target[], ea: Entry, eb: Entry): void {
    const pairs = pairLists(A, B, [(t) => stable({ ...t, id: undefined }), (t) => t.metric, (t) => t.id]);
    B.forEach((t, j) => {
      const i = pairs.bToA[j];
      const path = [...eb.path, 'targets', j];
      if (i === undefined) {
        this.push('target/added', t.id, path, both((loc) => `${loc === 'vi' ? 'thêm chỉ tiêu' : 'added target'}: ${quote(t.text ?? t.metric)}`), { section: eb, after: t });
        return;
      }
      const prefix = (loc: Locale) => `${loc === 'vi' ? 'chỉ tiêu' : 'target'} ${quote(t.metric, 40)}`;
      this.compareFields('target/changed', t.id, A[i]!, t, ['metric', 'direction', 'value', 'range', 'unit', 'per', 'by', 'baseline', 'scope', 'text'], path, prefix, eb);
    });
    A.forEach((t, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('target/removed', t.id, [...ea.path, 'targets', i], both((loc) => `${loc === 'vi' ? 'bỏ chỉ tiêu' : 'removed target'}: ${quote(t.text ?? t.metric)}`), { section: ea, before: t });
    });
  }

  /** Waivers of a node (`owner`) or of the plan: compared as a multiset. */
  private waivers(A: readonly Waiver[], B: readonly Waiver[], owner: Entry | undefined, pathB: Path, pathA: Path): void {
    const pairs = pairLists(A, B, [stable]);
    const id = (w: Waiver) => owner?.node.id ?? w.target ?? this.b.id;
    const text = (w: Waiver, loc: Locale, verb: string) => `${verb} ${loc === 'vi' ? 'miễn áp dụng quy tắc' : 'waiver of rule'} ${excerpt(w.rule, 40)}: ${quote(w.reason)}`;
    B.forEach((w, j) => {
      if (pairs.bToA[j] !== undefined) return;
      this.push('waiver/added', id(w), [...pathB, j], both((loc) => text(w, loc, loc === 'vi' ? 'thêm' : 'added')), { field: w.rule, section: owner, after: w });
    });
    A.forEach((w, i) => {
      if (pairs.aPaired.has(i)) return;
      this.push('waiver/removed', id(w), [...pathA, i], both((loc) => text(w, loc, loc === 'vi' ? 'bỏ' : 'removed')), { field: w.rule, section: owner, before: w });
    });
  }
}

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
    const order = list.map((eb) => ba.get(eb)!.index);
    const kept = longestIncreasing(order);
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
function pairLists<T>(A: readonly T[], B: readonly T[], keys: readonly ((item: T) => string | undefined)[]): { bToA: (number | undefined)[]; aPaired: Set<number> } {
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

function attachmentsOf(n: PlanNode): { deadlines?: readonly Deadline[]; reports?: readonly ReportingRule[]; targets?: readonly Target[]; refs?: readonly string[] } {
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

function same(x: unknown, y: unknown): boolean {
  return x === y || stable(x) === stable(y);
}

/** A mutable deep copy of plan data (plans are frozen). */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
