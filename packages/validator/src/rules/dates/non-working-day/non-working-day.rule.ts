import { NEXT_WORKING_DAY_BASIS } from '@kehoach/core';
import { wordingOf } from '../../../context.js';
import { dateText, dayReason } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * A stated deadline that falls on a weekend or public holiday is read two ways: the safe date
 * (the working day before it) and the legal limit (the end of the next working day, Civil Code
 * 2015 Art. 148(5)). The plan still shows the stated date, so people read different deadlines:
 * this gives both, on the run's working-day calendar (Vietnam's by default).
 */
export const nonWorkingDay = defineRule({
  meta: {
    id: 'dates/non-working-day',
    code: 'KH204',
    defaultSeverity: 'warning',
    docs: {
      description: 'A stated deadline falls on a weekend or public holiday; gives the effective date.',
      descriptionVi: 'Thời hạn rơi vào ngày nghỉ (cuối tuần, ngày lễ, tết); nêu hạn thực tế.',
    },
    messages: {
      nonWorking: {
        vi: 'Thời hạn {date} rơi vào ngày nghỉ ({day}); nên hoàn thành trước, ngày làm việc {effective}; hạn theo {basis} là {legal}.',
        en: 'The deadline {date} falls on a day off ({day}); work to {effective}, the working day before; the legal limit under {basis} is {legal}.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    const basis = { vi: NEXT_WORKING_DAY_BASIS, en: 'Civil Code 2015, Art. 148(5)' };
    for (const { deadline, path, entry } of ctx.deadlines) {
      const dates = ctx.datesOf(deadline);
      if (dates === undefined) continue;
      for (const date of dates) {
        const info = ctx.day(date);
        if (info.working) continue;
        const due = ctx.due(date, wordingOf(deadline), 'safe');
        report({
          messageId: 'nonWorking',
          data: { date: dateText(date), day: dayReason(info), basis, effective: dateText(due.effective), legal: dateText(due.legal.date) },
          path,
          nodeId: entry.node.id,
        });
      }
    }
  },
});
