import type { CounterpartChange, LocalizedText, UnownedDeadline } from '@kehoach/core';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';
import { listOf } from '../../../messages.js';
import { dateList, roleText } from '../../duty-text.js';

/**
 * Bodies change: departments merge, the district level ends. `obligations()` hands a ceased
 * unit's duties to its successor; this reports what it cannot hand over: duties of a unit that
 * ceased with no successor recorded (orphaned), duties falling before a unit was formed, and
 * reports addressed to, collected by or copied to a unit that had ceased with nobody after it.
 * One diagnostic per item and reason, naming every unit and date. Split successors are reported
 * by `units/successor-choice`.
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
    for (const { entry, units, dates } of groups.values()) {
      const path = ctx.deadlinePath(entry.source);
      if (path === undefined) continue;
      const names = listOf(units.map((u) => `"${ctx.nameOf(u)}"`));
      const common = { units: names, role: roleText(entry.role ?? 'lead'), dates: dateList(dates, entry.during) };
      const at = { path, nodeId: entry.source.nodeId, subjects: units };
      report(
        entry.code === 'orphaned'
          ? { messageId: 'orphaned', data: { ...common, until: dateText(entry.until!) }, ...at }
          : { messageId: 'notYetFormed', data: { ...common, from: dateText(entry.formed!) }, ...at },
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
