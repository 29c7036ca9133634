import { z } from 'zod';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * A report due after the plan ends has no plan to report on, or was meant for the next one.
 * Final reviews ("tổng kết") are sometimes due a few weeks after the period: allow them with
 * `graceDays`. Recurring reports: `dates/recurring-range`.
 */
export const afterPlanEnd = defineRule({
  meta: {
    id: 'reporting/after-plan-end',
    code: 'KH302',
    defaultSeverity: 'warning',
    docs: {
      description: 'A reporting deadline falls after the plan period ends.',
      descriptionVi: 'Thời hạn báo cáo rơi sau khi kỳ kế hoạch kết thúc.',
    },
    messages: {
      afterEnd: {
        vi: 'Hạn báo cáo "{what}" ({date}) rơi sau khi kỳ kế hoạch kết thúc ({end}).',
        en: 'The report "{what}" is due {date}, after the plan period ends ({end}).',
      },
    },
    options: z.strictObject({
      /** Days after the end of the period that a report may still be due. */
      graceDays: z.number().int().min(0).default(0),
    }),
  },
  check(plan, ctx, options, report) {
    const end = plan.period.to;
    const [y, m, d] = end.split('-').map(Number) as [number, number, number];
    const limit = new Date(Date.UTC(y, m - 1, d + options.graceDays)).toISOString().slice(0, 10);
    for (const { deadline, path, entry, report: rep } of ctx.deadlines) {
      if (rep === undefined || (deadline.kind !== 'date' && deadline.kind !== 'end-of')) continue;
      const date = ctx.datesOf(deadline)?.[0];
      if (date === undefined || date <= limit) continue;
      report({ messageId: 'afterEnd', data: { what: rep.rule.what, date: dateText(date), end: dateText(end) }, path, nodeId: entry.node.id, subjects: [rep.rule.id] });
    }
  },
});
