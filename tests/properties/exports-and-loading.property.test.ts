/**
 * Properties over generated plans: ICS calendars expand (with ical.js) to the duties of
 * obligations(), loading and validating arbitrary JSON never throws anything but the coded
 * plan error, and exports do not depend on the Unicode normal form of the input.
 */
import { isPlanError, obligations, parsePlan, stringifyPlan, type Plan } from '@kehoach/core';
import { toCsvMatrix, toHtml, toIcs, toMarkdown, unitCalendars } from '@kehoach/export';
import { validate } from '@kehoach/validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../../packages/cli/test/arbitrary-plan.js';
import { icsDatesBySource, obligationDatesBySource, sortedEntries, unitDatesBySource } from '../../packages/export/test/helpers/ical.js';
import example from '../../examples/khanh-hoa-12127/plan.js';
import { settings } from './settings.js';

describe('JSON → ICS → ical.js', () => {
  it('expands every plan and unit calendar to the dates obligations() gives, and a unit’s to the reports it collects or is copied', () => {
    fc.assert(
      fc.property(arbitraryPlan(), fc.constantFrom('stated' as const, 'effective' as const), (plan, dates) => {
        const roundTripped = parsePlan(stringifyPlan(plan));
        expect(sortedEntries(icsDatesBySource(plan, toIcs(roundTripped, { dates })))).toEqual(
          sortedEntries(obligationDatesBySource(obligations(plan).dated, dates, false)),
        );
        for (const { unit, ics } of unitCalendars(roundTripped, { dates })) {
          expect(sortedEntries(icsDatesBySource(plan, ics))).toEqual(sortedEntries(unitDatesBySource(plan, unit, dates)));
        }
      }),
      settings,
    );
  });
});

/** JSON values with the shape of a plan and random damage: removed, replaced and added fields. */
const damagedPlanJson = fc
  .tuple(
    arbitraryPlan({ maxDepth: 2 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'replace', 'add'), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([plan, damages]) => {
    const data = JSON.parse(stringifyPlan(plan)) as unknown;
    for (const [pick, how, value] of damages) damage(data, pick, how, value);
    return data;
  });

function damage(root: unknown, pick: number, how: string, value: unknown): void {
  const holders: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => (holders.push([node, i]), walk(child)));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) holders.push([node as Record<string, unknown>, key]), walk(child);
    }
  };
  walk(root);
  if (holders.length === 0) return;
  const [holder, key] = holders[pick % holders.length]!;
  if (how === 'delete') {
    if (Array.isArray(holder)) holder.splice(key as number, 1);
    else delete holder[key as string];
  } else if (how === 'replace') {
    (holder as Record<string | number, unknown>)[key] = value;
  } else if (!Array.isArray(holder)) {
    holder[`x${pick % 7}`] = value;
  }
}

function loadAndValidate(input: unknown): 'plan' | 'plan-error' {
  let plan: Plan;
  try {
    plan = parsePlan(input);
  } catch (error) {
    if (isPlanError(error)) return 'plan-error';
    throw error;
  }
  validate(plan);
  return 'plan';
}

describe('loading and validating arbitrary JSON', () => {
  it('never throws anything but the coded PlanError, on damaged plans', () => {
    fc.assert(
      fc.property(damagedPlanJson, (data) => {
        expect(['plan', 'plan-error']).toContain(loadAndValidate(data));
        expect(['plan', 'plan-error']).toContain(loadAndValidate(JSON.stringify(data)));
      }),
      settings,
    );
  });

  it('never throws anything but the coded PlanError, on any JSON value or text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.json()), (input) => {
        expect(['plan', 'plan-error']).toContain(loadAndValidate(input));
      }),
      { ...settings, numRuns: settings.numRuns * 20 },
    );
  });
});

describe('Unicode normal forms', () => {
  it('gives byte-identical exports from NFC and NFD input', () => {
    const nfc = stringifyPlan(example);
    const fromNfd = parsePlan(nfc.normalize('NFD'));
    const fromNfc = parsePlan(nfc);
    expect(nfc.normalize('NFD')).not.toBe(nfc);
    expect(stringifyPlan(fromNfd)).toBe(nfc);
    for (const render of [toIcs, toHtml, toMarkdown, toCsvMatrix] as ((p: Plan) => string)[]) {
      expect(render(fromNfd)).toBe(render(fromNfc));
    }
  });
});
