import { defineRule } from '../../../define-rule.js';

/**
 * A reporting rule with no deadline gives nobody a duty: `obligations()` expands deadlines, so
 * the report appears in no list, calendar or status. Plans do word reports without a date
 * ("báo cáo theo quy định", "khi có yêu cầu"); such wording is a deadline of its own kind
 * (`onRequest()`, a deadline by reference), which keeps the duty, undated.
 */
export const reportingNoDeadline = defineRule({
  meta: {
    id: 'reporting/no-deadline',
    code: 'KH303',
    defaultSeverity: 'warning',
    docs: {
      description: 'A reporting rule states no deadline, so it gives nobody a duty.',
      descriptionVi: 'Quy định báo cáo không nêu thời hạn nào, nên không tạo nghĩa vụ cho đơn vị nào.',
    },
    messages: {
      noDeadline: {
        vi: 'Báo cáo "{what}" không có thời hạn nào, nên không xuất hiện trong danh sách nghĩa vụ, lịch và theo dõi. Hãy ghi thời hạn như văn bản nêu (ví dụ onRequest() cho "khi có yêu cầu").',
        en: 'The report "{what}" has no deadline, so it appears in no list of duties, calendar or status. Write the deadline as the document words it (e.g. onRequest() for "khi có yêu cầu").',
      },
    },
  },
  check(_plan, ctx, _options, report) {
    for (const { rule, path } of ctx.reports) {
      if (rule.deadlines.length > 0) continue;
      report({ messageId: 'noDeadline', data: { what: rule.what }, path: [...path, 'deadlines'], subjects: [rule.id] });
    }
  },
});
