import { formatVietnameseDate } from '@kehoach/core';
import { dateText, previousDay } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * "trước ngày X" read literally excludes X; administrative practice often reads it as "no
 * later than X". Tools show the safe date (the last working day before X) and the legal limit
 * (X, or the next working day when X is a day off) where they differ; this pedantic rule asks
 * the planner to word the deadline so that only one reading is possible. When both readings
 * give the same day, there is nothing to decide and nothing is reported.
 */
export const ambiguousBefore = defineRule({
  meta: {
    id: 'dates/ambiguous-before',
    code: 'KH205',
    defaultSeverity: 'info',
    docs: {
      description: '"trước ngày X" can be read as "no later than X" or "by X - 1"; shows both readings.',
      descriptionVi: '"trước ngày X" có thể hiểu là "chậm nhất ngày X" hoặc "chậm nhất ngày X - 1"; nêu cả hai cách hiểu.',
    },
    messages: {
      ambiguous: {
        vi: '"{text}" có thể hiểu là chậm nhất ngày {date} (hạn theo luật {lenient}) hoặc trước hẳn ngày đó, tức chậm nhất ngày {dayBefore} (ngày làm việc cuối cùng {strict}).',
        en: '"{text}" can be read as no later than {date} (legal limit {lenient}) or strictly before it, that is by {dayBefore} (last working day {strict}).',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    for (const { deadline, path, entry } of ctx.deadlines) {
      if ((deadline.kind !== 'date' && deadline.kind !== 'recurring') || deadline.wording !== 'before') continue;
      for (const date of ctx.datesOf(deadline) ?? []) {
        const due = ctx.due(date, 'before', 'safe');
        const lenient = due.legal.date;
        const strict = due.effective;
        if (lenient === strict) continue;
        const text = deadline.text ?? `trước ngày ${formatVietnameseDate(date)}`;
        report({
          messageId: 'ambiguous',
          data: { text, date: dateText(date), lenient: dateText(lenient), dayBefore: dateText(previousDay(date)), strict: dateText(strict) },
          path,
          nodeId: entry.node.id,
        });
      }
    }
  },
});
