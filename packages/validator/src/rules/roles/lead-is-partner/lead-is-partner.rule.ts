import { defineRule } from '../../../define-rule.js';

/**
 * A unit cannot lead a task and be its partner at once. Reported when a partner is the lead
 * itself, when a partner unit is one of the members of a lead group, and when the same
 * partner is named twice. A partner group that contains the lead ("Sở A chủ trì, phối hợp với
 * các sở, ngành có liên quan") is read as "the other members" and is fine.
 */
export const leadIsPartner = defineRule({
  meta: {
    id: 'roles/lead-is-partner',
    code: 'KH113',
    defaultSeverity: 'error',
    docs: {
      description: 'A unit is both the lead and a partner of one task, or a partner is named twice.',
      descriptionVi: 'Một đơn vị vừa chủ trì vừa phối hợp trong cùng một nhiệm vụ, hoặc một đơn vị phối hợp được nêu hai lần.',
    },
    messages: {
      same: {
        vi: '"{unit}" vừa là đơn vị chủ trì vừa là đơn vị phối hợp của nhiệm vụ "{node}".',
        en: '"{unit}" is both the lead and a partner of task "{node}".',
      },
      memberOfLead: {
        vi: '"{unit}" là đơn vị phối hợp của nhiệm vụ "{node}" nhưng cũng thuộc nhóm chủ trì "{group}".',
        en: '"{unit}" is a partner of task "{node}" but also a member of its lead group "{group}".',
      },
      duplicatePartner: {
        vi: 'Đơn vị phối hợp "{unit}" được nêu hai lần trong nhiệm vụ "{node}".',
        en: 'Partner "{unit}" is named twice in task "{node}".',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    for (const { node, path } of ctx.nodes) {
      if (node.type !== 'task' || node.partners.length === 0) continue;
      const lead = node.lead.unit;
      const leadIsGroup = ctx.groups.has(lead);
      const seen = new Set<string>();
      node.partners.forEach((partner, i) => {
        const p = partner.unit;
        const at = [...path, 'partners', i, 'unit'];
        if (seen.has(p)) report({ messageId: 'duplicatePartner', data: { unit: ctx.nameOf(p), node: node.id }, path: at, nodeId: node.id, subjects: [p] });
        seen.add(p);
        if (p === lead) report({ messageId: 'same', data: { unit: ctx.nameOf(p), node: node.id }, path: at, nodeId: node.id, subjects: [p] });
        else if (leadIsGroup && !ctx.groups.has(p) && ctx.leaves(lead).includes(p)) {
          report({ messageId: 'memberOfLead', data: { unit: ctx.nameOf(p), node: node.id, group: ctx.nameOf(lead) }, path: at, nodeId: node.id, subjects: [p] });
        }
      });
    }
  },
});
