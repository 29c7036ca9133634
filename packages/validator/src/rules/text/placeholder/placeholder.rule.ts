import { formatPath } from '@kehoach/core';
import { defineRule } from '../../../define-rule.js';

const PLACEHOLDER = /\[\[[^\][]*\]\]/g;

/**
 * A placeholder left in the plan: `[[…]]`, as the project `kehoach init` writes marks what the
 * planner must fill in (the province, the title, the signer…). A plan with one is not ready to
 * issue, so it is an error until every placeholder is replaced. One diagnostic per value, naming
 * each placeholder in it.
 */
export const placeholder = defineRule({
  meta: {
    id: 'text/placeholder',
    code: 'KH702',
    defaultSeverity: 'error',
    docs: {
      description: 'A name or text still holds a placeholder [[…]] to fill in.',
      descriptionVi: 'Tên hoặc văn bản còn chỗ cần điền [[…]] chưa được thay.',
    },
    messages: {
      placeholder: {
        vi: 'Chỗ cần điền tại {field} chưa được thay: {placeholders}. Thay bằng nội dung thật của kế hoạch.',
        en: 'The text at {field} still holds a placeholder to fill in: {placeholders}. Replace it with the plan\'s own content.',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    // One path stack for the whole walk: a path is copied only for a value that is reported.
    const path: (string | number)[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!value.includes('[[')) return;
        const found = [...new Set(value.match(PLACEHOLDER) ?? [])];
        if (found.length > 0) report({ messageId: 'placeholder', data: { field: formatPath(path), placeholders: found.join(', ') }, path: [...path] });
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(value[i]);
          path.pop();
        }
      } else if (value !== null && typeof value === 'object') {
        for (const key in value) {
          path.push(key);
          visit((value as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    };
    visit(plan);
  },
});
