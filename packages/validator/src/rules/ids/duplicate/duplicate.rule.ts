import { defineRule } from '../../../define-rule.js';
import type { ModelPath } from '../../../types.js';

/**
 * Ids must be unique: node, reporting rule and target ids share one namespace (waivers and
 * corrections point at them), legal references have their own, and so do unit and group keys
 * and corrections. The second and later uses are reported.
 */
export const duplicateIds = defineRule({
  meta: {
    id: 'ids/duplicate',
    code: 'KH103',
    defaultSeverity: 'error',
    docs: {
      description: 'Two nodes, legal references, units or corrections have the same id.',
      descriptionVi: 'Hai mục, văn bản, đơn vị hoặc đính chính trùng mã.',
    },
    messages: {
      duplicateNode: {
        vi: 'Mã "{id}" đã được dùng cho một mục khác của kế hoạch ({first}); mỗi mục cần một mã riêng.',
        en: 'Id "{id}" is already used by another part of the plan ({first}); every node needs its own id.',
      },
      duplicateLegal: {
        vi: 'Mã văn bản "{id}" bị trùng (đã dùng cho {first}).',
        en: 'Legal reference id "{id}" is used twice (first for {first}).',
      },
      duplicateUnit: {
        vi: 'Mã đơn vị "{id}" bị khai báo hai lần.',
        en: 'Unit or group key "{id}" is declared twice.',
      },
      duplicateCorrection: {
        vi: 'Mã đính chính "{id}" bị trùng.',
        en: 'Correction id "{id}" is used twice.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const where = (path: ModelPath): string => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
    const nodes = new Map<string, ModelPath>();
    const seeNode = (id: string, path: ModelPath): void => {
      const first = nodes.get(id);
      if (first === undefined) nodes.set(id, path);
      else report({ messageId: 'duplicateNode', data: { id, first: where(first) }, path: [...path, 'id'] });
    };
    for (const { node, path } of ctx.nodes) {
      seeNode(node.id, path);
      if (node.type === 'section') continue;
      node.reports?.forEach((rule, i) => seeNode(rule.id, [...path, 'reports', i]));
      node.targets?.forEach((target, i) => seeNode(target.id, [...path, 'targets', i]));
    }
    const legal = new Map<string, string>();
    plan.legal.forEach((ref, i) => {
      const first = legal.get(ref.id);
      if (first === undefined) legal.set(ref.id, ref.number ?? ref.title ?? ref.id);
      else report({ messageId: 'duplicateLegal', data: { id: ref.id, first }, path: ['legal', i, 'id'], subjects: [ref.id] });
    });
    const units = new Set<string>();
    const seeUnit = (key: string, path: ModelPath): void => {
      if (units.has(key)) report({ messageId: 'duplicateUnit', data: { id: key }, path, subjects: [key] });
      units.add(key);
    };
    plan.units.forEach((u, i) => seeUnit(u.key, ['units', i, 'key']));
    plan.groups.forEach((g, i) => seeUnit(g.key, ['groups', i, 'key']));
    const corrections = new Set<string>();
    plan.corrections.forEach((c, i) => {
      if (corrections.has(c.id)) report({ messageId: 'duplicateCorrection', data: { id: c.id }, path: ['corrections', i, 'id'] });
      corrections.add(c.id);
    });
  },
});
