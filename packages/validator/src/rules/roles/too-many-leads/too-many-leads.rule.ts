import type { PlanNode } from '@kehoach/core';
import { defineRule } from '../../../define-rule.js';
import { leadClauses } from '../lead-clauses.js';

/**
 * A task has exactly one lead in the model. When its text, or the text of the items under it,
 * names more than one lead ("Sở A chủ trì ...; Sở B chủ trì ..."), the other leads get no duty:
 * split it into one task per lead. A group lead ("UBND các huyện" each doing it, or a steering
 * committee acting together) is one lead and is fine.
 */
export const tooManyLeads = defineRule({
  meta: {
    id: 'roles/too-many-leads',
    code: 'KH112',
    defaultSeverity: 'warning',
    docs: {
      description: 'A task names several leads ("chủ trì") in its text but is modelled with one.',
      descriptionVi: 'Nội dung nhiệm vụ nêu nhiều đơn vị chủ trì nhưng chỉ được mô hình hóa với một đơn vị chủ trì.',
    },
    messages: {
      severalLeads: {
        vi: 'Nhiệm vụ "{node}" nêu {count} lần "chủ trì" nhưng chỉ có một đơn vị chủ trì ({lead}); hãy tách thành các nhiệm vụ con, mỗi nhiệm vụ một đơn vị chủ trì.',
        en: 'Task "{node}" says "chủ trì" (lead) {count} times but has one lead ({lead}); split it into sub-tasks with one lead each.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    for (const { node, path } of ctx.nodes) {
      if (node.type !== 'task') continue;
      const count = leadClauses(node.text) + itemClauses(node.children);
      if (count > 1) {
        report({ messageId: 'severalLeads', data: { node: node.id, count, lead: ctx.nameOf(node.lead.unit) }, path: [...path, 'lead'], nodeId: node.id });
      }
    }
  },
});

/** Lead clauses in the items under a node, not looking into tasks (they have their own lead). */
function itemClauses(children: readonly PlanNode[] | undefined): number {
  let n = 0;
  for (const child of children ?? []) {
    if (child.type === 'task') continue;
    n += leadClauses(child.type === 'section' ? (child.text ?? '') : child.text) + itemClauses(child.children);
  }
  return n;
}
