import { NEXT_WORKING_DAY_BASIS, type IsoDate, type LocalizedText } from '@kehoach/core';
import { wordingOf } from '../../../context.js';
import { dateText, dayReason } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * A stated deadline that falls on a weekend or public holiday is read two ways: the safe date
 * (the working day before it) and the legal limit (the end of the next working day, Civil Code
 * 2015 Art. 148(5)). The plan still shows the stated date, so people read different deadlines:
 * this gives both, on the run's working-day calendar (Vietnam's by default). A recurring
 * deadline gets one diagnostic naming every occurrence that falls on a day off, not one each.
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
      nonWorkingRecurring: {
        vi: 'Thời hạn định kỳ có {count} lần rơi vào ngày nghỉ: {occurrences}. Mỗi lần nên hoàn thành trước, vào ngày làm việc liền trước; hạn theo {basis} là ngày làm việc liền sau.',
        en: 'The recurring deadline falls on a day off {count} times: {occurrences}. Each time, work to the working day before; the legal limit under {basis} is the working day after.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    const basis = { vi: NEXT_WORKING_DAY_BASIS, en: 'Civil Code 2015, Art. 148(5)' };
    for (const { deadline, path, entry } of ctx.deadlines) {
      const dates = ctx.datesOf(deadline);
      if (dates === undefined) continue;
      const off: { date: IsoDate; day: LocalizedText; effective: LocalizedText; legal: LocalizedText }[] = [];
      for (const date of dates) {
        const info = ctx.day(date);
        if (info.working) continue;
        const due = ctx.due(date, wordingOf(deadline), 'safe');
        off.push({ date, day: dayReason(info), effective: dateText(due.effective), legal: dateText(due.legal.date) });
      }
      if (off.length === 0) continue;
      if (off.length === 1) {
        const [o] = off as [(typeof off)[number]];
        report({ messageId: 'nonWorking', data: { date: dateText(o.date), day: o.day, basis, effective: o.effective, legal: o.legal }, path, nodeId: entry.node.id });
        continue;
      }
      const occurrences = {
        vi: off.map((o) => `${dateText(o.date).vi} (${o.day.vi}: trước ${o.effective.vi}, hạn luật ${o.legal.vi})`).join('; '),
        en: off.map((o) => `${o.date} (${o.day.en}: work to ${o.effective.en}, legal limit ${o.legal.en})`).join('; '),
      };
      report({ messageId: 'nonWorkingRecurring', data: { count: String(off.length), occurrences, basis }, path, nodeId: entry.node.id });
    }
  },
});
