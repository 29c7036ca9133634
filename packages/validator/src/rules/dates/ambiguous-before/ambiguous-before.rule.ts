import { formatVietnameseDate } from '@kehoach/core';
import { dateText, previousDay } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * "trước ngày X" read literally excludes X; administrative practice often reads it as "no
 * later than X". The plan should say which; until it does, this shows both readings and their
 * effective dates. When both readings give the same effective date (X is a Monday: the day
 * before is a Sunday, which moves back to X), there is nothing to decide and nothing is reported.
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
        vi: '"{text}" có thể hiểu là chậm nhất ngày {date} (hạn thực tế {lenient}) hoặc trước hẳn ngày đó, tức chậm nhất ngày {dayBefore} (hạn thực tế {strict}).',
        en: '"{text}" can be read as no later than {date} (effectively {lenient}) or strictly before it, that is by {dayBefore} (effectively {strict}).',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    for (const { deadline, path, entry } of ctx.deadlines) {
      if ((deadline.kind !== 'date' && deadline.kind !== 'recurring') || deadline.wording !== 'before') continue;
      for (const date of ctx.datesOf(deadline) ?? []) {
        const lenient = ctx.due(date, 'before', 'no-later-than').effective;
        const strict = ctx.due(date, 'before', 'strictly-before').effective;
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
