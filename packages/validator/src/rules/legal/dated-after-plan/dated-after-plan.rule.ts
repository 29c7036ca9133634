import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/** A plan cannot cite a document issued after the plan itself: the date, or the reference, is wrong. */
export const datedAfterPlan = defineRule({
  meta: {
    id: 'legal/dated-after-plan',
    code: 'KH403',
    defaultSeverity: 'error',
    docs: {
      description: 'A cited document is dated after the plan was issued.',
      descriptionVi: 'Văn bản được trích dẫn có ngày ban hành sau ngày ban hành kế hoạch.',
    },
    messages: {
      afterPlan: {
        vi: 'Văn bản "{number}" ghi ngày {date}, sau ngày ban hành kế hoạch ({issued}).',
        en: 'Document "{number}" is dated {date}, after the plan was issued ({issued}).',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    plan.legal.forEach((ref, i) => {
      if (ref.date !== undefined && ref.date > plan.issuedOn) {
        report({ messageId: 'afterPlan', data: { number: ref.number ?? ref.title ?? ref.id, date: dateText(ref.date), issued: dateText(plan.issuedOn) }, path: ['legal', i, 'date'], subjects: [ref.id] });
      }
    });
  },
});
