import { defineRule } from '../../../define-rule.js';

/**
 * A unit that must act on the plan must receive it: every unit with a duty (lead, partner or
 * reporter, directly or as a member of a group) must be covered by a line of "Nơi nhận",
 * directly or through a group the line names. The issuer is exempt.
 */
export const recipientsCover = defineRule({
  meta: {
    id: 'form/recipients',
    code: 'KH502',
    defaultSeverity: 'warning',
    docs: {
      description: 'A unit with duties is not covered by any recipient line ("Nơi nhận").',
      descriptionVi: 'Đơn vị có nhiệm vụ nhưng không có trong "Nơi nhận".',
    },
    messages: {
      notRecipient: {
        vi: '"{unit}" có nhiệm vụ trong kế hoạch nhưng không có trong "Nơi nhận".',
        en: '"{unit}" has duties in the plan but no recipient line ("Nơi nhận") covers it.',
      },
      noRecipients: {
        vi: 'Kế hoạch không có "Nơi nhận", nên {count} đơn vị có nhiệm vụ không được gửi văn bản.',
        en: 'The plan has no recipient lines ("Nơi nhận"), so {count} units with duties are not sent it.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const duty = [...ctx.dutyUnits].filter((k) => k !== plan.issuer);
    if (duty.length === 0) return;
    const lines = plan.recipients.filter((line) => line.archive !== true);
    if (lines.length === 0) {
      report({ messageId: 'noRecipients', data: { count: duty.length }, path: ['recipients'] });
      return;
    }
    const covered = new Set<string>();
    for (const line of lines) {
      for (const key of line.units ?? []) {
        covered.add(key);
        for (const leaf of ctx.leaves(key)) covered.add(leaf);
      }
    }
    const order = new Map<string, number>();
    plan.units.forEach((u, i) => order.set(u.key, i));
    plan.groups.forEach((g, i) => order.set(g.key, plan.units.length + i));
    duty.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const key of duty) {
      if (covered.has(key)) continue;
      if (ctx.groups.has(key) && ctx.leaves(key).every((leaf) => covered.has(leaf))) continue;
      report({ messageId: 'notRecipient', data: { unit: ctx.nameOf(key) }, path: ['recipients'], subjects: [key] });
    }
  },
});
