import type { CounterpartChange, LocalizedText, UnownedDeadline } from '@kehoach/core';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';
import { listOf } from '../../../messages.js';
import { dateList, dutyAt, roleText } from '../../duty-text.js';

/**
 * Bodies change: departments merge, the district level ends. `obligations()` hands a ceased
 * unit's duties to its successor; this reports what it cannot hand over: duties of a unit that
 * ceased with no successor recorded (orphaned), duties falling before a unit was formed, and
 * reports addressed to, collected by or copied to a unit that had ceased with nobody after it.
 * One diagnostic per item and reason, naming every unit and date; where the same units ceased
 * with no successor and leave duties in several items, one diagnostic names every item (the fix,
 * recording successors, is one). Split successors are reported by `units/successor-choice`.
 */
export const ceasedUnit = defineRule({
  meta: {
    id: 'units/ceased',
    code: 'KH602',
    defaultSeverity: 'warning',
    docs: {
      description: 'A duty falls after its unit ceased with no successor, or before the unit was formed: nobody owes it.',
      descriptionVi: 'Nhiệm vụ đến hạn sau khi đơn vị đã ngừng hoạt động mà không có đơn vị kế thừa, hoặc trước khi đơn vị được thành lập: không ai phải thực hiện.',
    },
    messages: {
      orphaned: {
        vi: 'Hạn {dates} của {units} ({role}) rơi sau khi đơn vị đã ngừng hoạt động (hết ngày {until}) mà không có đơn vị kế thừa: nhiệm vụ không còn ai thực hiện. Ghi đơn vị kế thừa (successors) nếu có.',
        en: 'The {dates} duty of {units} ({role}) falls after the unit ceased to exist (its last day was {until}) with no successor recorded: nobody owes it. Record its successors if it has any.',
      },
      orphanedMany: {
        vi: '{units} ngừng hoạt động (hết ngày {until}) mà không có đơn vị kế thừa: {count} phần việc không còn ai thực hiện: {duties}. Ghi đơn vị kế thừa (successors) nếu có.',
        en: '{units} ceased to exist (last day {until}) with no successor recorded: nobody owes {count} of their duties: {duties}. Record their successors if they have any.',
      },
      notYetFormed: {
        vi: 'Hạn {dates} của {units} ({role}) rơi trước ngày đơn vị được thành lập ({from}).',
        en: 'The {dates} duty of {units} ({role}) falls before the unit was formed ({from}).',
      },
      invalidPeriod: {
        vi: 'Đơn vị "{unit}" có ngày bắt đầu hoạt động ({from}) sau ngày cuối cùng ({until}).',
        en: 'Unit "{unit}" starts ({from}) after its last day ({until}).',
      },
      counterpartCeased: {
        vi: 'Báo cáo hạn {dates} {how} "{unit}", nhưng đơn vị này chỉ hoạt động đến hết ngày {until} và không có đơn vị kế thừa.',
        en: 'The {dates} report {how} "{unit}", which ceased to exist after {until} with no successor recorded.',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    const HOW: Record<CounterpartChange['role'], LocalizedText> = {
      for: { vi: 'gửi', en: 'is addressed to' },
      via: { vi: 'gửi thông qua', en: 'goes through' },
      cc: { vi: 'đồng gửi', en: 'is copied to' },
    };
    ctx.plan.units.forEach((unit, i) => {
      if (unit.validFrom === undefined || unit.validUntil === undefined || unit.validFrom <= unit.validUntil) return;
      report({
        messageId: 'invalidPeriod',
        data: { unit: ctx.nameOf(unit.key), from: dateText(unit.validFrom), until: dateText(unit.validUntil) },
        path: ['units', i, 'validFrom'],
        subjects: [unit.key],
      });
    });

    // One diagnostic per node, reason, date of change and role: every unit and date it concerns.
    const groups = new Map<string, { entry: UnownedDeadline; units: string[]; dates: string[] }>();
    for (const entry of ctx.reorganisation.unowned) {
      if ((entry.code !== 'orphaned' && entry.code !== 'not-yet-formed') || entry.unit === undefined) continue;
      const key = `${entry.source.nodeId}|${entry.code}|${entry.until ?? entry.formed}|${entry.role}`;
      const group = groups.get(key) ?? { entry, units: [], dates: [] };
      if (!group.units.includes(entry.unit)) group.units.push(entry.unit);
      if (entry.due !== undefined) group.dates.push(entry.due.stated);
      groups.set(key, group);
    }
    // The same units ended with nobody after them in several items: one diagnostic for them all.
    type Group = { entry: UnownedDeadline; units: string[]; dates: string[]; path: (string | number)[] };
    const same = new Map<string, Group[]>();
    for (const group of groups.values()) {
      const path = ctx.deadlinePath(group.entry.source);
      if (path === undefined) continue;
      const key = group.entry.code === 'orphaned' ? `${group.entry.until}|${group.units.join(',')}` : `#${same.size}`;
      const list = same.get(key) ?? [];
      list.push({ ...group, path });
      same.set(key, list);
    }
    const order = new Map<string, number>();
    for (const { node } of ctx.nodes) order.set(node.id, order.size);
    const at = (g: Group): number => order.get(g.entry.source.nodeId) ?? 0;
    for (const list of same.values()) {
      list.sort((a, b) => at(a) - at(b));
      const { entry, units, dates, path } = list[0]!;
      const names = listOf(units.map((u) => `"${ctx.nameOf(u)}"`));
      const where = { path, nodeId: entry.source.nodeId, subjects: units };
      if (list.length > 1) {
        const each = list.map((g) => dutyAt(g.entry.source.nodeId, g.entry.role ?? 'lead', g.dates, g.entry.during));
        const duties = { vi: each.map((d) => d.vi).join('; '), en: each.map((d) => d.en).join('; ') };
        report({ messageId: 'orphanedMany', data: { units: names, until: dateText(entry.until!), count: String(list.length), duties }, ...where });
        continue;
      }
      const common = { units: names, role: roleText(entry.role ?? 'lead'), dates: dateList(dates, entry.during) };
      report(
        entry.code === 'orphaned'
          ? { messageId: 'orphaned', data: { ...common, until: dateText(entry.until!) }, ...where }
          : { messageId: 'notYetFormed', data: { ...common, from: dateText(entry.formed!) }, ...where },
      );
    }

    const counterparts = new Map<string, { change: CounterpartChange; source: UnownedDeadline['source']; dates: string[] }>();
    for (const duty of ctx.reorganisation.dated) {
      for (const change of duty.counterparts ?? []) {
        if (change.resolution.kind !== 'orphaned') continue;
        const key = `${duty.source.ruleId ?? duty.source.nodeId}#${duty.source.deadlineIndex}|${change.role}|${change.named}`;
        const group = counterparts.get(key) ?? { change, source: duty.source, dates: [] };
        if (duty.due !== undefined && !group.dates.includes(duty.due.stated)) group.dates.push(duty.due.stated);
        counterparts.set(key, group);
      }
    }
    for (const { change, source, dates } of counterparts.values()) {
      const path = ctx.deadlinePath(source);
      if (path === undefined || change.resolution.kind !== 'orphaned') continue;
      report({
        messageId: 'counterpartCeased',
        data: { dates: dateList(dates), how: HOW[change.role], unit: ctx.nameOf(change.named), until: dateText(change.resolution.until) },
        path,
        nodeId: source.nodeId,
        subjects: [change.named],
      });
    }
  },
});
