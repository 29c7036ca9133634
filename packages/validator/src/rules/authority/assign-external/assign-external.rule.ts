import { z } from 'zod';
import { defineRule } from '../../../define-rule.js';

/**
 * The issuer assigns ("giao") work to its own bodies but can only request ("đề nghị") it of
 * bodies outside its authority: the Fatherland Front, unions, Party bodies, central agencies.
 * A task in `assign` mode whose lead is (or, through a group, includes) a unit with
 * `authority: 'external'` overreaches. With `partners`, partners are checked too.
 */
export const assignExternal = defineRule({
  meta: {
    id: 'authority/assign-external',
    code: 'KH603',
    defaultSeverity: 'warning',
    docs: {
      description: 'A body outside the issuer\'s authority is assigned a task rather than requested.',
      descriptionVi: 'Giao nhiệm vụ cho cơ quan, tổ chức không thuộc thẩm quyền của cơ quan ban hành, thay vì đề nghị.',
    },
    messages: {
      assignedExternal: {
        vi: 'Nhiệm vụ "{node}" giao cho "{unit}" ({role}), là đơn vị không thuộc thẩm quyền quản lý của cơ quan ban hành; nên dùng "đề nghị" (mode: request).',
        en: 'Task "{node}" assigns work to "{unit}" ({role}), which is outside the issuer\'s authority; it should be requested ("đề nghị", mode: request).',
      },
    },
    options: z.strictObject({
      /** Also check partners ("phối hợp"). */
      partners: z.boolean().default(false),
    }),
  },
  check(_plan, ctx, options, report) {
    const lead = { vi: 'chủ trì', en: 'lead' };
    const partner = { vi: 'phối hợp', en: 'partner' };
    for (const { node, path } of ctx.nodes) {
      if (node.type !== 'task' || node.mode !== 'assign') continue;
      const checks = [{ a: node.lead, role: lead, at: [...path, 'lead'] }];
      if (options.partners) node.partners.forEach((p, i) => checks.push({ a: p, role: partner, at: [...path, 'partners', i] }));
      for (const { a, role, at } of checks) {
        for (const key of ctx.leaves(a.unit)) {
          const unit = ctx.units.get(key);
          if (unit?.authority !== 'external') continue;
          report({ messageId: 'assignedExternal', data: { node: node.id, unit: unit.short ?? unit.name, role }, path: at, nodeId: node.id, subjects: [key] });
        }
      }
    }
  },
});
