/**
 * A fast-check arbitrary of valid canonical plans, for property tests.
 *
 * Plans are written with the DSL (`defineRegistry`, `r.section`/`r.item`/`r.task`, the
 * deadline factories) and built with `definePlan()`, so every generated plan is canonical:
 * `parsePlan(JSON.parse(stringifyPlan(p)))` gives it back unchanged.
 *
 * What varies: unit keys, odd ones included (`so-1`, `so_2`, `constructor`, `default`);
 * every unit kind (`commune` too), units with a basis and successors (by key, or with the
 * function taken over and its basis); groups, nested (a group's members may be earlier
 * groups), by list or by rule (`{ kinds, except }`, members then possibly `[]`); items that
 * name their owners; handovers (as records) on items, tasks, reporting rules and the plan; the
 * plan's reading; sections, items and tasks with
 * Roman, Arabic and letter numbers (`đ` too), `-`/`+` bullets and plain paragraphs, a few
 * explicit ids and a few nodes with both a number and a bullet; every deadline kind and
 * wording; reporting rules, targets, legal references, refs, recipients, corrections and
 * waivers; explicit and derived ids for legal references, reports, targets, corrections
 * and the plan. Texts mix Vietnamese (some in NFD, which `definePlan` normalises) with
 * hostile pieces: quotes, backslashes, `${`, `*\/`, U+2028/U+2029, zero-width and bidi
 * characters, emoji, and line breaks in the fields the model allows them in (prose: node
 * texts, preamble, notes, reasons, recipients, corrections). Control characters are never
 * generated: the model refuses them.
 */
import fc from 'fast-check';
import {
  before,
  definePlan,
  defineRegistry,
  endOfHalf,
  endOfMonth,
  endOfPhase,
  endOfPlan,
  endOfQuarter,
  endOfYear,
  endTerm,
  halfYearly,
  isSafeFileId,
  midTerm,
  monthly,
  noLaterThan,
  on,
  onRequest,
  otherMilestone,
  quarterly,
  slugify,
  startTerm,
  when,
  yearly,
  periodUnitSchema,
  unitKindSchema,
  type Deadline,
  type GroupInput,
  type IsoDate,
  type LegalInput,
  type NodeDraft,
  type PeriodUnit,
  type Plan,
  type Registry,
  type UnitInput,
  type UnitKind,
  type Waiver,
} from '@kehoach/core';

/** Options of {@link arbitraryPlan}. */
export interface ArbitraryPlanOptions {
  /** Deepest nesting of the body below the top level; 3 by default. */
  maxDepth?: number;
  /** Most children of one node (and top-level nodes); 4 by default. */
  maxChildren?: number;
  /** Most units in the registry; 6 by default (at least 1 is always declared). */
  maxUnits?: number;
  /** Most groups; 3 by default. */
  maxGroups?: number;
  /** `hostile` (default) mixes Vietnamese with quotes, line breaks and invisible characters; `plain` is Vietnamese only. */
  text?: 'hostile' | 'plain';
}

const VIETNAMESE = [
  'Sở Lao động - Thương binh và Xã hội',
  'chủ trì, phối hợp với các sở, ban, ngành có liên quan',
  'trước ngày 20/12/2021',
  'Định kỳ hàng năm',
  'Ủy ban nhân dân tỉnh Khánh Hòa',
  'ĐẶC BIỆT',
  'đẩy mạnh công tác tuyên truyền',
  'giai đoạn 2021-2025',
  'khi xảy ra thiên tai, dịch họa',
  'Tiê\u0302\u0301ng Vie\u0323\u0302t', // NFD: definePlan stores it in NFC
];

/** Hostile but valid on one line: quotes, escapes, comment and template markers, invisible and bidi characters. */
const HOSTILE_LINE = [
  "it's",
  'say "hi"',
  "both ' and \"",
  'back\\slash',
  '\\u0041 \\n',
  '${plan}',
  '`tick`',
  '*/',
  '/*',
  '// note',
  '<\/script>',
  'a\u2028b',
  'c\u2029d',
  'zw\u200bsp',
  'rtl\u202eltr',
  '\ufeffbom',
  'soft\u00adhyphen',
  'e\u0301',
  '😀',
  '🇻🇳',
];

/** Paragraph breaks, allowed in prose (node texts, preamble, notes, reasons) only. */
const HOSTILE_PROSE = ['line\nbreak', '\n'];

const UNIT_KINDS: readonly UnitKind[] = unitKindSchema.options;

const PERIODS: readonly PeriodUnit[] = periodUnitSchema.options;
const PHASES = [
  { key: 'gd1', from: 2021, to: 2025, text: 'giai đoạn 2021-2025' },
  { key: 'gd2', from: 2026, to: 2030, text: 'định hướng đến năm 2030' },
];
const WORDINGS = ['before', 'no-later-than', 'on', 'by'] as const;
const NUMBERINGS = ['I', 'II', 'III', 'IV', '1', '2', '3', '10', 'a', 'b', 'c', 'd', 'đ', '-', '-', '-', '+', '+', ''];
const LEGAL_NUMBERS = ['161/QĐ-TTg', '650/QĐ-LĐTBXH', '20/2021/NĐ-CP', '07/2029/NQ-HĐND', '39-CT/TW', '3743/KH-UBND', 'Luật 2015', 'x'];
const PLAN_NUMBERS = ['12127/KH-UBND', '05/2024/KH-UBND', '161/QĐ-TTg', '39-CT/TW', '01-KH/TU', 'KH 7', '12/KH-UBND\'"\\'];

/** Undefined most of the time, a value now and then. */
function sometimes<T>(arb: fc.Arbitrary<T>, weight = 1, out = 4): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: out }, { arbitrary: arb, weight });
}

/** `{ key: value }` when the value is defined, `{}` otherwise. */
function field<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * An arbitrary of valid canonical plans, built with `definePlan()`.
 *
 * @example
 * import fc from 'fast-check';
 * import { stringifyPlan, parsePlan } from '@kehoach/core';
 * import { arbitraryPlan } from './arbitrary-plan.js';
 * fc.assert(fc.property(arbitraryPlan({ maxDepth: 2 }), (plan) => {
 *   expect(stringifyPlan(parsePlan(stringifyPlan(plan)))).toBe(stringifyPlan(plan));
 * }), { seed: 42 });
 */
export function arbitraryPlan(options: ArbitraryPlanOptions = {}): fc.Arbitrary<Plan> {
  const maxDepth = options.maxDepth ?? 3;
  const maxChildren = options.maxChildren ?? 4;
  const plain = options.text === 'plain';
  const words = (pieces: readonly string[]): fc.Arbitrary<string> =>
    fc
      .array(fc.oneof({ arbitrary: fc.constantFrom(...pieces), weight: 3 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 }), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.join(' '))
      .map((s) => (s.length > 0 ? s : 'x'));
  /** One line: names, titles, wordings. */
  const text = words(plain ? VIETNAMESE : [...VIETNAMESE, ...HOSTILE_LINE]);
  /** Paragraphs: node texts, preamble, notes, reasons. */
  const prose = words(plain ? VIETNAMESE : [...VIETNAMESE, ...HOSTILE_LINE, ...HOSTILE_PROSE]);
  const anyString = fc.oneof(prose, fc.constant(''));
  const date: fc.Arbitrary<IsoDate> = fc
    .integer({ min: 0, max: 365 * 60 })
    .map((d) => new Date(Date.UTC(1990, 0, 1) + d * 86_400_000).toISOString().slice(0, 10) as IsoDate);
  const id = fc.oneof(
    fc.constantFrom('custom', 'III.2.d1-bis', 'x/y', 'ĐB-1', 'a.b.c', 'I', 'V.1.a/r9'),
    fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,12}$/),
  );
  const key = fc.oneof(
    fc.constantFrom('ubndTinh', 'soYTe', 'so-1', 'so_2', 'huyen-A', 'x', 'X9', 'constructor', 'toString', 'default', 'class', 'a-b-c'),
    fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,10}$/),
  );

  const keys = fc
    .tuple(
      fc.uniqueArray(key, { minLength: 1, maxLength: options.maxUnits ?? 6 }),
      fc.uniqueArray(key, { maxLength: options.maxGroups ?? 3 }),
    )
    .map(([units, groups]) => ({ units, groups: groups.filter((g) => !units.includes(g)) }));

  return keys.chain(({ units: unitKeys, groups: groupKeys }) => {
    const allKeys = [...unitKeys, ...groupKeys];
    const unit = fc.record(
      {
        name: text,
        short: text,
        en: text,
        kind: fc.constantFrom(...UNIT_KINDS),
        authority: fc.constantFrom('internal', 'external') as fc.Arbitrary<'internal' | 'external'>,
        aliases: fc.array(text, { maxLength: 2 }),
        validFrom: date,
        validUntil: date,
        basis: text,
        successors: fc.array(
          fc.oneof(
            fc.constantFrom(...unitKeys),
            fc.record({ unit: fc.constantFrom(...unitKeys), for: text, basis: text }, { requiredKeys: ['unit'] }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        note: prose,
      },
      { requiredKeys: ['name', 'kind'] },
    ) as fc.Arbitrary<UnitInput>;
    const group = (members: readonly string[]): fc.Arbitrary<GroupInput> =>
      fc.record(
        {
          name: text,
          short: text,
          en: text,
          members: fc.subarray([...members]),
          rule: fc.record(
            {
              kinds: fc.subarray([...UNIT_KINDS], { minLength: 1, maxLength: 3 }),
              except: fc.subarray([...unitKeys], { maxLength: Math.min(2, unitKeys.length) }),
            },
            { requiredKeys: ['kinds'] },
          ),
          mode: fc.constantFrom('each', 'together') as fc.Arbitrary<'each' | 'together'>,
          complete: fc.boolean(),
          aliases: fc.array(text, { maxLength: 2 }),
          note: prose,
        },
        { requiredKeys: ['name'] },
      );
    const registryInput = fc.record({
      units: fc.tuple(...unitKeys.map(() => unit)).map((list) => Object.fromEntries(unitKeys.map((k, i) => [k, list[i]!]))),
      // Nested groups: a group may list units and the groups declared before it.
      groups: fc
        .tuple(...groupKeys.map((_, i) => group([...unitKeys, ...groupKeys.slice(0, i)])))
        .map((list) => Object.fromEntries(groupKeys.map((k, i) => [k, list[i]!]))),
    });

    return registryInput.chain((input) => {
      const r = defineRegistry(input as { units: Record<string, UnitInput>; groups: Record<string, GroupInput> }) as Registry<
        string,
        string
      >;
      const legal = fc.array(
        fc.record(
          {
            id,
            number: fc.constantFrom(...LEGAL_NUMBERS),
            kind: text,
            date,
            issuer: text,
            title: text,
            otherTitles: fc.array(text, { minLength: 1, maxLength: 2 }),
            effective: fc.oneof(
              fc.record({ from: fc.constant('signing' as const), text }, { requiredKeys: ['from'] }),
              fc.record({ from: fc.constant('date' as const), date, text }, { requiredKeys: ['from', 'date'] }),
            ),
            role: fc.constantFrom('pursuant', 'implementing', 'proposal', 'cited') as fc.Arbitrary<'cited'>,
          },
          { requiredKeys: [] },
        ) as fc.Arbitrary<LegalInput>,
        { maxLength: 3 },
      );
      return legal.chain((legalInputs) => {
        const legalIds = legalInputs.map((l) => l.id ?? legalIdOf(l));
        return planRest(r, unitKeys, groupKeys, allKeys, legalIds, { text, prose, anyString, date, id, maxDepth, maxChildren }).map((rest) => {
          // Deadlines and targets may name the phases gd1 and gd2: the plan then declares them.
          const named = /"(?:phase|of)":"gd[12]"/.test(JSON.stringify(rest.body));
          const spec = named && rest.phases === undefined ? { ...rest, phases: PHASES } : rest;
          return definePlan({ registry: r, legal: legalInputs, ...spec } as Parameters<typeof definePlan>[0]);
        });
      });
    });
  });
}

interface Parts {
  text: fc.Arbitrary<string>;
  prose: fc.Arbitrary<string>;
  anyString: fc.Arbitrary<string>;
  date: fc.Arbitrary<IsoDate>;
  id: fc.Arbitrary<string>;
  maxDepth: number;
  maxChildren: number;
}

/** Everything of a plan but its registry and legal references. */
function planRest(
  r: Registry<string, string>,
  unitKeys: readonly string[],
  groupKeys: readonly string[],
  allKeys: readonly string[],
  legalIds: readonly string[],
  { text, prose, anyString, date, id, maxDepth, maxChildren }: Parts,
) {
  const anyKey = fc.constantFrom(...allKeys);
  const qualifier = fc.oneof(fc.constant(undefined), fc.constant('có liên quan'), text);
  const assignment = fc.oneof(
    { arbitrary: anyKey, weight: 4 },
    { arbitrary: fc.tuple(anyKey, qualifier).map(([k, q]) => r.related(k, q)), weight: 1 },
    ...(groupKeys.length === 0
      ? []
      : [
          { arbitrary: fc.tuple(fc.constantFrom(...groupKeys), qualifier).map(([g, q]) => r.each(g, q)), weight: 1 },
          { arbitrary: fc.tuple(fc.constantFrom(...groupKeys), qualifier).map(([g, q]) => r.together(g, q)), weight: 1 },
        ]),
    {
      // A combination no helper writes: a mode on a plain unit.
      arbitrary: fc
        .tuple(fc.constantFrom(...unitKeys), fc.constantFrom('each', 'together') as fc.Arbitrary<'each' | 'together'>, qualifier)
        .map(([unit, mode, q]) => ({ unit, mode, ...field('qualifier', q) })),
      weight: 1,
    },
  );

  // Which successor takes over from a ceased unit, as the builders take it: `{ soLdtbxh: 'soYTe' }`.
  const handovers = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...unitKeys), fc.constantFrom(...unitKeys)), { maxLength: 2, selector: ([from]) => from })
    .map((pairs) => Object.fromEntries(pairs) as Record<string, string>);

  const textOption = sometimes(text.map((t) => ({ text: t })), 1, 1);
  const day = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant('last' as const));
  const deadline: fc.Arbitrary<Deadline> = fc.oneof(
    fc.tuple(date, textOption).map(([d, o]) => before(d, o)),
    fc.tuple(date, textOption).map(([d, o]) => noLaterThan(d, o)),
    fc.tuple(date, textOption).map(([d, o]) => on(d, o)),
    fc.tuple(date, sometimes(text, 1, 1)).map(([d, t]): Deadline => ({ kind: 'date', date: d, wording: 'by', ...field('text', t) })),
    // The end of a period, through its builder...
    fc.tuple(fc.integer({ min: 1900, max: 2100 }), textOption).map(([y, o]) => endOfYear(y, o)),
    fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(1 as const, 2 as const), textOption).map(([year, half, o]) => endOfHalf({ year, half, ...o })),
    fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), textOption)
      .map(([year, quarter, o]) => endOfQuarter({ year, quarter, ...o })),
    fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), textOption).map(([year, month, o]) => endOfMonth({ year, month, ...o })),
    textOption.map((o) => endOfPlan(o)),
    fc.tuple(fc.constantFrom('gd1', 'gd2'), textOption).map(([phase, o]) => endOfPhase(phase, o)),
    // ...and every shape the model allows, which no builder writes ("cuối năm" with no year).
    fc
      .tuple(
        fc.constantFrom(...PERIODS, 'plan' as const),
        sometimes(fc.integer({ min: 1900, max: 2100 }), 2, 1),
        sometimes(fc.integer({ min: 1, max: 12 }), 1, 1),
        sometimes(text, 1, 1),
      )
      .map(([period, y, i, t]): Deadline => ({ kind: 'end-of', period, ...field('year', y), ...field('index', i), ...field('text', t) })),
    // Recurrences through their builders...
    fc
      .record({ month: fc.integer({ min: 1, max: 12 }), day, wording: fc.constantFrom(...WORDINGS), from: date, until: date, text }, { requiredKeys: [] })
      .map((o) => yearly(o)),
    // "hằng năm từ 2022 đến 2025", "hằng năm trong giai đoạn 2021-2025".
    fc
      .record(
        { month: fc.integer({ min: 1, max: 12 }), day, years: fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 })), phase: fc.constantFrom('gd1', 'gd2'), text },
        { requiredKeys: [] },
      )
      .map((o) => yearly(o)),
    fc
      .record({ monthOfHalf: fc.integer({ min: 1, max: 6 }), day, wording: fc.constantFrom(...WORDINGS), until: date, text }, { requiredKeys: [] })
      .map((o) => halfYearly(o)),
    fc
      .record({ monthOfQuarter: fc.integer({ min: 1, max: 3 }), day, wording: fc.constantFrom(...WORDINGS), from: date, text }, { requiredKeys: [] })
      .map((o) => quarterly(o)),
    fc.record({ day, wording: fc.constantFrom(...WORDINGS), until: date, text }, { requiredKeys: [] }).map((o) => monthly(o)),
    // ...and as raw data, month out of its period included.
    fc
      .record(
        {
          every: fc.constantFrom(...PERIODS),
          month: fc.integer({ min: 1, max: 12 }),
          day,
          wording: fc.constantFrom(...WORDINGS),
          from: date,
          until: date,
          text,
        },
        { requiredKeys: ['every', 'wording'] },
      )
      .map((o): Deadline => ({ kind: 'recurring', ...o })),
    fc.tuple(fc.constantFrom(startTerm, midTerm, endTerm, onRequest), textOption).map(([make, o]) => make(o)),
    fc
      .tuple(
        fc.constantFrom(startTerm, midTerm, endTerm),
        fc.record({ of: fc.constantFrom('plan', 'gd1', 'gd2'), year: fc.integer({ min: 1900, max: 2100 }), text }, { requiredKeys: [] }),
      )
      .map(([make, o]) => make(o)),
    fc.constant<Deadline>({ kind: 'milestone', milestone: 'on-request', of: 'gd2' }),
    text.map((t) => otherMilestone({ text: t })),
    fc.constant<Deadline>({ kind: 'milestone', milestone: 'other' }),
    fc.tuple(text, textOption).map(([e, o]) => when(e, o)),
  );
  const deadlines = fc.array(deadline, { maxLength: 2 });

  const report = fc
    .record(
      {
        id,
        from: assignment,
        to: anyKey,
        via: anyKey,
        cc: fc.subarray([...allKeys]),
        what: text,
        deadlines,
        handovers,
      },
      { requiredKeys: ['to', 'what'] },
    )
    .map((rule) => r.report(rule));
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
  const target = fc.record(
    {
      id,
      metric: text,
      direction: fc.constantFrom('increase', 'decrease', 'reach', 'maintain') as fc.Arbitrary<'increase' | 'decrease' | 'reach' | 'maintain'>,
      value: fc.oneof(finite, fc.integer({ min: 0, max: 100 })),
      range: fc.tuple(finite, finite).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
      unit: text,
      per: fc.constantFrom('year', 'period') as fc.Arbitrary<'year' | 'period'>,
      by: fc.integer({ min: 1900, max: 2200 }),
      phase: fc.constantFrom('gd1', 'gd2'),
      baseline: fc.record({ year: fc.integer({ min: 1900, max: 2200 }), value: finite, text: prose }, { requiredKeys: [] }),
      scope: fc.subarray([...allKeys], { minLength: 1 }),
      text: prose,
    },
    { requiredKeys: ['metric', 'direction'] },
  );
  const refs = fc.subarray([...legalIds, 'missing-ref']);
  const waiver: fc.Arbitrary<Waiver> = fc.record({ rule: text, reason: prose, target: id }, { requiredKeys: ['rule', 'reason'] });
  const waivers = sometimes(fc.array(waiver, { maxLength: 2 }), 1, 5);
  const numbering = fc.constantFrom(...NUMBERINGS);
  const explicitId = sometimes(id, 1, 12);

  const itemOptions = fc.record(
    {
      id: explicitId,
      owners: sometimes(fc.array(assignment, { maxLength: 3 }), 1, 2),
      deadlines: sometimes(deadlines, 1, 2),
      reports: sometimes(fc.array(report, { maxLength: 2 }), 1, 3),
      targets: sometimes(fc.array(target, { maxLength: 2 }), 1, 3),
      refs: sometimes(refs, 1, 3),
      handovers: sometimes(handovers, 1, 3),
      waivers,
    },
    { requiredKeys: [] },
  );
  const taskInput = fc.record(
    {
      id: explicitId,
      text: prose,
      lead: assignment,
      partners: fc.array(assignment, { maxLength: 3 }),
      mode: fc.constantFrom('assign', 'request') as fc.Arbitrary<'assign' | 'request'>,
      deadlines,
      reports: fc.array(report, { maxLength: 2 }),
      targets: fc.array(target, { maxLength: 2 }),
      refs,
      handovers,
      waivers: fc.array(waiver, { maxLength: 1 }),
    },
    { requiredKeys: ['text', 'lead'] },
  );
  const sectionOptions = fc.record(
    {
      id: explicitId,
      role: fc.constantFrom('purposes', 'requirements', 'objectives', 'tasks', 'funding', 'organization', 'reporting', 'other') as fc.Arbitrary<
        'purposes' | 'tasks'
      >,
      text: prose,
      waivers: fc.array(waiver, { maxLength: 1 }),
    },
    { requiredKeys: [] },
  );

  // Levels of the body, leaves first: a node at level d has children from level d - 1.
  const leaf = (children: fc.Arbitrary<readonly NodeDraft[] | undefined>): fc.Arbitrary<NodeDraft> =>
    fc.oneof(
      { arbitrary: fc.tuple(numbering, prose, itemOptions, children).map(([n, t, o, c]) => r.item(n, t, o, c)), weight: 4 },
      { arbitrary: fc.tuple(numbering, taskInput, children).map(([n, t, c]) => r.task(n, t, c)), weight: 4 },
      {
        // A numbering the builders cannot take as one argument: a number and a bullet.
        // A number that reads as a bullet derives no id segment, so it gets an explicit id.
        arbitrary: fc
          .tuple(fc.constantFrom('a', '1', '-', '+'), fc.constantFrom('-', '+') as fc.Arbitrary<'-' | '+'>, prose, children, id)
          .map(([number, bullet, t, c, i]): NodeDraft => ({
            type: 'item',
            ...(number === '-' || number === '+' ? { id: i } : {}),
            number,
            bullet,
            text: t,
            ...field('children', c),
          })),
        weight: 1,
      },
    );
  let level: fc.Arbitrary<NodeDraft> = leaf(fc.constant(undefined));
  for (let d = 1; d <= maxDepth; d++) {
    const below = level;
    const children = sometimes(fc.array(below, { maxLength: maxChildren }), 1, 1);
    level = fc.oneof(
      { arbitrary: leaf(children), weight: 2 },
      {
        arbitrary: fc
          .tuple(numbering, sometimes(text, 3, 1), fc.array(below, { maxLength: maxChildren }), sectionOptions)
          .map(([n, t, c, o]) => r.section(n, t, c, o)),
        weight: 2,
      },
    );
  }

  // The plan id names exported files, so the model allows only safe file names there.
  const planId = fc.oneof(fc.constantFrom('custom', 'kh-12127', 'KH.2021_v2', 'con-2021'), fc.stringMatching(/^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,10}[A-Za-z0-9])?$/).filter(isSafeFileId));
  return fc.record(
    {
      id: planId,
      type: text,
      number: fc.constantFrom(...PLAN_NUMBERS),
      issuer: fc.constantFrom(...unitKeys),
      issuerHeading: fc.array(text, { maxLength: 2 }),
      place: text,
      issuedOn: date,
      title: text,
      period: fc.record({ from: date, to: date, text }, { requiredKeys: ['from', 'to'] }),
      // Whole years (written as years) or any days (written as dates).
      phases: fc.oneof(fc.constant(PHASES), fc.constant([{ key: 'gd1', from: '2021-03-15', to: '2025-06-30' }, { key: 'gd2', from: 2026, to: 2030 }])),
      preamble: prose,
      body: fc.array(level, { maxLength: maxChildren }),
      recipients: fc.array(
        fc.record(
          { text: prose, units: fc.subarray([...allKeys]), purpose: text, archive: fc.boolean() },
          { requiredKeys: ['text'] },
        ),
        { maxLength: 3 },
      ),
      signature: fc.record(
        {
          form: fc.constantFrom('TM', 'KT', 'TL', 'TUQ', 'Q', 'none') as fc.Arbitrary<'KT'>,
          authority: text,
          title: text,
          name: text,
        },
        { requiredKeys: ['form', 'title', 'name'] },
      ),
      corrections: fc.array(
        fc.record(
          {
            id,
            target: id,
            field: text,
            asIssued: anyString,
            corrected: anyString,
            note: fc.record({ vi: prose, en: prose }),
          },
          { requiredKeys: ['target', 'field', 'asIssued', 'corrected', 'note'] },
        ),
        { maxLength: 2 },
      ),
      waivers: fc.array(waiver, { maxLength: 2 }),
      reading: fc.constantFrom('safe', 'legal') as fc.Arbitrary<'safe' | 'legal'>,
      handovers,
      definitions: fc.array(
        fc.oneof(
          fc.record({ term: text, for: fc.constant('legal' as const), id: fc.constantFrom(...legalIds, 'qd161') }, { requiredKeys: ['term', 'for', 'id'] }),
          fc.record({ term: text, for: fc.constant('unit' as const), unit: fc.constantFrom(...allKeys), wording: text }, { requiredKeys: ['term', 'for', 'unit'] }),
          fc.record({ term: text, for: fc.constant('node' as const), id, wording: text }, { requiredKeys: ['term', 'for', 'id'] }),
          fc.record({ term: text, for: fc.constant('plan' as const), wording: text }, { requiredKeys: ['term', 'for'] }),
          fc.record({ term: text, for: fc.constant('text' as const), meaning: text, wording: text }, { requiredKeys: ['term', 'for', 'meaning'] }),
        ),
        { maxLength: 2 },
      ),
      effective: fc.oneof(
        fc.record({ from: fc.constant('signing' as const), text }, { requiredKeys: ['from'] }),
        fc.record({ from: fc.constant('date' as const), date, text }, { requiredKeys: ['from', 'date'] }),
      ),
    },
    {
      requiredKeys: ['number', 'issuer', 'place', 'issuedOn', 'title', 'period', 'body', 'signature'],
    },
  );
}

/** The id `definePlan()` derives for a legal reference: a slug of its number, or of its kind, title and year. */
function legalIdOf(l: LegalInput): string {
  if (l.number !== undefined) return slugify(l.number);
  const words = slugify([l.kind, l.title].filter((p) => p !== undefined && p !== '').join(' ')).slice(0, 80).replace(/-+$/, '');
  return [words, l.date === undefined ? '' : l.date.slice(0, 4)].filter((p) => p !== '').join('-') || 'legal';
}
