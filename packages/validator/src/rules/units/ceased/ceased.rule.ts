import type { IsoDate, LocalizedText, Unit } from '@kehoach/core';
import type { Assignment } from '@kehoach/core';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';
import { wordingOf } from '../../../context.js';

const ROLES: Record<'lead' | 'partner' | 'reporter', LocalizedText> = {
  lead: { vi: 'chủ trì', en: 'lead' },
  partner: { vi: 'phối hợp', en: 'partner' },
  reporter: { vi: 'báo cáo', en: 'reporter' },
};

/**
 * Bodies change: departments merge, the district level ends. A duty whose effective due date
 * (the stated date, moved past days off)
 * falls after its unit's `validUntil` (or before its `validFrom`) cannot be done by that unit;
 * the diagnostic names the `successor` that inherits it, following a chain of successors to
 * one that exists on the date. Reports collected by ("thông qua") or addressed to a unit that
 * no longer exists are reported once per report and date.
 */
export const ceasedUnit = defineRule({
  meta: {
    id: 'units/ceased',
    code: 'KH602',
    defaultSeverity: 'warning',
    docs: {
      description: 'A duty falls due after its unit ceased to exist (or before it was formed); names the successor.',
      descriptionVi: 'Nhiệm vụ đến hạn sau khi đơn vị đã ngừng hoạt động (hoặc trước khi đơn vị được thành lập); nêu đơn vị kế thừa.',
    },
    messages: {
      ceased: {
        vi: 'Hạn {date} của "{unit}" ({role}) rơi sau khi đơn vị này đã ngừng hoạt động (hoạt động đến hết ngày {until}); đơn vị kế thừa: {successor}.',
        en: 'The {date} duty of "{unit}" ({role}) falls after the unit ceased to exist (its last day was {until}); its successor is {successor}.',
      },
      ceasedNoSuccessor: {
        vi: 'Hạn {date} của "{unit}" ({role}) rơi sau khi đơn vị này đã ngừng hoạt động (hoạt động đến hết ngày {until}); kế hoạch không ghi đơn vị kế thừa.',
        en: 'The {date} duty of "{unit}" ({role}) falls after the unit ceased to exist (its last day was {until}); no successor is recorded.',
      },
      notYetFormed: {
        vi: 'Hạn {date} của "{unit}" ({role}) rơi trước ngày đơn vị này được thành lập ({from}).',
        en: 'The {date} duty of "{unit}" ({role}) falls before the unit was formed ({from}).',
      },
      viaCeased: {
        vi: 'Báo cáo hạn {date} gửi thông qua "{unit}", nhưng đơn vị này chỉ hoạt động đến hết ngày {until}; đơn vị kế thừa: {successor}.',
        en: 'The {date} report goes through "{unit}", which ceased to exist after {until}; its successor is {successor}.',
      },
      addresseeCeased: {
        vi: 'Báo cáo hạn {date} gửi "{unit}", nhưng đơn vị này chỉ hoạt động đến hết ngày {until}; đơn vị kế thừa: {successor}.',
        en: 'The {date} report is addressed to "{unit}", which ceased to exist after {until}; its successor is {successor}.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const dated = plan.units.filter((u) => u.validUntil !== undefined || u.validFrom !== undefined);
    if (dated.length === 0) return;
    const none: LocalizedText = { vi: 'không ghi', en: 'none recorded' };

    const successorOn = (unit: Unit, date: IsoDate): LocalizedText | undefined => {
      let current: Unit | undefined = unit;
      for (let i = 0; i < 10 && current?.successor !== undefined; i++) {
        const next = ctx.units.get(current.successor);
        if (next === undefined) return { vi: current.successor, en: current.successor };
        if (next.validUntil === undefined || next.validUntil >= date) return { vi: next.short ?? next.name, en: next.en ?? next.short ?? next.name };
        current = next;
      }
      return undefined;
    };

    for (const { deadline, path, entry, report: rep } of ctx.deadlines) {
      const dates = ctx.datesOf(deadline);
      if (dates === undefined || dates.length === 0) continue;
      const responsible: { assignment: Assignment; role: 'lead' | 'partner' | 'reporter' }[] = [];
      if (rep !== undefined) {
        if (rep.reporter !== undefined) responsible.push({ assignment: rep.reporter, role: 'reporter' });
      } else if (entry.task !== undefined) {
        responsible.push({ assignment: entry.task.lead, role: 'lead' });
        for (const partner of entry.task.partners) responsible.push({ assignment: partner, role: 'partner' });
      }
      for (const stated of dates) {
        const due = ctx.due(stated, wordingOf(deadline));
        const date = due.effective;
        const data = (unit: Unit) => ({ unit: unit.short ?? unit.name, date: dateText(stated) });
        for (const { assignment, role } of responsible) {
          for (const key of ctx.actors(assignment)) {
            const unit = ctx.units.get(key);
            if (unit === undefined) continue;
            if (unit.validUntil !== undefined && date > unit.validUntil) {
              const successor = successorOn(unit, date);
              report({
                messageId: successor === undefined ? 'ceasedNoSuccessor' : 'ceased',
                data: { ...data(unit), role: ROLES[role], until: dateText(unit.validUntil), ...(successor === undefined ? {} : { successor }) },
                path,
                nodeId: entry.node.id,
                subjects: [key],
              });
            } else if (unit.validFrom !== undefined && date < unit.validFrom) {
              report({ messageId: 'notYetFormed', data: { ...data(unit), role: ROLES[role], from: dateText(unit.validFrom) }, path, nodeId: entry.node.id, subjects: [key] });
            }
          }
        }
        if (rep === undefined) continue;
        for (const [key, messageId] of [
          [rep.rule.via, 'viaCeased'],
          [rep.rule.to, 'addresseeCeased'],
        ] as const) {
          const unit = key === undefined ? undefined : ctx.units.get(key);
          if (unit?.validUntil === undefined || date <= unit.validUntil) continue;
          report({
            messageId,
            data: { ...data(unit), until: dateText(unit.validUntil), successor: successorOn(unit, date) ?? none },
            path,
            nodeId: entry.node.id,
            subjects: [unit.key, rep.rule.id],
          });
        }
      }
    }
  },
});
