import { dateList, roleText } from '../../duty-text.js';
import { defineRule } from '../../../define-rule.js';
import type { Duty, Takeover } from '@kehoach/core';

/**
 * Where a unit named by the plan had ceased by a due date, its duty went to its successor.
 * This tells the planner once per item who takes over from whom, on which basis, so that
 * a wrong successor in the registry is seen. Informational: nothing is lost.
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
    },
  },
  check(_plan, ctx, _options, report) {
    // One diagnostic per item and unit the plan named: a duty merged from two ceased units
    // (Sở TN&MT and Sở NN&PTNT into Sở NN&MT) tells of each.
    const groups = new Map<string, { duty: Duty; from: Takeover; chain: Takeover[]; dates: string[] }>();
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
    for (const { duty, from, chain, dates } of groups.values()) {
      const path = ctx.deadlinePath(duty.source);
      if (path === undefined) continue;
      const bases = [...new Set(chain.map((t) => t.basis).filter((b): b is string => b !== undefined))];
      report({
        messageId: 'reassigned',
        data: {
          dates: dateList(dates, duty.during),
          from: ctx.nameOf(from.from),
          to: ctx.nameOf(duty.unit),
          role: roleText(duty.role),
          until: dateList([from.until]),
          basis: bases.length === 0 ? { vi: 'không ghi căn cứ', en: 'no basis recorded' } : bases.join('; '),
        },
        path,
        nodeId: duty.source.nodeId,
        subjects: [from.from, duty.unit],
      });
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
