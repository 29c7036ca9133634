import { z } from 'zod';
import { defineRule } from '../../../define-rule.js';

/**
 * A target nobody can measure cannot be checked at the end of the plan. A target needs a
 * value ("100%", "giảm 1/2") or a range ("4-5%/năm"); a range must run from low to high. With
 * `requireBaseline` (strict), a target to increase or decrease also needs the baseline it
 * moves from ("so với năm đầu nhiệm kỳ").
 */
export const measurableTarget = defineRule({
  meta: {
    id: 'targets/measurable',
    code: 'KH601',
    defaultSeverity: 'warning',
    docs: {
      description: 'A target has no measurable value or range (or, when asked, no baseline).',
      descriptionVi: 'Chỉ tiêu không có giá trị đo được (hoặc, khi yêu cầu, không có mốc so sánh).',
    },
    messages: {
      noValue: {
        vi: 'Chỉ tiêu "{metric}" không có giá trị hoặc khoảng giá trị đo được.',
        en: 'Target "{metric}" has no measurable value or range.',
      },
      badRange: {
        vi: 'Chỉ tiêu "{metric}" có khoảng giá trị ngược: từ {min} đến {max}.',
        en: 'Target "{metric}" has an inverted range: from {min} to {max}.',
      },
      noBaseline: {
        vi: 'Chỉ tiêu "{metric}" đặt mục tiêu tăng/giảm nhưng không nêu mốc so sánh (năm hoặc giá trị gốc).',
        en: 'Target "{metric}" aims to increase or decrease but states no baseline (year or value).',
      },
    },
    options: z.strictObject({
      /** Ask targets to increase or decrease for a baseline. */
      requireBaseline: z.boolean().default(false),
    }),
  },
  check(_plan, ctx, options, report) {
    for (const { node, path } of ctx.nodes) {
      if (node.type === 'section' || node.targets === undefined) continue;
      node.targets.forEach((t, i) => {
        const at = [...path, 'targets', i];
        const subjects = [t.id];
        const nodeId = node.id;
        if (t.value === undefined && t.range === undefined) report({ messageId: 'noValue', data: { metric: t.metric }, path: at, nodeId, subjects });
        if (t.range !== undefined && t.range.min > t.range.max) {
          report({ messageId: 'badRange', data: { metric: t.metric, min: t.range.min, max: t.range.max }, path: [...at, 'range'], nodeId, subjects });
        }
        const moves = t.direction === 'increase' || t.direction === 'decrease';
        if (options.requireBaseline && moves && t.baseline?.year === undefined && t.baseline?.value === undefined) {
          report({ messageId: 'noBaseline', data: { metric: t.metric }, path: at, nodeId, subjects });
        }
      });
    }
  },
});
