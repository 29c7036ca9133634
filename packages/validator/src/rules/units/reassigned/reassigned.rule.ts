import { dateList, dutyAt, roleText } from '../../duty-text.js';
import { defineRule } from '../../../define-rule.js';
import type { Duty, Takeover } from '@kehoach/core';

/**
 * Where a unit named by the plan had ceased by a due date, its duty went to its successor.
 * This tells the planner once who takes over from whom, on which basis, naming every item
 * concerned, so that a wrong successor in the registry is seen. Informational: nothing is lost.
 */
export const reassignedDuty = defineRule({
  meta: {
    id: 'units/reassigned',
    code: 'KH132',
    defaultSeverity: 'info',
    docs: {
      description: 'A duty falls after its unit ceased and goes to the successor; names both and the basis.',
      descriptionVi: 'Nhiệm vụ đến hạn sau khi đơn vị đã ngừng hoạt động và được chuyển cho đơn vị kế thừa; nêu cả hai và căn cứ.',
    },
    messages: {
      reassigned: {
        vi: 'Hạn {dates} của "{from}" ({role}) do "{to}" thực hiện, vì "{from}" chỉ hoạt động đến hết ngày {until} ({basis}).',
        en: 'The {dates} duty of "{from}" ({role}) is owed by "{to}", as "{from}" ceased after {until} ({basis}).',
      },
      reassignedMany: {
        vi: '{count} phần việc của "{from}" do "{to}" thực hiện, vì "{from}" chỉ hoạt động đến hết ngày {until} ({basis}): {duties}.',
        en: '{count} duties of "{from}" are owed by "{to}", as "{from}" ceased after {until} ({basis}): {duties}.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    // One group per item and unit the plan named: a duty merged from two ceased units
    // (Sở TN&MT and Sở NN&PTNT into Sở NN&MT) tells of each.
    type Group = { duty: Duty; from: Takeover; chain: Takeover[]; dates: string[] };
    const groups = new Map<string, Group>();
    for (const duty of [...ctx.reorganisation.dated, ...ctx.reorganisation.triggered, ...ctx.reorganisation.undated]) {
      const steps = duty.reassigned;
      if (steps === undefined) continue;
      for (const start of steps.filter((t) => !steps.some((u) => u.to === t.from))) {
        const key = `${duty.source.nodeId}|${start.from}>${duty.unit}`;
        const group = groups.get(key) ?? { duty, from: start, chain: chainFrom(start, steps), dates: [] };
        if (duty.due !== undefined) group.dates.push(duty.due.stated);
        groups.set(key, group);
      }
    }
    // Then one diagnostic per takeover (from → to), naming every item, in the plan's order.
    const order = new Map<string, number>();
    for (const { node } of ctx.nodes) order.set(node.id, order.size);
    const byTakeover = new Map<string, (Group & { path: (string | number)[] })[]>();
    for (const group of groups.values()) {
      const path = ctx.deadlinePath(group.duty.source);
      if (path === undefined) continue;
      const key = `${group.from.from}>${group.duty.unit}`;
      byTakeover.set(key, [...(byTakeover.get(key) ?? []), { ...group, path }]);
    }
    const at = (g: Group): number => order.get(g.duty.source.nodeId) ?? 0;
    const all = [...byTakeover.values()].map((list) => list.sort((a, b) => at(a) - at(b)));
    all.sort((a, b) => at(a[0]!) - at(b[0]!));
    for (const list of all) {
      const { duty, from, path } = list[0]!;
      const bases = [...new Set(list.flatMap((g) => g.chain.map((t) => t.basis)).filter((b): b is string => b !== undefined))];
      const common = {
        from: ctx.nameOf(from.from),
        to: ctx.nameOf(duty.unit),
        until: dateList([from.until]),
        basis: bases.length === 0 ? { vi: 'không ghi căn cứ', en: 'no basis recorded' } : bases.join('; '),
      };
      const where = { path, nodeId: duty.source.nodeId, subjects: [from.from, duty.unit] };
      if (list.length === 1) {
        report({ messageId: 'reassigned', data: { ...common, dates: dateList(list[0]!.dates, duty.during), role: roleText(duty.role) }, ...where });
        continue;
      }
      const each = list.map((g) => dutyAt(g.duty.source.nodeId, g.duty.role, g.dates, g.duty.during));
      const duties = { vi: each.map((d) => d.vi).join('; '), en: each.map((d) => d.en).join('; ') };
      report({ messageId: 'reassignedMany', data: { ...common, count: String(list.length), duties }, ...where });
    }
  },
});

/** The takeovers from `start` on, following `to` to the next step. */
function chainFrom(start: Takeover, steps: readonly Takeover[]): Takeover[] {
  const chain = [start];
  for (let next = steps.find((t) => t.from === start.to); next !== undefined && !chain.includes(next); next = steps.find((t) => t.from === next!.to)) {
    chain.push(next);
  }
  return chain;
}
