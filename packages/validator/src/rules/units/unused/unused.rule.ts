import { z } from 'zod';
import { defineRule } from '../../../define-rule.js';

/**
 * A declared unit that plays no part in the plan: it leads nothing, partners nothing, reports
 * nothing, and is not the issuer, a report's addressee, collector or copy, a recipient, the
 * issuer of a cited document, or the successor of a unit with duties. Often a leftover of a
 * copied registry, or a body the text names but the model forgot to assign. Groups that
 * nothing uses are reported too.
 */
export const unusedUnit = defineRule({
  meta: {
    id: 'units/unused',
    code: 'KH121',
    defaultSeverity: 'info',
    docs: {
      description: 'A declared unit has no duty in the plan, or a declared group is never used.',
      descriptionVi: 'Đơn vị được khai báo nhưng không có nhiệm vụ nào, hoặc nhóm đơn vị được khai báo nhưng không được dùng.',
    },
    messages: {
      unusedUnit: {
        vi: 'Đơn vị "{unit}" được khai báo nhưng không có vai trò nào trong kế hoạch (không chủ trì, phối hợp, báo cáo hay nhận văn bản).',
        en: 'Unit "{unit}" is declared but plays no part in the plan (it leads, partners, reports and receives nothing).',
      },
      unusedGroup: {
        vi: 'Nhóm "{group}" được khai báo nhưng không được dùng ở đâu trong kế hoạch.',
        en: 'Group "{group}" is declared but never used in the plan.',
      },
    },
    options: z.strictObject({
      /** Unit and group keys not to report. */
      ignore: z.array(z.string()).default([]),
    }),
  },
  check(plan, ctx, options, report) {
    const ignore = new Set(options.ignore);
    const used = new Set<string>(ctx.dutyUnits);
    for (const key of ctx.dutyUnits) if (ctx.groups.has(key)) for (const leaf of ctx.leaves(key)) used.add(leaf);
    used.add(plan.issuer);
    for (const { rule } of ctx.reports) {
      used.add(rule.to);
      if (rule.via !== undefined) used.add(rule.via);
      for (const cc of rule.cc) for (const leaf of ctx.leaves(cc)) used.add(leaf);
    }
    for (const line of plan.recipients) for (const key of line.units ?? []) for (const leaf of ctx.leaves(key)) used.add(leaf);
    const issuers = new Set(plan.legal.map((l) => l.issuer).filter((x): x is string => x !== undefined));
    for (const unit of plan.units) {
      if (used.has(unit.key)) for (const s of unit.successors ?? []) used.add(s.unit);
      if ([unit.name, unit.short, ...(unit.aliases ?? [])].some((n) => n !== undefined && issuers.has(n))) used.add(unit.key);
    }
    plan.units.forEach((unit, i) => {
      if (!used.has(unit.key) && !ignore.has(unit.key)) {
        report({ messageId: 'unusedUnit', data: { unit: unit.short ?? unit.name }, path: ['units', i], subjects: [unit.key] });
      }
    });

    const usedGroups = new Set<string>();
    const mark = (key: string): void => {
      if (ctx.groups.has(key)) usedGroups.add(key);
    };
    for (const { node } of ctx.nodes) {
      if (node.type === 'item') for (const o of node.owners ?? []) mark(o.unit);
      if (node.type !== 'task') continue;
      if (node.lead !== undefined && node.lead !== null) mark(node.lead.unit);
      for (const p of node.partners) mark(p.unit);
    }
    for (const { rule } of ctx.reports) if (rule.from !== undefined) mark(rule.from.unit);
    for (const { rule } of ctx.reports) [rule.to, rule.via ?? '', ...rule.cc].forEach(mark);
    for (const g of plan.groups) g.members.forEach(mark);
    for (const line of plan.recipients) line.units?.forEach(mark);
    for (const { node } of ctx.nodes) if (node.type !== 'section') node.targets?.forEach((t) => t.scope?.forEach(mark));
    plan.groups.forEach((group, i) => {
      if (!usedGroups.has(group.key) && !ignore.has(group.key)) {
        report({ messageId: 'unusedGroup', data: { group: group.short ?? group.name }, path: ['groups', i], subjects: [group.key] });
      }
    });
  },
});
