/**
 * Ids, names, keys and dates over the whole space a JSON plan can hold (any string, lone
 * surrogates, control, bidirectional and zero-width characters, paths, device names; any
 * `YYYY-MM-DD`-looking date from 0000 to 9999, impossible ones included; any deadline year;
 * groups that contain themselves), put into generated plans: parsePlan(), obligations(),
 * validate() and every export either work or throw a PlanError, never anything else; and
 * whatever loads names only safe files.
 */
import {
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  isPlanError,
  isSafeFileId,
  obligations,
  parsePlan,
  stringifyPlan,
  type Plan,
} from '@kehoach/core';
import { toCsvMatrix, toHtml, toIcs, toJson, toMarkdown, unitCalendars } from '@kehoach/export';
import { format, validate } from '@kehoach/validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../../packages/cli/test/arbitrary-plan.js';
import { settings } from './settings.js';

const HOSTILE = [
  '../package',
  '../../../elsewhere/x',
  '/etc/passwd',
  '..',
  '.',
  '',
  'CON',
  'nul.txt',
  'a/b',
  'a\\b',
  'x\u0000y',
  'I.1\u001b[2J',
  'bell\u0007',
  'rtl\u202eltr',
  'zw\u200bsp',
  'line\u2028sep',
  '\ufeffbom',
  'S\u043e\u031b Y tế',
  '=HYPERLINK("x")',
  'x\n::error::owned',
  'lone \ud800',
  'Sở Y tế',
  'kh-12127',
];

/** Any string: every code point, lone surrogates, and the hostile ones above. */
const anyText = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 8 }), weight: 2 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9._\-/\\ ]{0,12}$/), weight: 2 },
);

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Dates shaped YYYY-MM-DD over 0000–9999 (impossible months and days too), the range's edges, and any string. */
const anyDate = fc.oneof(
  { arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`), weight: 4 },
  { arbitrary: fc.tuple(fc.integer({ min: 1795, max: 2205 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`), weight: 4 },
  { arbitrary: fc.constantFrom('0000-02-29', '1899-12-31', FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE, '2101-01-01', '2199-12-31', '9999-12-31', '2024-02-29'), weight: 3 },
  { arbitrary: anyText, weight: 1 },
);
const anyYear = fc.oneof(fc.integer({ min: -10_000, max: 10_000 }), fc.constantFrom(0, 1899, 1900, 2100, 2101, 2200, 1e308, -0, 2026.5));

type Json = Record<string, any>;
type Mutation = (data: Json) => void;

function nodes(data: Json): Json[] {
  const out: Json[] = [];
  const walk = (list: Json[] | undefined) => list?.forEach((n) => (out.push(n), walk(n.children)));
  walk(data['body']);
  return out;
}

function dateHolders(data: Json): [Json, string][] {
  const out: [Json, string][] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value as Json)) {
        if (['issuedOn', 'from', 'to', 'until', 'date', 'validFrom', 'validUntil'].includes(key) && typeof child === 'string') out.push([value as Json, key]);
        else walk(child);
      }
    }
  };
  walk(data);
  return out;
}

const pickFrom = <T>(list: readonly T[], pick: number): T | undefined => (list.length === 0 ? undefined : list[pick % list.length]);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  anyText.map((id): Mutation => (d) => void (d['id'] = id)),
  fc.tuple(anyText, fc.nat()).map(([id, pick]): Mutation => (d) => {
    const node = pickFrom(nodes(d), pick);
    if (node) node['id'] = id;
  }),
  fc.tuple(anyText, fc.nat(), fc.constantFrom('name', 'short', 'key')).map(([text, pick, field]): Mutation => (d) => {
    const unit = pickFrom(d['units'] as Json[], pick);
    if (unit) unit[field] = text;
  }),
  fc.tuple(anyText, fc.nat()).map(([text, pick]): Mutation => (d) => {
    const group = pickFrom(d['groups'] as Json[], pick);
    if (group) group['name'] = text;
  }),
  fc.tuple(anyDate, fc.nat()).map(([date, pick]): Mutation => (d) => {
    const holder = pickFrom(dateHolders(d), pick);
    if (holder) holder[0][holder[1]] = date;
  }),
  fc.tuple(anyYear, fc.nat()).map(([year, pick]): Mutation => (d) => {
    const task = pickFrom(nodes(d).filter((n) => n['type'] === 'task'), pick);
    if (task) task['deadlines'] = [{ kind: 'end-of', period: 'year', year }];
  }),
  fc.tuple(anyDate, anyDate, fc.nat()).map(([from, until, pick]): Mutation => (d) => {
    const task = pickFrom(nodes(d).filter((n) => n['type'] === 'task'), pick);
    if (task) task['deadlines'] = [{ kind: 'recurring', every: 'month', day: 'last', wording: 'by', from, until }];
  }),
  fc.nat().map((pick): Mutation => (d) => {
    // A group that contains itself, directly or through another group.
    const groups = d['groups'] as Json[];
    const group = pickFrom(groups, pick);
    if (group) group['members'].push(pickFrom(groups, pick + 1)!['key']);
    const other = pickFrom(groups, pick + 1);
    if (other && group) other['members'].push(group['key']);
  }),
);

const mutatedPlan = fc.tuple(arbitraryPlan({ maxDepth: 1, maxChildren: 3, maxUnits: 4, maxGroups: 2 }), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([plan, changes]) => {
  const data = JSON.parse(stringifyPlan(plan)) as Json;
  for (const change of changes) change(data);
  return data;
});

/** Runs `fn`; a PlanError is an accepted outcome, anything else thrown is the property failing. */
function onlyPlanErrors<T>(what: string, fn: () => T): T | 'plan-error' {
  try {
    return fn();
  } catch (error) {
    if (isPlanError(error)) return 'plan-error';
    throw new Error(`${what} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

function everything(plan: Plan): void {
  onlyPlanErrors('obligations()', () => obligations(plan));
  onlyPlanErrors('obligations({ dates: effective })', () => obligations(plan, { unit: plan.units[0]?.key ?? 'x' }));
  const diagnostics = onlyPlanErrors('validate()', () => validate(plan));
  if (diagnostics !== 'plan-error') {
    expect(diagnostics.filter((d) => d.code.startsWith('internal/'))).toEqual([]);
    for (const name of ['stylish', 'github', 'sarif', 'json'] as const) onlyPlanErrors(`format(${name})`, () => format(diagnostics, { format: name }));
  }
  for (const [name, render] of [
    ['toJson', toJson],
    ['toIcs', (p: Plan) => toIcs(p, { dates: 'effective' })],
    ['toHtml', toHtml],
    ['toMarkdown', toMarkdown],
    ['toCsvMatrix', toCsvMatrix],
  ] as const) {
    onlyPlanErrors(name, () => render(plan));
  }
  const calendars = onlyPlanErrors('unitCalendars()', () => unitCalendars(plan, { dates: 'effective' }));
  if (calendars !== 'plan-error') {
    for (const { fileName } of calendars) {
      expect(fileName).toBe(fileName.split(/[\\/]/).pop());
      expect(fileName.startsWith('.')).toBe(false);
    }
  }
}

describe('ids, names and dates over the whole input space', () => {
  it('never make parsePlan, obligations, validate or an export throw anything but a PlanError', () => {
    fc.assert(
      fc.property(mutatedPlan, (data) => {
        for (const input of [data, JSON.stringify(data)]) {
          const plan = onlyPlanErrors('parsePlan()', () => parsePlan(input));
          if (plan === 'plan-error') continue;
          // What loads names only safe files, and states only dates the calendars compute.
          expect(isSafeFileId(plan.id)).toBe(true);
          everything(plan);
        }
      }),
      { ...settings, numRuns: settings.numRuns * 8 },
    );
  });

  it('refuses every date outside the supported range with a code at its path', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).filter(([y]) => y < 1900 || y > 2100),
        fc.constantFrom('issuedOn', 'period.to', 'period.from'),
        ([y, m, d], field) => {
          const data = JSON.parse(stringifyPlan(fc.sample(arbitraryPlan({ maxDepth: 0 }), { seed: 1, numRuns: 1 })[0]!)) as Json;
          const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const [head, tail] = field.split('.') as [string, string | undefined];
          if (tail === undefined) data[head] = date;
          else data[head][tail] = date;
          try {
            parsePlan(data);
            throw new Error(`${date} at ${field} was accepted`);
          } catch (error) {
            if (!isPlanError(error)) throw error;
            expect(error.problems.map((p) => `${p.code}@${p.path.join('.')}`)).toContain(`schema/date-out-of-range@${field}`);
          }
        },
      ),
      settings,
    );
  });
});
