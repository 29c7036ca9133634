import { closestMatch } from './closest.js';
import type { PlanProblem } from './errors.js';
import type { Deadline, Plan } from './schema.js';
import { walkPlan } from './walk.js';

type Path = (string | number)[];

/**
 * @internal References inside a plan that the schema alone cannot check, because they point
 * from one part of the plan to another: the phases deadlines and targets name, and the phases
 * themselves (one key each, a range that runs forwards). Without them `obligations()` could not
 * date a deadline, so a plan that breaks one is refused with a coded problem at its path.
 */
export function checkReferences(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const phases = new Set<string>();
  (plan.phases ?? []).forEach((phase, i) => {
    if (phases.has(phase.key)) {
      problems.push({
        code: 'plan/duplicate-phase',
        path: ['phases', i, 'key'],
        message: { vi: `Giai đoạn "${phase.key}" được khai báo hai lần.`, en: `The phase "${phase.key}" is declared twice.` },
      });
    }
    phases.add(phase.key);
    if (phase.from > phase.to) {
      problems.push({
        code: 'plan/phase-range',
        path: ['phases', i, 'to'],
        message: {
          vi: `Giai đoạn "${phase.key}" kết thúc (${phase.to}) trước khi bắt đầu (${phase.from}).`,
          en: `The phase "${phase.key}" ends (${phase.to}) before it starts (${phase.from}).`,
        },
      });
    }
  });

  const phaseRef = (key: string | undefined, path: Path, allowPlan: boolean) => {
    if (key === undefined || phases.has(key) || (allowPlan && key === 'plan')) return;
    const suggestion = closestMatch(key, allowPlan ? [...phases, 'plan'] : phases);
    problems.push({
      code: 'plan/unknown-phase',
      path,
      message: {
        vi: `Không có giai đoạn "${key}" trong plan.phases${suggestion === undefined ? '' : ` (có phải "${suggestion}"?)`}.`,
        en: `There is no phase "${key}" in plan.phases${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}.`,
      },
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  };
  const rules = new Map<string, readonly Deadline[]>();
  for (const { node } of walkPlan(plan)) if (node.type !== 'section') for (const rule of node.reports ?? []) rules.set(rule.id, rule.deadlines);
  const deadline = (d: Deadline, path: Path) => {
    if (d.kind === 'same-as') sameAs(d.rule, path);
    if (d.kind === 'end-of') {
      if (d.period === 'phase' && d.phase === undefined) {
        problems.push({
          code: 'plan/phase-missing',
          path: [...path, 'phase'],
          message: { vi: 'Thời hạn "cuối giai đoạn" không nêu giai đoạn nào.', en: 'The end-of-phase deadline does not name its phase.' },
        });
      } else if (d.period !== 'phase' && d.phase !== undefined) {
        problems.push({
          code: 'plan/phase-not-used',
          path: [...path, 'phase'],
          message: {
            vi: `Thời hạn cuối "${d.period}" không dùng giai đoạn; dùng period: 'phase' cho "cuối giai đoạn".`,
            en: `An end of "${d.period}" takes no phase; use period: 'phase' for the end of a phase.`,
          },
        });
      } else phaseRef(d.phase, [...path, 'phase'], false);
    }
    if (d.kind === 'recurring') phaseRef(d.phase, [...path, 'phase'], false);
    if (d.kind === 'milestone') phaseRef(d.of, [...path, 'of'], true);
  };

  /** A same-as deadline names a reporting rule that exists, and following same-as never loops. */
  const sameAs = (id: string, path: Path) => {
    if (!rules.has(id)) {
      const suggestion = closestMatch(id, rules.keys());
      problems.push({
        code: 'plan/unknown-rule',
        path: [...path, 'rule'],
        message: {
          vi: `Không có chế độ báo cáo "${id}" trong kế hoạch${suggestion === undefined ? '' : ` (có phải "${suggestion}"?)`}.`,
          en: `There is no reporting rule "${id}" in the plan${suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`}.`,
        },
        ...(suggestion === undefined ? {} : { suggestion }),
      });
      return;
    }
    const loop = loopFrom(id);
    if (loop !== undefined) {
      problems.push({
        code: 'plan/same-as-cycle',
        path: [...path, 'rule'],
        message: {
          vi: `Thời hạn "như thời hạn của ${id}" dẫn vòng lại (${loop.join(' → ')}).`,
          en: `The deadline "same as ${id}" leads round in a loop (${loop.join(' → ')}).`,
        },
      });
    }
  };
  /**
   * The loop reached by following same-as deadlines from a rule, if any (walked without
   * recursion, so a long chain cannot overflow the stack); rules found loop-free are remembered.
   */
  const loopFree = new Set<string>();
  const sameAsTargets = function* (id: string): Generator<string> {
    for (const d of rules.get(id) ?? []) if (d.kind === 'same-as') yield d.rule;
  };
  const loopFrom = (start: string): string[] | undefined => {
    const onPath = new Map<string, number>();
    const trail: string[] = [];
    const pending: Iterator<string>[] = [];
    const enter = (id: string) => {
      onPath.set(id, trail.length);
      trail.push(id);
      pending.push(sameAsTargets(id));
    };
    enter(start);
    while (pending.length > 0) {
      const step = pending.at(-1)!.next();
      if (step.done === true) {
        const id = trail.pop()!;
        onPath.delete(id);
        pending.pop();
        loopFree.add(id);
        continue;
      }
      const at = onPath.get(step.value);
      if (at !== undefined) return [...trail.slice(at), step.value];
      if (!loopFree.has(step.value) && rules.has(step.value)) enter(step.value);
    }
    return undefined;
  };

  for (const { node, path } of walkPlan(plan)) {
    if (node.type === 'section') continue;
    node.deadlines?.forEach((d, i) => deadline(d, [...path, 'deadlines', i]));
    node.reports?.forEach((rule, r) => {
      rule.deadlines.forEach((d, i) => deadline(d, [...path, 'reports', r, 'deadlines', i]));
      phaseRef(rule.covers?.phase, [...path, 'reports', r, 'covers', 'phase'], false);
    });
    node.targets?.forEach((t, i) => phaseRef(t.phase, [...path, 'targets', i, 'phase'], false));
  }
  return problems;
}
