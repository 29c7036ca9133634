/**
 * Nothing is lost between a plan and `obligations()`: every deadline occurrence the plan states
 * is owed by someone or listed in `unowned` with a coded reason, and every unit the plan names
 * for it (directly or as a listed member of a group) is accounted for: it owes the duty, a
 * successor owes it in its place, or it is listed as the reason nobody does.
 *
 * The oracle below walks the plan on its own, without the expansion code it checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDue,
  deadlineDates,
  obligations,
  vietnamCalendar,
  type Assignment,
  type Deadline,
  type Obligations,
  type Plan,
  type PlanNode,
  type Task,
} from '@kehoach/core';
import { arbitraryPlan } from '../../packages/cli/test/arbitrary-plan.js';
import { settings } from './settings.js';

const calendar = vietnamCalendar();

interface Expected {
  key: string;
  /** A date for dated occurrences, `*` for those without one. */
  when: string;
  /** Units the plan names for it, leaves of listed groups included; groups acting together stay whole. */
  named: Set<string>;
}

/** Every occurrence the plan states within its period, with the units it names for it. */
function expectedOccurrences(plan: Plan): Expected[] {
  const groups = new Map(plan.groups.map((g) => [g.key, g]));
  const leaves = (key: string, seen = new Set<string>()): string[] => {
    const group = groups.get(key);
    if (group === undefined) return [key];
    if (seen.has(key)) return [];
    seen.add(key);
    return group.members.flatMap((m) => leaves(m, seen));
  };
  const namedBy = (assignments: readonly Assignment[]): Set<string> => {
    const out = new Set<string>();
    for (const a of assignments) {
      const group = groups.get(a.unit);
      const together = group !== undefined && (a.mode ?? group.mode) === 'together';
      for (const unit of together ? [a.unit] : leaves(a.unit)) out.add(unit);
    }
    return out;
  };
  const out: Expected[] = [];
  const add = (key: string, deadline: Deadline, parties: readonly Assignment[]) => {
    const timing = deadlineDates(plan, deadline);
    const named = namedBy(parties);
    if (timing.kind !== 'dated') {
      // A milestone of a named term ("giữa kỳ" of a phase) is stated within the period only
      // where its term meets it, as a dated deadline is only when its date falls in it.
      const term = timing.kind === 'undated' ? timing.within : undefined;
      const from = term !== undefined && term.from > plan.period.from ? term.from : plan.period.from;
      const to = term !== undefined && term.to < plan.period.to ? term.to : plan.period.to;
      if (from <= to) out.push({ key, when: '*', named });
      return;
    }
    const wording = deadline.kind === 'date' || deadline.kind === 'recurring' ? deadline.wording : 'by';
    for (const stated of timing.dates) {
      const effective = computeDue(stated, wording, plan.reading ?? 'safe', calendar).effective;
      const inPeriod = (date: string) => date >= plan.period.from && date <= plan.period.to;
      if (inPeriod(effective) || inPeriod(stated)) out.push({ key, when: stated, named });
    }
  };
  const visit = (nodes: readonly PlanNode[], task: Task | undefined) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        visit(node.children, task);
        continue;
      }
      const here = node.type === 'task' ? node : task;
      const owners = node.type === 'item' && node.owners !== undefined && node.owners.length > 0 ? node.owners : undefined;
      const parties = owners ?? (here === undefined ? [] : [here.lead, ...here.partners]);
      node.deadlines?.forEach((d, i) => add(`${node.id}#${i}`, d, parties));
      for (const rule of node.reports ?? []) {
        const reporters = rule.from !== undefined ? [rule.from] : here !== undefined ? [here.lead] : (owners ?? []);
        rule.deadlines.forEach((d, i) => add(`${rule.id}#${i}`, d, reporters));
      }
      visit(node.children ?? [], here);
    }
  };
  visit(plan.body, undefined);
  return out;
}

/** What `obligations()` accounted for, per occurrence: the units it names, as owners, predecessors or reasons. */
function accounted(result: Obligations): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const at = (source: { nodeId: string; ruleId?: string; deadlineIndex: number }, when: string) => {
    const key = `${source.ruleId ?? source.nodeId}#${source.deadlineIndex}|${when}`;
    let set = out.get(key);
    if (set === undefined) out.set(key, (set = new Set()));
    return set;
  };
  for (const duty of [...result.dated, ...result.triggered, ...result.undated]) {
    const units = at(duty.source, duty.due?.stated ?? '*');
    units.add(duty.unit);
    for (const step of duty.reassigned ?? []) units.add(step.from);
  }
  for (const entry of result.unowned) {
    const units = at(entry.source, entry.due?.stated ?? '*');
    units.add(entry.unit ?? '(nobody)');
    for (const step of entry.chain ?? []) units.add(step.from);
  }
  return out;
}

describe('obligations() loses nothing', () => {
  it('owns or lists every occurrence, and accounts for every unit the plan names for it', () => {
    fc.assert(
      fc.property(arbitraryPlan({ text: 'plain' }), (plan) => {
        const result = obligations(plan);
        const seen = accounted(result);
        for (const expected of expectedOccurrences(plan)) {
          const units = seen.get(`${expected.key}|${expected.when}`);
          expect(units, `${expected.key} ${expected.when}`).toBeDefined();
          for (const unit of expected.named) expect(units!.has(unit), `${expected.key} ${expected.when} ${unit}`).toBe(true);
        }
        for (const entry of result.unowned) expect(entry.message.vi.length > 0 && entry.message.en.length > 0).toBe(true);
      }),
      settings,
    );
  });
});

describe("obligations() with keep: 'reorganised'", () => {
  it('lists exactly the duties a reorganisation touched, and every unowned occurrence, as the full list has them', () => {
    fc.assert(
      fc.property(arbitraryPlan({ text: 'plain' }), (plan) => {
        const full = obligations(plan);
        const some = obligations(plan, { keep: 'reorganised' });
        const touched = (list: Obligations['dated']) => list.filter((d) => d.reassigned !== undefined || d.counterparts !== undefined);
        // A unit named directly and again through a successor gets one duty: the light list may
        // start it from the reach the successor gave, so roles are compared as sets.
        const shape = (list: Obligations['dated']) =>
          list.map((d) => ({ id: d.id, unit: d.unit, due: d.due, reassigned: d.reassigned, counterparts: d.counterparts, for: d.for, via: d.via, cc: d.cc }));
        expect(shape(some.dated)).toEqual(shape(touched(full.dated)));
        expect(shape(some.undated)).toEqual(shape(touched(full.undated)));
        expect(shape(some.triggered)).toEqual(shape(touched(full.triggered)));
        expect(some.unowned).toEqual(full.unowned);
      }),
      settings,
    );
  });
});
