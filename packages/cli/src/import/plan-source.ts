/**
 * @internal Builds the expression tree of a plan's TypeScript source.
 *
 * Every value the DSL can supply by itself (an id derived from the numbering, the default
 * authority of a unit kind, a group's `each` mode, a task's `assign` mode, an empty list...)
 * is a *candidate for omission*, identified by its path in the canonical plan. The builder
 * leaves candidates out unless their path is in `explicit`; `importPlan()` evaluates the
 * result with the real builders and makes explicit exactly the candidates the DSL did not
 * reproduce. No default of the DSL is copied here.
 */
import {
  childId,
  createSegmentCounter,
  type Assignment,
  type Correction,
  type Deadline,
  type Group,
  type Handover,
  type LegalRef,
  type Phase,
  type Plan,
  type PlanNode,
  type Recipient,
  type ReportingRule,
  type Successor,
  type Target,
  type Unit,
  type Waiver,
} from '@kehoach/core';
import { args, arr, call, lit, obj, ref, type Expr } from './expr.js';

type Path = readonly (string | number)[];

/** The key of a data path: `body.2.children.0.id`. */
export function pathKey(path: Path): string {
  return path.join('.');
}

/** Source of a plan: the registry expression and the plan expression. */
export interface PlanSource {
  registry: Expr;
  plan: Expr;
  /** Paths whose value the builder left for the DSL to supply. */
  candidates: Set<string>;
}

export interface BuildOptions {
  /** Paths of candidates to write out. */
  explicit: ReadonlySet<string>;
  /** Write multi-paragraph texts with `paragraphs(...)`. */
  paragraphs: boolean;
}

/** Builds the source of a canonical plan. */
export function buildPlanSource(plan: Plan, options: BuildOptions): PlanSource {
  return new Builder(plan, options).build();
}

class Builder {
  readonly candidates = new Set<string>();
  private readonly groupKeys: ReadonlySet<string>;

  constructor(
    private readonly plan: Plan,
    private readonly options: BuildOptions,
  ) {
    this.groupKeys = new Set(plan.groups.map((g) => g.key));
  }

  build(): PlanSource {
    const registry = this.registry();
    const p = this.plan;
    const plan = call('definePlan', [
      obj(
        [
          ['registry', ref('r')],
          ['id', this.optional(['id'], p.id)],
          ['type', this.optional(['type'], p.type)],
          ['number', lit(p.number)],
          ['issuer', lit(p.issuer)],
          ['issuerHeading', p.issuerHeading && arr(p.issuerHeading.map(lit))],
          ['place', lit(p.place)],
          ['issuedOn', lit(p.issuedOn)],
          ['title', lit(p.title)],
          ['period', this.record(p.period, ['from', 'to', 'text'])],
          ['phases', p.phases && arr(p.phases.map((phase) => this.phase(phase)), p.phases.length > 1)],
          ['legal', this.list(['legal'], p.legal, (l, i) => this.legal(l, ['legal', i]))],
          ['definitions', p.definitions && arr(p.definitions.map((d) => this.value(d)!))],
          ['effective', this.value(p.effective)],
          ['preamble', p.preamble === undefined ? undefined : this.text(p.preamble)],
          ['body', this.nodes(p.body, ['body'], undefined)],
          ['recipients', this.list(['recipients'], p.recipients, (x) => this.recipient(x))],
          ['signature', this.record(p.signature, ['form', 'authority', 'title', 'name'])],
          ['corrections', this.list(['corrections'], p.corrections, (c, i) => this.correction(c, i))],
          ['waivers', p.waivers && this.waivers(p.waivers)],
          ['reading', p.reading === undefined ? undefined : lit(p.reading)],
          ['handovers', p.handovers && this.handovers(p.handovers)],
        ],
        true,
      ),
    ]);
    return { registry, plan, candidates: this.candidates };
  }

  /** A value the DSL may supply: written only when its path is explicit. */
  private optional(path: Path, value: string | number | boolean | undefined): Expr | undefined {
    const key = pathKey(path);
    this.candidates.add(key);
    return this.options.explicit.has(key) && value !== undefined ? lit(value) : undefined;
  }

  /** A list the DSL defaults to `[]`: left out when empty unless its path is explicit. */
  private list<T>(path: Path, items: readonly T[], each: (item: T, index: number) => Expr, multiline = false): Expr | undefined {
    if (items.length === 0) {
      const key = pathKey(path);
      this.candidates.add(key);
      if (!this.options.explicit.has(key)) return undefined;
    }
    return arr(items.map(each), multiline && items.length > 0);
  }

  /** An id: left out when it is the one derived from the numbering. */
  private id(path: Path, id: string, derived: string): Expr | undefined {
    const key = pathKey(path);
    this.candidates.add(key);
    return id !== derived || this.options.explicit.has(key) ? lit(id) : undefined;
  }

  /** An object of plain fields, in the given order, absent ones left out. */
  private record<T extends object>(value: T, keys: readonly (keyof T & string)[], multiline = false): Expr {
    return obj(
      keys.map((k) => [k, this.value(value[k])] as const),
      multiline,
    );
  }

  /** Plain JSON data as a literal tree. */
  private value(v: unknown): Expr | undefined {
    if (v === undefined) return undefined;
    if (v === null) throw new TypeError('null is not plan data');
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return lit(v);
    if (Array.isArray(v)) return arr(v.map((x) => this.value(x) ?? lit(undefined)));
    return obj(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, this.value(x)] as const));
  }

  /** Free text; paragraphs joined by line breaks are written with `paragraphs(...)`. */
  private text(text: string): Expr {
    const parts = text.split('\n');
    if (this.options.paragraphs && parts.length > 1 && parts.every((p) => p.length > 0)) {
      return call('paragraphs', parts.map(lit), true);
    }
    return lit(text);
  }

  /** A phase, its bounds as years when it runs over whole years: `{ key: 'gd1', from: 2021, to: 2025 }`. */
  private phase(phase: Phase): Expr {
    const years = wholeYears(phase.from, phase.to);
    return obj([
      ['key', lit(phase.key)],
      ['from', lit(years?.[0] ?? phase.from)],
      ['to', lit(years?.[1] ?? phase.to)],
      ['text', phase.text === undefined ? undefined : lit(phase.text)],
    ]);
  }

  // ---- registry ---------------------------------------------------------------------------

  private registry(): Expr {
    const p = this.plan;
    const units = obj(
      p.units.map((u, i) => [u.key, this.unit(u, ['units', i])] as const),
      true,
    );
    const groups =
      p.groups.length === 0
        ? undefined
        : obj(
            p.groups.map((g, i) => [g.key, this.group(g, ['groups', i])] as const),
            true,
          );
    return call('defineRegistry', [obj([['units', units], ['groups', groups]], true)]);
  }

  private unit(u: Unit, path: Path): Expr {
    return obj([
      ['name', lit(u.name)],
      ['short', u.short === undefined ? undefined : lit(u.short)],
      ['en', u.en === undefined ? undefined : lit(u.en)],
      ['kind', lit(u.kind)],
      ['authority', this.optional([...path, 'authority'], u.authority)],
      ['aliases', u.aliases && arr(u.aliases.map(lit))],
      ['validFrom', u.validFrom === undefined ? undefined : lit(u.validFrom)],
      ['validUntil', u.validUntil === undefined ? undefined : lit(u.validUntil)],
      ['basis', u.basis === undefined ? undefined : lit(u.basis)],
      ['successors', u.successors && arr(u.successors.map((x) => this.successor(x)))],
      ['note', u.note === undefined ? undefined : lit(u.note)],
    ]);
  }

  /** A successor: its key alone when it took over everything, else `{ unit, for, basis }`. */
  private successor(x: Successor): Expr {
    return x.for === undefined && x.basis === undefined ? lit(x.unit) : this.record(x, ['unit', 'for', 'basis']);
  }

  /**
   * Handovers as the builders take them, `{ soLdtbxh: 'soYTe' }`; as the list the model keeps
   * when a ceased unit is named twice, which a record cannot hold.
   */
  private handovers(list: readonly Handover[]): Expr {
    const froms = list.map((h) => h.from);
    if (new Set(froms).size !== froms.length) return arr(list.map((h) => this.record(h, ['from', 'to'])));
    return obj(list.map((h) => [h.from, lit(h.to)] as const));
  }

  private group(g: Group, path: Path): Expr {
    return obj([
      ['name', lit(g.name)],
      ['short', g.short === undefined ? undefined : lit(g.short)],
      ['en', g.en === undefined ? undefined : lit(g.en)],
      ['aliases', g.aliases && arr(g.aliases.map(lit))],
      ['members', this.list([...path, 'members'], g.members, lit)],
      ['rule', g.rule && this.record(g.rule, ['kinds', 'except'])],
      ['mode', this.optional([...path, 'mode'], g.mode)],
      ['complete', this.optional([...path, 'complete'], g.complete)],
      ['note', g.note === undefined ? undefined : lit(g.note)],
    ]);
  }

  // ---- header parts -----------------------------------------------------------------------

  private legal(l: LegalRef, path: Path): Expr {
    return obj([
      ['id', this.optional([...path, 'id'], l.id)],
      ['number', l.number === undefined ? undefined : lit(l.number)],
      // An absent kind cannot be asked for; a present one is left out when the DSL derives it.
      ['kind', l.kind === undefined ? undefined : this.optional([...path, 'kind'], l.kind)],
      ['date', l.date === undefined ? undefined : lit(l.date)],
      ['issuer', l.issuer === undefined ? undefined : lit(l.issuer)],
      ['title', l.title === undefined ? undefined : lit(l.title)],
      ['otherTitles', this.value(l.otherTitles)],
      ['effective', this.value(l.effective)],
      ['role', this.optional([...path, 'role'], l.role)],
    ]);
  }

  private recipient(x: Recipient): Expr {
    return obj([
      ['text', lit(x.text)],
      ['purpose', x.purpose === undefined ? undefined : lit(x.purpose)],
      ['units', x.units && arr(x.units.map(lit))],
      ['archive', x.archive === undefined ? undefined : lit(x.archive)],
    ]);
  }

  private correction(c: Correction, index: number): Expr {
    return obj([
      ['id', this.id(['corrections', index, 'id'], c.id, `correction-${index + 1}`)],
      ['target', lit(c.target)],
      ['field', lit(c.field)],
      ['asIssued', lit(c.asIssued)],
      ['corrected', lit(c.corrected)],
      ['note', this.record(c.note, ['vi', 'en'])],
    ]);
  }

  private waivers(waivers: readonly Waiver[]): Expr {
    return arr(waivers.map((w) => this.record(w, ['rule', 'reason', 'target'])));
  }

  // ---- body -------------------------------------------------------------------------------

  private nodes(nodes: readonly PlanNode[], path: Path, parentId: string | undefined): Expr {
    const segment = createSegmentCounter();
    return arr(
      nodes.map((node, i) => this.node(node, [...path, i], childId(parentId, segment(node)))),
      true,
    );
  }

  private node(node: PlanNode, path: Path, derivedId: string): Expr {
    const id = this.id([...path, 'id'], node.id, derivedId);
    const numbering = numberingOf(node);
    const children = (list: readonly PlanNode[] | undefined): Expr | undefined =>
      list === undefined ? undefined : this.nodes(list, [...path, 'children'], node.id);
    const waivers = node.waivers && this.waivers(node.waivers);

    if (numbering === undefined) return this.rawNode(node, path, id, children);

    if (node.type === 'section') {
      const options = obj([
        ['id', id],
        ['role', node.role === undefined ? undefined : lit(node.role)],
        ['text', node.text === undefined ? undefined : this.text(node.text)],
        ['waivers', waivers],
      ]);
      return call('r.section', [
        lit(numbering),
        lit(node.title),
        children(node.children)!,
        ...(options.entries.length > 0 ? [options] : []),
      ]);
    }

    if (node.type === 'item') {
      const options = obj([['id', id], ...this.attachments(node, path), ['waivers', waivers]]);
      const kids = children(node.children);
      return call(
        'r.item',
        args(lit(numbering), this.text(node.text), options.entries.length > 0 || kids !== undefined ? options : undefined, kids),
      );
    }

    const task = obj(
      [
        ['id', id],
        ['lead', this.assignment(node.lead, [...path, 'lead'])],
        ['partners', this.list([...path, 'partners'], node.partners, (a, i) => this.assignment(a, [...path, 'partners', i]))],
        ['mode', this.optional([...path, 'mode'], node.mode)],
        ['text', this.text(node.text)],
        ...this.attachments(node, path),
        ['waivers', waivers],
      ],
      true,
    );
    return call('r.task', args(lit(numbering), task, children(node.children)));
  }

  /**
   * A node the numbering argument cannot express (both a number and a bullet, or a number
   * that reads as a bullet), written as the draft object the builders would return.
   */
  private rawNode(
    node: PlanNode,
    path: Path,
    id: Expr | undefined,
    children: (list: readonly PlanNode[] | undefined) => Expr | undefined,
  ): Expr {
    const common: [string, Expr | undefined][] = [
      ['type', lit(node.type)],
      ['id', id],
      ['number', node.number === undefined ? undefined : lit(node.number)],
      ['bullet', node.bullet === undefined ? undefined : lit(node.bullet)],
      ['waivers', node.waivers && this.waivers(node.waivers)],
    ];
    if (node.type === 'section') {
      return obj(
        [
          ...common,
          ['title', node.title === undefined ? undefined : lit(node.title)],
          ['role', node.role === undefined ? undefined : lit(node.role)],
          ['text', node.text === undefined ? undefined : this.text(node.text)],
          ['children', children(node.children)],
        ],
        true,
      );
    }
    if (node.type === 'item') {
      return obj([...common, ['text', this.text(node.text)], ...this.attachments(node, path), ['children', children(node.children)]], true);
    }
    return obj(
      [
        ...common,
        ['lead', this.assignment(node.lead, [...path, 'lead'])],
        ['partners', this.list([...path, 'partners'], node.partners, (a, i) => this.assignment(a, [...path, 'partners', i]))],
        ['mode', this.optional([...path, 'mode'], node.mode)],
        ['text', this.text(node.text)],
        ...this.attachments(node, path),
        ['children', children(node.children)],
      ],
      true,
    );
  }

  /** Owners, deadlines, reports, targets, refs and handovers of an item or task. */
  private attachments(node: Exclude<PlanNode, { type: 'section' }>, path: Path): [string, Expr | undefined][] {
    const owners =
      node.type === 'item' && node.owners !== undefined
        ? arr(node.owners.map((a, i) => this.assignment(a, [...path, 'owners', i])))
        : undefined;
    const deadlines =
      node.type === 'task'
        ? this.list([...path, 'deadlines'], node.deadlines, (d, i) => this.deadline(d, [...path, 'deadlines', i]))
        : node.deadlines && arr(node.deadlines.map((d, i) => this.deadline(d, [...path, 'deadlines', i])));
    return [
      ['owners', owners],
      ['deadlines', deadlines],
      ['reports', node.reports && arr(node.reports.map((r, i) => this.report(r, [...path, 'reports', i], `${node.id}/r${i + 1}`)))],
      ['targets', node.targets && arr(node.targets.map((t, i) => this.target(t, [...path, 'targets', i], `${node.id}/t${i + 1}`)))],
      ['refs', node.refs && arr(node.refs.map(lit))],
      ['handovers', node.handovers && this.handovers(node.handovers)],
    ];
  }

  /**
   * An assignment with the most readable builder that fits: a bare key, `r.each`/`r.together`
   * for a group with a mode, `r.related` for a qualifier alone, or a plain object.
   */
  private assignment(a: Assignment, path: Path): Expr {
    if (a.mode === undefined && a.qualifier === undefined) return lit(a.unit);
    if (a.mode !== undefined && this.groupKeys.has(a.unit)) {
      return call(a.mode === 'each' ? 'r.each' : 'r.together', args(lit(a.unit), a.qualifier === undefined ? undefined : lit(a.qualifier)));
    }
    if (a.mode === undefined && a.qualifier !== undefined) {
      // `r.related(key)` supplies "có liên quan"; the check in importPlan() confirms it.
      const qualifier = a.qualifier === RELATED_DEFAULT ? this.optional([...path, 'qualifier'], a.qualifier) : lit(a.qualifier);
      return call('r.related', args(lit(a.unit), qualifier));
    }
    return this.record(a, ['unit', 'mode', 'qualifier']);
  }

  private report(rule: ReportingRule, path: Path, derivedId: string): Expr {
    return call('r.report', [
      obj([
        ['id', this.id([...path, 'id'], rule.id, derivedId)],
        ['from', rule.from && this.assignment(rule.from, [...path, 'from'])],
        ['to', lit(rule.to)],
        ['via', rule.via === undefined ? undefined : lit(rule.via)],
        ['cc', this.list([...path, 'cc'], rule.cc, lit)],
        ['what', lit(rule.what)],
        ['covers', rule.covers && this.record(rule.covers, ['period', 'index', 'phase', 'text'])],
        ['form', rule.form && this.record(rule.form, ['text', 'source'])],
        ['deadlines', this.list([...path, 'deadlines'], rule.deadlines, (d, i) => this.deadline(d, [...path, 'deadlines', i]))],
        ['handovers', rule.handovers && this.handovers(rule.handovers)],
      ]),
    ]);
  }

  private target(t: Target, path: Path, derivedId: string): Expr {
    return obj([
      ['id', this.id([...path, 'id'], t.id, derivedId)],
      ['metric', lit(t.metric)],
      ['direction', lit(t.direction)],
      ['value', this.value(t.value)],
      ['range', this.value(t.range)],
      ['unit', this.value(t.unit)],
      ['per', this.value(t.per)],
      ['by', this.value(t.by)],
      ['phase', this.value(t.phase)],
      ['baseline', t.baseline && this.record(t.baseline, ['year', 'value', 'text'])],
      ['scope', this.value(t.scope)],
      ['text', this.value(t.text)],
    ]);
  }

  /**
   * A deadline with the builder that reads like the document: `before(...)`, `endOfYear(2021)`,
   * `endOfQuarter({ year, quarter })`, `yearly({ month, day })`, `quarterly({ monthOfQuarter, day })`,
   * `midTerm()`, `when(...)`. A shape no builder writes (an end of a year with no year) is written
   * as the data itself.
   */
  private deadline(d: Deadline, path: Path): Expr {
    const textOnly = d.text === undefined ? undefined : obj([['text', lit(d.text)]]);
    const raw = () => this.value(d)!;
    switch (d.kind) {
      case 'date': {
        const factory = DATE_FACTORIES[d.wording];
        if (factory === undefined) return this.record(d, ['kind', 'date', 'wording', 'text']);
        return call(factory, args(lit(d.date), textOnly));
      }
      case 'end-of': {
        if (d.period === 'plan') return d.year === undefined && d.index === undefined && d.phase === undefined ? call('endOfPlan', args(textOnly)) : raw();
        if (d.period === 'phase') return d.phase !== undefined && d.year === undefined && d.index === undefined ? call('endOfPhase', args(lit(d.phase), textOnly)) : raw();
        if (d.phase !== undefined) return raw();
        if (d.year === undefined) return raw();
        if (d.period === 'year') return d.index === undefined ? call('endOfYear', args(lit(d.year), textOnly)) : raw();
        const [factory, key, most] = END_OF_FACTORIES[d.period];
        if (d.index === undefined || d.index > most) return raw();
        return call(factory, [obj([['year', lit(d.year)], [key, lit(d.index)], ['text', d.text === undefined ? undefined : lit(d.text)]])]);
      }
      case 'recurring': {
        const [factory, monthKey, months] = RECURRING_FACTORIES[d.every];
        if (d.month !== undefined && (monthKey === undefined || d.month > months)) return raw();
        // "hằng năm từ 2022 đến 2025": whole years are written as `years`.
        const years = d.from === undefined || d.until === undefined ? undefined : wholeYears(d.from, d.until);
        const o = obj([
          ...(monthKey === undefined ? [] : [[monthKey, d.month === undefined ? undefined : lit(d.month)] as [string, Expr | undefined]]),
          ['day', d.day === undefined ? undefined : lit(d.day)],
          ['wording', this.optional([...path, 'wording'], d.wording)],
          ['years', years === undefined ? undefined : arr(years.map(lit))],
          ['from', years !== undefined || d.from === undefined ? undefined : lit(d.from)],
          ['until', years !== undefined || d.until === undefined ? undefined : lit(d.until)],
          ['phase', d.phase === undefined ? undefined : lit(d.phase)],
          ['text', d.text === undefined ? undefined : lit(d.text)],
        ]);
        return call(factory, args(o.entries.length > 0 ? o : undefined));
      }
      case 'milestone': {
        const termless = d.of === undefined && d.year === undefined;
        if (d.milestone === 'other') return d.text === undefined || !termless ? raw() : call('otherMilestone', [obj([['text', lit(d.text)]])]);
        if (d.milestone === 'on-request') return termless ? call('onRequest', args(textOnly)) : raw();
        const o = obj([
          ['of', d.of === undefined ? undefined : lit(d.of)],
          ['year', d.year === undefined ? undefined : lit(d.year)],
          ['text', d.text === undefined ? undefined : lit(d.text)],
        ]);
        return call(MILESTONE_FACTORIES[d.milestone], args(o.entries.length > 0 ? o : undefined));
      }
      case 'event':
        return call('when', args(lit(d.event), textOnly));
      case 'by-reference': {
        const o = obj([['source', d.source === undefined ? undefined : lit(d.source)], ['text', d.text === undefined ? undefined : lit(d.text)]]);
        return call('byReference', args(o.entries.length > 0 ? o : undefined));
      }
      case 'same-as':
        return call('sameAs', args(lit(d.rule), textOnly));
    }
  }
}

/** The builder of the end of a half, quarter or month, the option naming the index, and its largest value. */
const END_OF_FACTORIES = {
  'half-year': ['endOfHalf', 'half', 2],
  quarter: ['endOfQuarter', 'quarter', 4],
  month: ['endOfMonth', 'month', 12],
} as const;

/** The builder of each recurrence, the option naming the month within the period, and its largest value. */
const RECURRING_FACTORIES = {
  year: ['yearly', 'month', 12],
  'half-year': ['halfYearly', 'monthOfHalf', 6],
  quarter: ['quarterly', 'monthOfQuarter', 3],
  month: ['monthly', undefined, 0],
} as const;

const MILESTONE_FACTORIES = {
  'start-term': 'startTerm',
  'mid-term': 'midTerm',
  'end-term': 'endTerm',
} as const;

/** `[first, last]` when a range runs from 1 January of one year to 31 December of another. */
function wholeYears(from: string, to: string): [number, number] | undefined {
  if (!from.endsWith('-01-01') || !to.endsWith('-12-31')) return undefined;
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  return first <= last ? [first, last] : undefined;
}

/** The qualifier `r.related(key)` supplies. */
const RELATED_DEFAULT = 'có liên quan'.normalize('NFC');

const DATE_FACTORIES: Partial<Record<string, string>> = {
  before: 'before',
  'no-later-than': 'noLaterThan',
  on: 'on',
};

/**
 * The numbering argument of a builder (`'III'`, `'-'`, `'+'`, `''`), or `undefined` when the
 * node's numbering cannot be written as one.
 */
function numberingOf(node: PlanNode): string | undefined {
  if (node.number === undefined) return node.bullet ?? '';
  if (node.bullet !== undefined || node.number === '-' || node.number === '+') return undefined;
  return node.number;
}
