import type { PlanNode } from '@kehoach/core';
import { defineRule } from '../../../define-rule.js';
import { leadClauses } from '../lead-clauses.js';

/**
 * Every task has someone to lead it. The model requires one `lead` per task, so this rule
 * catches what the schema cannot: a lead missing from unchecked JSON data, a lead group with
 * no members, and a paragraph whose text names a lead ("Sở Y tế chủ trì ...") but that is
 * modelled as an item, outside any task, so nobody gets the duty.
 */
export const missingLead = defineRule({
  meta: {
    id: 'roles/missing-lead',
    code: 'KH111',
    defaultSeverity: 'error',
    docs: {
      description: 'A task has no lead, its lead group has no members, or an item names a lead but is not a task.',
      descriptionVi: 'Nhiệm vụ không có đơn vị chủ trì, nhóm chủ trì không có thành viên, hoặc một mục nêu đơn vị chủ trì nhưng không được mô hình hóa là nhiệm vụ.',
    },
    messages: {
      noLead: {
        vi: 'Nhiệm vụ "{node}" không có đơn vị chủ trì.',
        en: 'Task "{node}" has no lead.',
      },
      emptyGroup: {
        vi: 'Nhiệm vụ "{node}" giao cho nhóm "{group}" chủ trì nhưng nhóm này không có thành viên nào.',
        en: 'Task "{node}" is led by group "{group}", which has no members.',
      },
      itemNamesLead: {
        vi: 'Mục "{node}" nêu đơn vị chủ trì ("chủ trì") nhưng được mô hình hóa là nội dung (item), không phải nhiệm vụ (task), nên không đơn vị nào nhận nhiệm vụ này.',
        en: 'Node "{node}" names a lead ("chủ trì") but is modelled as an item, not a task, so no unit gets the duty.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    for (const { node, path, task } of ctx.nodes) {
      if (node.type === 'task') {
        const lead = (node as Partial<typeof node>).lead;
        if (lead === undefined || lead === null || typeof lead.unit !== 'string' || lead.unit === '') {
          report({ messageId: 'noLead', data: { node: node.id }, path: [...path, 'lead'], nodeId: node.id });
        } else if (ctx.groups.has(lead.unit) && ctx.leaves(lead.unit).length === 0) {
          report({ messageId: 'emptyGroup', data: { node: node.id, group: lead.unit }, path: [...path, 'lead', 'unit'], nodeId: node.id, subjects: [lead.unit] });
        }
      } else if (node.type === 'item' && task === undefined && leadClauses(textOf(node)) > 0) {
        report({ messageId: 'itemNamesLead', data: { node: node.id }, path: [...path, 'text'], nodeId: node.id });
      }
    }
  },
});

function textOf(node: PlanNode): string {
  return node.type === 'section' ? (node.text ?? '') : node.text;
}
