import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * A task's deadline should fall within the plan period. Deadlines after the end of the period
 * are reported here for tasks and items (reporting rules: `reporting/after-plan-end`);
 * deadlines before the start of the period are reported for everything, unless they also fall
 * before the issue date (`dates/before-issue`). Recurrences: `dates/recurring-range`.
 */
export const outsidePeriod = defineRule({
  meta: {
    id: 'dates/outside-period',
    code: 'KH202',
    defaultSeverity: 'warning',
    docs: {
      description: 'A deadline falls outside the plan period.',
      descriptionVi: 'Thời hạn nằm ngoài thời kỳ của kế hoạch.',
    },
    messages: {
      afterEnd: {
        vi: 'Thời hạn {date} rơi sau khi kỳ kế hoạch kết thúc ({end}).',
        en: 'The deadline {date} falls after the plan period ends ({end}).',
      },
      beforeStart: {
        vi: 'Thời hạn {date} rơi trước khi kỳ kế hoạch bắt đầu ({start}).',
        en: 'The deadline {date} falls before the plan period starts ({start}).',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const { from, to } = plan.period;
    for (const { deadline, path, entry, report: rep } of ctx.deadlines) {
      const nodeId = entry.node.id;
      if (deadline.kind !== 'date' && deadline.kind !== 'end-of') continue;
      const date = ctx.datesOf(deadline)?.[0];
      if (date === undefined) continue;
      if (date > to && rep === undefined) report({ messageId: 'afterEnd', data: { date: dateText(date), end: dateText(to) }, path, nodeId });
      else if (date < from && date >= plan.issuedOn) report({ messageId: 'beforeStart', data: { date: dateText(date), start: dateText(from) }, path, nodeId });
    }
  },
});
