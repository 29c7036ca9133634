import { defineRule } from '../../../define-rule.js';
import type { ModelPath } from '../../../types.js';

/**
 * Reports must reach someone: the addressee and the unit that collects them ("thông qua Sở
 * ... tổng hợp") must be declared units, a unit cannot report to itself or through itself,
 * and the chain of "reports to" and "through" must not loop (Sở A reports to Sở B, which
 * reports to Sở A). When a group reports through one of its own members, that member is read
 * as collecting the others' reports, which is fine.
 */
export const reportingChain = defineRule({
  meta: {
    id: 'reporting/chain',
    code: 'KH301',
    defaultSeverity: 'error',
    docs: {
      description: 'A reporting chain goes to or through an undeclared unit, reports to itself, or cycles.',
      descriptionVi: 'Chế độ báo cáo gửi tới hoặc thông qua một đơn vị không có trong danh mục, tự báo cáo cho chính mình, hoặc tạo thành vòng.',
    },
    messages: {
      unknownAddressee: {
        vi: 'Báo cáo "{what}" gửi tới "{unit}", đơn vị không có trong danh mục đơn vị của kế hoạch.',
        en: 'The report "{what}" is addressed to "{unit}", which is not declared in the plan\'s units.',
      },
      unknownVia: {
        vi: 'Báo cáo "{what}" gửi thông qua "{unit}", đơn vị không có trong danh mục đơn vị của kế hoạch.',
        en: 'The report "{what}" goes through "{unit}", which is not declared in the plan\'s units.',
      },
      self: {
        vi: '"{unit}" báo cáo "{what}" cho chính mình.',
        en: '"{unit}" sends the report "{what}" to itself.',
      },
      viaSelf: {
        vi: '"{unit}" báo cáo "{what}" thông qua chính mình.',
        en: '"{unit}" sends the report "{what}" through itself.',
      },
      cycle: {
        vi: 'Chế độ báo cáo tạo thành vòng: {chain}.',
        en: 'The reporting chain loops: {chain}.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    const edges = new Map<string, Map<string, ModelPath>>();
    const addEdge = (from: string, to: string, path: ModelPath): void => {
      if (from === to) return;
      let out = edges.get(from);
      if (out === undefined) edges.set(from, (out = new Map()));
      if (!out.has(to)) out.set(to, path);
    };
    for (const { rule, path, reporter } of ctx.reports) {
      const what = rule.what;
      let broken = false;
      if (!ctx.isDeclared(rule.to)) {
        report({ messageId: 'unknownAddressee', data: { what, unit: rule.to }, path: [...path, 'to'], subjects: [rule.to, rule.id] });
        broken = true;
      }
      if (rule.via !== undefined && !ctx.isDeclared(rule.via)) {
        report({ messageId: 'unknownVia', data: { what, unit: rule.via }, path: [...path, 'via'], subjects: [rule.via, rule.id] });
        broken = true;
      }
      if (reporter === undefined || broken) continue;
      if (!ctx.groups.has(reporter.unit)) {
        if (reporter.unit === rule.to) {
          report({ messageId: 'self', data: { what, unit: ctx.nameOf(rule.to) }, path: [...path, 'to'], subjects: [rule.to, rule.id] });
        }
        if (reporter.unit === rule.via) {
          report({ messageId: 'viaSelf', data: { what, unit: ctx.nameOf(rule.via) }, path: [...path, 'via'], subjects: [rule.via, rule.id] });
        }
      }
      if (rule.via !== undefined) addEdge(rule.via, rule.to, path);
      for (const actor of ctx.actors(reporter)) addEdge(actor, rule.via ?? rule.to, path);
    }
    if (edges.size === 0) return;

    // Depth-first search; a back edge closes a cycle, reported once per set of units.
    const state = new Map<string, 1 | 2>();
    const seenCycles = new Set<string>();
    for (const start of edges.keys()) {
      if (state.has(start)) continue;
      const stack: { unit: string; next: Iterator<[string, ModelPath]> }[] = [{ unit: start, next: (edges.get(start) ?? new Map()).entries() }];
      state.set(start, 1);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const step = top.next.next();
        if (step.done) {
          state.set(top.unit, 2);
          stack.pop();
          continue;
        }
        const [to, path] = step.value;
        const s = state.get(to);
        if (s === 1) {
          const from = stack.findIndex((f) => f.unit === to);
          const units = [...stack.slice(from).map((f) => f.unit), to];
          const key = [...new Set(units)].sort().join('|');
          if (!seenCycles.has(key)) {
            seenCycles.add(key);
            report({ messageId: 'cycle', data: { chain: chainText(units.map((u) => ctx.nameOf(u))) }, path, subjects: units });
          }
        } else if (s === undefined) {
          state.set(to, 1);
          stack.push({ unit: to, next: (edges.get(to) ?? new Map()).entries() });
        }
      }
    }
  },
});

function chainText(names: readonly string[]): { vi: string; en: string } {
  return { vi: names.join(' → '), en: names.join(' → ') };
}
