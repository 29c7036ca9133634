import type { Handover, LocalizedText, Successor } from '@kehoach/core';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';
import type { ModelPath } from '../../../types.js';
import { dateList, roleText } from '../../duty-text.js';

/**
 * When a ceased unit's functions were split among several successors (in 2025 the former
 * Sở LĐTBXH's went to Sở Nội vụ, Sở Y tế, Sở GD&ĐT and Sở NN&MT), nothing in the registry says
 * which of them takes a given duty: the plan must choose, with `handovers` on the task, item,
 * reporting rule or plan. Until it does, the duty is owed by nobody. This names the candidates
 * with the function each took over, and also reports a handover that names a unit that is not
 * a successor of the ceased unit.
 */
export const successorChoice = defineRule({
  meta: {
    id: 'units/successor-choice',
    code: 'KH131',
    defaultSeverity: 'warning',
    docs: {
      description: 'A duty of a unit whose functions were split among several successors: choose which one takes it.',
      descriptionVi: 'Nhiệm vụ của đơn vị đã bị chia tách chức năng cho nhiều đơn vị kế thừa: cần chọn đơn vị tiếp nhận.',
    },
    messages: {
      choose: {
        vi: 'Hạn {dates} của "{unit}" ({role}) rơi sau khi đơn vị này ngừng hoạt động (hết ngày {until}); chức năng được chia cho: {candidates}. Hãy chọn đơn vị tiếp nhận bằng handovers, ví dụ handovers: {example}.',
        en: 'The {dates} duty of "{unit}" ({role}) falls after the unit ceased (its last day was {until}); its functions were split among: {candidates}. Choose which one takes it with handovers, e.g. handovers: {example}.',
      },
      chooseCounterpart: {
        vi: 'Báo cáo hạn {dates} {how} "{unit}", đơn vị đã ngừng hoạt động (hết ngày {until}) với chức năng chia cho: {candidates}. Hãy chọn đơn vị tiếp nhận bằng handovers.',
        en: 'The {dates} report {how} "{unit}", which ceased after {until} with its functions split among: {candidates}. Choose which one takes it with handovers.',
      },
      notASuccessor: {
        vi: 'Handover chọn "{to}" thay cho "{from}", nhưng "{to}" không có trong danh sách đơn vị kế thừa (successors) của "{from}".',
        en: 'The handover chooses "{to}" for "{from}", but "{to}" is not among the successors of "{from}".',
      },
    },
  },
  check(plan, ctx, _options, report) {
    // Names and functions are written as the registry writes them, the same in both languages.
    const candidatesText = (candidates: readonly Successor[]): string =>
      candidates.map((c) => (c.for === undefined ? ctx.nameOf(c.unit) : `${ctx.nameOf(c.unit)} (${c.for})`)).join('; ');

    const duties = new Map<string, { entry: (typeof ctx.reorganisation.unowned)[number]; dates: string[] }>();
    for (const entry of ctx.reorganisation.unowned) {
      if (entry.code !== 'ambiguous-successor') continue;
      const key = `${entry.source.ruleId ?? entry.source.nodeId}#${entry.source.deadlineIndex}|${entry.unit}|${entry.role}`;
      const group = duties.get(key) ?? { entry, dates: [] };
      if (entry.due !== undefined) group.dates.push(entry.due.stated);
      duties.set(key, group);
    }
    for (const { entry, dates } of duties.values()) {
      const path = ctx.deadlinePath(entry.source);
      if (path === undefined || entry.unit === undefined || entry.candidates === undefined) continue;
      report({
        messageId: 'choose',
        data: {
          dates: dateList(dates, entry.during),
          unit: ctx.nameOf(entry.unit),
          role: roleText(entry.role ?? 'lead'),
          until: dateText(entry.until!),
          candidates: candidatesText(entry.candidates),
          example: `{ ${entry.unit}: '${entry.candidates[0]?.unit ?? ''}' }`,
        },
        path,
        nodeId: entry.source.nodeId,
        subjects: [entry.unit, ...entry.candidates.map((c) => c.unit)],
      });
    }

    const HOW: Record<'for' | 'via' | 'cc', LocalizedText> = {
      for: { vi: 'gửi', en: 'is addressed to' },
      via: { vi: 'gửi thông qua', en: 'goes through' },
      cc: { vi: 'đồng gửi', en: 'is copied to' },
    };
    const counterparts = new Map<string, { role: 'for' | 'via' | 'cc'; named: string; until: string; candidates: readonly Successor[]; source: (typeof ctx.reorganisation.dated)[number]['source']; dates: string[] }>();
    for (const duty of [...ctx.reorganisation.dated, ...ctx.reorganisation.triggered, ...ctx.reorganisation.undated]) {
      for (const change of duty.counterparts ?? []) {
        if (change.resolution.kind !== 'ambiguous') continue;
        const key = `${duty.source.ruleId ?? duty.source.nodeId}#${duty.source.deadlineIndex}|${change.role}|${change.named}`;
        const group = counterparts.get(key) ?? {
          role: change.role,
          named: change.named,
          until: change.resolution.until,
          candidates: change.resolution.candidates,
          source: duty.source,
          dates: [],
        };
        if (duty.due !== undefined && !group.dates.includes(duty.due.stated)) group.dates.push(duty.due.stated);
        counterparts.set(key, group);
      }
    }
    for (const group of counterparts.values()) {
      const path = ctx.deadlinePath(group.source);
      if (path === undefined) continue;
      report({
        messageId: 'chooseCounterpart',
        data: {
          dates: dateList(group.dates),
          how: HOW[group.role],
          unit: ctx.nameOf(group.named),
          until: dateText(group.until as Parameters<typeof dateText>[0]),
          candidates: candidatesText(group.candidates),
        },
        path,
        nodeId: group.source.nodeId,
        subjects: [group.named, ...group.candidates.map((c) => c.unit)],
      });
    }

    const checkHandovers = (handovers: readonly Handover[] | undefined, base: ModelPath, nodeId?: string): void => {
      handovers?.forEach((h, i) => {
        const from = ctx.units.get(h.from);
        if (from === undefined || !ctx.isDeclared(h.to)) return; // refs/unknown-unit reports it
        if ((from.successors ?? []).some((s) => s.unit === h.to)) return;
        report({
          messageId: 'notASuccessor',
          data: { from: ctx.nameOf(h.from), to: ctx.nameOf(h.to) },
          path: [...base, 'handovers', i],
          ...(nodeId === undefined ? {} : { nodeId }),
          subjects: [h.from, h.to],
        });
      });
    };
    checkHandovers(plan.handovers, []);
    for (const { node, path } of ctx.nodes) {
      if (node.type === 'section') continue;
      checkHandovers(node.handovers, path, node.id);
    }
    for (const { rule, path, entry } of ctx.reports) checkHandovers(rule.handovers, path, entry.node.id);
  },
});
