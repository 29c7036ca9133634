import { defineRule } from '../../../define-rule.js';

/**
 * A target is set for a year ("số hộ nghèo năm 2025 giảm 1/2") that the plan can act on: within
 * its period. A year outside it is a typo, or a target copied from another plan ("định hướng đến
 * 2030" belongs in the period's wording, not in a target of a 2021-2025 plan). A baseline must
 * come before the year it is measured towards.
 */
export const targetOutsidePeriod = defineRule({
  meta: {
    id: 'targets/outside-period',
    code: 'KH604',
    defaultSeverity: 'warning',
    docs: {
      description: 'A target is set for a year outside the plan period or its phase, or its baseline year is not before its target year.',
      descriptionVi: 'Chỉ tiêu đặt cho năm nằm ngoài thời kỳ của kế hoạch hoặc giai đoạn của nó, hoặc năm gốc không trước năm đạt chỉ tiêu.',
    },
    messages: {
      yearOutside: {
        vi: 'Chỉ tiêu "{metric}" đặt cho năm {year}, ngoài thời kỳ của kế hoạch ({from}–{to}).',
        en: 'Target "{metric}" is set for {year}, outside the plan period ({from}–{to}).',
      },
      yearOutsidePhase: {
        vi: 'Chỉ tiêu "{metric}" của {phase} đặt cho năm {year}, ngoài giai đoạn đó ({from}–{to}).',
        en: 'Target "{metric}" of {phase} is set for {year}, outside that phase ({from}–{to}).',
      },
      baselineNotBefore: {
        vi: 'Chỉ tiêu "{metric}" lấy năm gốc {baseline}, không trước năm đạt chỉ tiêu {year}.',
        en: 'Target "{metric}" has its baseline in {baseline}, not before its target year {year}.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const from = Number(plan.period.from.slice(0, 4));
    const to = Number(plan.period.to.slice(0, 4));
    for (const { node, path } of ctx.nodes) {
      if (node.type === 'section' || node.targets === undefined) continue;
      node.targets.forEach((t, i) => {
        if (t.by === undefined) return;
        const at = [...path, 'targets', i];
        const common = { nodeId: node.id, subjects: [t.id] };
        const phase = t.phase === undefined ? undefined : plan.phases?.find((p) => p.key === t.phase);
        if (t.by < from || t.by > to) report({ messageId: 'yearOutside', data: { metric: t.metric, year: t.by, from, to }, path: [...at, 'by'], ...common });
        else if (phase !== undefined && (t.by < Number(phase.from.slice(0, 4)) || t.by > Number(phase.to.slice(0, 4)))) {
          const data = { metric: t.metric, phase: phase.text ?? phase.key, year: t.by, from: Number(phase.from.slice(0, 4)), to: Number(phase.to.slice(0, 4)) };
          report({ messageId: 'yearOutsidePhase', data, path: [...at, 'by'], ...common });
        }
        const baseline = t.baseline?.year;
        if (baseline !== undefined && baseline >= t.by) {
          report({ messageId: 'baselineNotBefore', data: { metric: t.metric, baseline, year: t.by }, path: [...at, 'baseline', 'year'], ...common });
        }
      });
    }
  },
});
