import { defineRule } from '../../../define-rule.js';
import { closest } from '../../../util.js';
import type { Handover } from '@kehoach/core';
import type { ModelPath } from '../../../types.js';

/**
 * Every unit key the plan uses must be declared: the issuer, leads, partners, owners,
 * reporters, copies, target scopes, group members and exceptions, successors, handovers and
 * recipient lines. Report addressees
 * and "via" units are checked by `reporting/chain`.
 */
export const unknownUnit = defineRule({
  meta: {
    id: 'refs/unknown-unit',
    code: 'KH101',
    defaultSeverity: 'error',
    docs: {
      description: 'A unit key that the plan uses is not declared in its units or groups.',
      descriptionVi: 'Kế hoạch dùng một đơn vị không có trong danh mục đơn vị, nhóm đơn vị.',
    },
    messages: {
      unknownUnit: {
        vi: 'Đơn vị "{unit}" không có trong danh mục đơn vị của kế hoạch.',
        en: 'Unit "{unit}" is not declared in the plan\'s units or groups.',
      },
      unknownUnitSuggest: {
        vi: 'Đơn vị "{unit}" không có trong danh mục đơn vị của kế hoạch. Có phải là "{suggestion}"?',
        en: 'Unit "{unit}" is not declared in the plan\'s units or groups. Did you mean "{suggestion}"?',
      },
    },
  },
  check(plan, ctx, _options, report) {
    let keys: string[] | undefined;
    // Paths are built only for keys that are not declared.
    const check = (key: string, path: () => ModelPath, nodeId?: string): void => {
      if (ctx.isDeclared(key)) return;
      keys ??= [...ctx.units.keys(), ...ctx.groups.keys()];
      const suggestion = closest(key, keys);
      const at = { path: path(), subjects: [key], ...(nodeId === undefined ? {} : { nodeId }) };
      report(
        suggestion === undefined
          ? { messageId: 'unknownUnit', data: { unit: key }, ...at }
          : { messageId: 'unknownUnitSuggest', data: { unit: key, suggestion }, ...at },
      );
    };
    check(plan.issuer, () => ['issuer']);
    const checkHandovers = (handovers: readonly Handover[] | undefined, base: ModelPath, nodeId?: string): void =>
      handovers?.forEach((h, i) => {
        check(h.from, () => [...base, 'handovers', i, 'from'], nodeId);
        check(h.to, () => [...base, 'handovers', i, 'to'], nodeId);
      });
    plan.units.forEach((u, i) => u.successors?.forEach((s, j) => check(s.unit, () => ['units', i, 'successors', j, 'unit'])));
    plan.groups.forEach((g, i) => {
      g.members.forEach((m, j) => check(m, () => ['groups', i, 'members', j]));
      g.rule?.except?.forEach((m, j) => check(m, () => ['groups', i, 'rule', 'except', j]));
    });
    checkHandovers(plan.handovers, []);
    for (const { node, path } of ctx.nodes) {
      if (node.type === 'section') continue;
      if (node.type === 'task') {
        if (node.lead !== undefined && node.lead !== null) check(node.lead.unit, () => [...path, 'lead', 'unit'], node.id);
        node.partners.forEach((p, i) => check(p.unit, () => [...path, 'partners', i, 'unit'], node.id));
      } else {
        node.owners?.forEach((o, i) => check(o.unit, () => [...path, 'owners', i, 'unit'], node.id));
      }
      node.targets?.forEach((t, i) => t.scope?.forEach((key, j) => check(key, () => [...path, 'targets', i, 'scope', j], node.id)));
      checkHandovers(node.handovers, path, node.id);
    }
    for (const { rule, path, entry } of ctx.reports) {
      if (rule.from !== undefined) check(rule.from.unit, () => [...path, 'from', 'unit'], entry.node.id);
      rule.cc.forEach((key, i) => check(key, () => [...path, 'cc', i], entry.node.id));
      checkHandovers(rule.handovers, path, entry.node.id);
    }
    plan.recipients.forEach((line, i) => line.units?.forEach((key, j) => check(key, () => ['recipients', i, 'units', j])));
  },
});
