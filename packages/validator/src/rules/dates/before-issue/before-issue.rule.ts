import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * Nobody can meet a deadline that passed before the plan was issued. Checks dated deadlines
 * ("trước ngày 20/12/2021"), the end of a named period ("cuối năm 2020"), and recurrences
 * given an explicit start before the issue date, for tasks, items and reporting rules.
 */
export const beforeIssue = defineRule({
  meta: {
    id: 'dates/before-issue',
    code: 'KH201',
    defaultSeverity: 'error',
    docs: {
      description: 'A deadline falls before the plan was issued.',
      descriptionVi: 'Thời hạn rơi vào trước ngày ban hành kế hoạch.',
    },
    messages: {
      beforeIssue: {
        vi: 'Thời hạn {date} rơi vào trước ngày ban hành kế hoạch ({issued}).',
        en: 'The deadline {date} falls before the plan was issued ({issued}).',
      },
      recurringBeforeIssue: {
        vi: 'Thời hạn định kỳ có {count} lần rơi vào trước ngày ban hành kế hoạch ({issued}), lần đầu là {date}.',
        en: 'The recurring deadline falls {count} time(s) before the plan was issued ({issued}), first on {date}.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const issued = plan.issuedOn;
    for (const { deadline, path, entry } of ctx.deadlines) {
      const nodeId = entry.node.id;
      const dates = ctx.datesOf(deadline);
      if (dates === undefined) continue;
      const early = dates.filter((d) => d < issued);
      if (early.length === 0) continue;
      if (deadline.kind === 'recurring') {
        report({ messageId: 'recurringBeforeIssue', data: { count: early.length, date: dateText(early[0]!), issued: dateText(issued) }, path, nodeId });
      } else {
        report({ messageId: 'beforeIssue', data: { date: dateText(early[0]!), issued: dateText(issued) }, path, nodeId });
      }
    }
  },
});
