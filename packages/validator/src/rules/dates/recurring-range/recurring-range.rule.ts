import type { RecurringDeadline } from '@kehoach/core';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

const MONTHS: Record<RecurringDeadline['every'], number> = { year: 12, 'half-year': 6, quarter: 3, month: 1 };
const LONGEST: readonly number[] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A recurring deadline ("định kỳ hàng năm trước ngày 15/11") must stay within the plan:
 * its explicit range must not start before the period or end after it, the range must not be
 * empty, the month must exist within the period (month 4 of a quarter does not), the day
 * must exist in that month, and at least one occurrence must fall within the plan.
 */
export const recurringRange = defineRule({
  meta: {
    id: 'dates/recurring-range',
    code: 'KH203',
    defaultSeverity: 'warning',
    docs: {
      description: 'A recurring deadline whose range leaves the plan period, or that never falls within it.',
      descriptionVi: 'Thời hạn định kỳ có phạm vi vượt ra ngoài thời kỳ kế hoạch, hoặc không lần nào rơi vào thời kỳ đó.',
    },
    messages: {
      fromBeforePeriod: {
        vi: 'Thời hạn định kỳ bắt đầu từ {from}, trước khi kỳ kế hoạch bắt đầu ({start}).',
        en: 'The recurring deadline starts on {from}, before the plan period starts ({start}).',
      },
      untilAfterPeriod: {
        vi: 'Thời hạn định kỳ kéo dài đến {until}, sau khi kỳ kế hoạch kết thúc ({end}).',
        en: 'The recurring deadline runs until {until}, after the plan period ends ({end}).',
      },
      emptyRange: {
        vi: 'Thời hạn định kỳ bắt đầu ({from}) sau ngày kết thúc ({until}).',
        en: 'The recurring deadline starts ({from}) after it ends ({until}).',
      },
      badMonth: {
        vi: 'Tháng {month} không có trong một chu kỳ {months} tháng.',
        en: 'Month {month} does not exist in a period of {months} months.',
      },
      dayClamped: {
        vi: 'Ngày {day} không có trong mọi tháng {month}; hạn sẽ được hiểu là ngày cuối tháng.',
        en: 'Day {day} does not exist in every month {month}; the deadline is read as the last day of the month.',
      },
      noOccurrence: {
        vi: 'Thời hạn định kỳ không có lần nào rơi vào thời kỳ kế hoạch.',
        en: 'The recurring deadline never falls within the plan period.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const { from: start, to: end } = plan.period;
    for (const { deadline, path, entry } of ctx.deadlines) {
      if (deadline.kind !== 'recurring') continue;
      const nodeId = entry.node.id;
      const months = MONTHS[deadline.every];
      if (deadline.from !== undefined && deadline.from < start) {
        report({ messageId: 'fromBeforePeriod', data: { from: dateText(deadline.from), start: dateText(start) }, path: [...path, 'from'], nodeId });
      }
      if (deadline.until !== undefined && deadline.until > end) {
        report({ messageId: 'untilAfterPeriod', data: { until: dateText(deadline.until), end: dateText(end) }, path: [...path, 'until'], nodeId });
      }
      if (deadline.from !== undefined && deadline.until !== undefined && deadline.from > deadline.until) {
        report({ messageId: 'emptyRange', data: { from: dateText(deadline.from), until: dateText(deadline.until) }, path, nodeId });
        continue;
      }
      if (deadline.month !== undefined && deadline.month > months) {
        report({ messageId: 'badMonth', data: { month: deadline.month, months }, path: [...path, 'month'], nodeId });
        continue;
      }
      if (typeof deadline.day === 'number') {
        const calendarMonths = months === 1 ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : monthsOf(deadline.month ?? 1, months);
        const short = calendarMonths.find((m) => deadline.day as number > (m === 2 ? 28 : LONGEST[m - 1]!));
        if (short !== undefined) report({ messageId: 'dayClamped', data: { day: deadline.day, month: short }, path: [...path, 'day'], nodeId });
      }
      const dates = ctx.datesOf(deadline);
      if (dates !== undefined && dates.length === 0) report({ messageId: 'noOccurrence', path, nodeId });
    }
  },
});

function monthsOf(monthInPeriod: number, span: number): number[] {
  const out: number[] = [];
  for (let first = 1; first <= 12; first += span) out.push(first + monthInPeriod - 1);
  return out;
}
