import { defineRule } from '../../../define-rule.js';

/**
 * Ids that point elsewhere in the plan must exist: a node's `refs` name legal references,
 * a correction's `target` names a node, legal reference, reporting rule or target, and a
 * plan waiver's `target` names one of those or a unit.
 */
export const unknownReference = defineRule({
  meta: {
    id: 'refs/unknown-reference',
    code: 'KH102',
    defaultSeverity: 'error',
    docs: {
      description: 'A legal reference, correction target or waiver target names an id the plan does not have.',
      descriptionVi: 'Trích dẫn văn bản, đính chính hoặc miễn trừ trỏ tới một mã không có trong kế hoạch.',
    },
    messages: {
      unknownLegalRef: {
        vi: 'Mục "{node}" trích dẫn văn bản "{ref}" nhưng văn bản này không có trong danh sách căn cứ, văn bản liên quan (legal).',
        en: 'Node "{node}" cites "{ref}", which is not among the plan\'s legal references.',
      },
      unknownCorrectionTarget: {
        vi: 'Đính chính "{correction}" nói về "{target}" nhưng kế hoạch không có mục, văn bản hay chế độ báo cáo nào mang mã này.',
        en: 'Correction "{correction}" is about "{target}", but no node, legal reference or reporting rule has that id.',
      },
      unknownWaiverTarget: {
        vi: 'Miễn trừ quy tắc {rule} nhắm tới "{target}" nhưng kế hoạch không có mục, đơn vị hay văn bản nào mang mã này.',
        en: 'The waiver of rule {rule} targets "{target}", but no node, unit or legal reference has that id.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const legal = new Set(plan.legal.map((l) => l.id));
    const ids = new Set<string>(legal);
    for (const { node, path } of ctx.nodes) {
      ids.add(node.id);
      if (node.type === 'section') continue;
      for (const rule of node.reports ?? []) ids.add(rule.id);
      for (const target of node.targets ?? []) ids.add(target.id);
      node.refs?.forEach((ref, i) => {
        if (!legal.has(ref)) report({ messageId: 'unknownLegalRef', data: { node: node.id, ref }, path: [...path, 'refs', i], subjects: [ref] });
      });
    }
    plan.corrections.forEach((c, i) => {
      if (!ids.has(c.target)) {
        report({ messageId: 'unknownCorrectionTarget', data: { correction: c.id, target: c.target }, path: ['corrections', i, 'target'] });
      }
    });
    plan.waivers?.forEach((w, i) => {
      if (w.target !== undefined && !ids.has(w.target) && !ctx.isDeclared(w.target)) {
        report({ messageId: 'unknownWaiverTarget', data: { rule: w.rule, target: w.target }, path: ['waivers', i, 'target'] });
      }
    });
  },
});
