import type { UnownedDeadline } from '@kehoach/core';
import { defineRule } from '../../../define-rule.js';
import { dateList } from '../../duty-text.js';

/**
 * Every deadline a plan states must be owed by someone. An item that is not a task and has no
 * task above it ("Đến cuối năm 2021, các sở, ban, ngành, địa phương xây dựng kế hoạch…") owes
 * its deadline to nobody unless it names its `owners`; a reporting rule with no `from` on such
 * an item has no reporter; a group assigned "each" may have no members on the date. One
 * diagnostic per deadline, listing its dates. Ceased units are reported by `units/ceased` and
 * `units/successor-choice`, so that every occurrence `obligations()` lists as unowned is
 * reported by exactly one rule.
 */
export const unownedDeadline = defineRule({
  meta: {
    id: 'duties/unowned',
    code: 'KH141',
    defaultSeverity: 'warning',
    docs: {
      description: 'A deadline of the plan is owed by nobody: an item with no owners and no task above it, or an empty group.',
      descriptionVi: 'Thời hạn trong kế hoạch không thuộc về đơn vị nào: mục không có đơn vị thực hiện và không thuộc nhiệm vụ nào, hoặc nhóm không có thành viên.',
    },
    messages: {
      noOwner: {
        vi: 'Hạn {dates} của "{what}" không thuộc về đơn vị nào: mục này không phải nhiệm vụ và không ghi đơn vị thực hiện. Ghi owners, ví dụ owners: [r.each(\'soBanNganh\')].',
        en: 'The {dates} deadline of "{what}" is owed by nobody: the item is not a task and names no owners. Add owners, e.g. owners: [r.each(\'soBanNganh\')].',
      },
      noReporter: {
        vi: 'Báo cáo "{what}" hạn {dates} không có đơn vị báo cáo: chế độ báo cáo không ghi from và mục không thuộc nhiệm vụ nào, không ghi đơn vị thực hiện.',
        en: 'The {dates} report "{what}" has no reporter: the rule names no from, and its item is not under a task and names no owners.',
      },
      emptyGroup: {
        vi: 'Hạn {dates} giao cho nhóm "{group}", nhưng nhóm không có thành viên nào vào ngày đó.',
        en: 'The {dates} deadline goes to group "{group}", which has no members on that date.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    const groups = new Map<string, { entry: UnownedDeadline; dates: string[] }>();
    for (const entry of ctx.reorganisation.unowned) {
      if (entry.code !== 'no-owner' && entry.code !== 'no-reporter' && entry.code !== 'empty-group') continue;
      const key = `${entry.source.ruleId ?? entry.source.nodeId}#${entry.source.deadlineIndex}|${entry.code}|${entry.unit ?? ''}`;
      const group = groups.get(key) ?? { entry, dates: [] };
      if (entry.due !== undefined) group.dates.push(entry.due.stated);
      groups.set(key, group);
    }
    for (const { entry, dates } of groups.values()) {
      const path = ctx.deadlinePath(entry.source);
      if (path === undefined) continue;
      const what = entry.what.length > 80 ? `${entry.what.slice(0, 77)}…` : entry.what;
      const at = { path, nodeId: entry.source.nodeId };
      const when = dateList(dates, entry.during);
      if (entry.code === 'no-owner') report({ messageId: 'noOwner', data: { dates: when, what }, ...at });
      else if (entry.code === 'no-reporter') report({ messageId: 'noReporter', data: { dates: when, what }, ...at });
      else report({ messageId: 'emptyGroup', data: { dates: when, group: ctx.nameOf(entry.unit!) }, ...at, subjects: [entry.unit!] });
    }
  },
});
