import { parseDocumentNumber, yearMatchesDate } from '@kehoach/core';
import { dateText } from '../../../dates.js';
import { defineRule } from '../../../define-rule.js';

/**
 * A normative document carries its year in its number (`20/2021/NĐ-CP`); a date in another
 * year means the number or the date is wrong. Plans are encoded as issued, so when the plan
 * records a correction of that reference the message says so.
 */
export const yearMismatch = defineRule({
  meta: {
    id: 'legal/year-mismatch',
    code: 'KH402',
    defaultSeverity: 'warning',
    docs: {
      description: 'A normative reference whose year in the number disagrees with its date.',
      descriptionVi: 'Năm trong số, ký hiệu của văn bản quy phạm pháp luật không khớp với ngày ban hành.',
    },
    messages: {
      mismatch: {
        vi: 'Số "{number}" mang năm {year} nhưng văn bản ghi ngày ban hành {date}.',
        en: 'Number "{number}" carries the year {year}, but the document is dated {date}.',
      },
      mismatchCorrected: {
        vi: 'Số "{number}" mang năm {year} nhưng văn bản ghi ngày ban hành {date}; kế hoạch đã ghi nhận đính chính "{correction}": {corrected}.',
        en: 'Number "{number}" carries the year {year}, but the document is dated {date}; the plan records correction "{correction}": {corrected}.',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    plan.legal.forEach((ref, i) => {
      if (ref.date === undefined || ref.number === undefined) return;
      const parsed = parseDocumentNumber(ref.number);
      if (!parsed.ok || parsed.value.year === undefined || yearMatchesDate(parsed.value, ref.date)) return;
      const base = { number: ref.number, year: parsed.value.year, date: dateText(ref.date) };
      const correction = plan.corrections.find((c) => c.target === ref.id && (c.field === 'number' || c.field === 'date'));
      const path = ['legal', i, 'number'];
      if (correction === undefined) report({ messageId: 'mismatch', data: base, path, subjects: [ref.id] });
      else report({ messageId: 'mismatchCorrected', data: { ...base, correction: correction.id, corrected: correction.corrected }, path, subjects: [ref.id] });
    });
  },
});
