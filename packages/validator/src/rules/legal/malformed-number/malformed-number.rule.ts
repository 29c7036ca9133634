import { parseDocumentNumber, type DocumentNumberProblem } from '@kehoach/core';
import { z } from 'zod';
import { defineRule } from '../../../define-rule.js';

/**
 * Document numbers must follow Decree 30/2020/NĐ-CP (administrative: `12127/KH-UBND`),
 * Law 80/2015/QH13 (normative: `20/2021/NĐ-CP`, `45/2019/QH14`) or Party usage (`39-CT/TW`).
 * Type abbreviations may hold lower-case letters (`TTr`, `QyĐ`, `CTr`; `TTg` in an issuer) and
 * symbols may hold `&` (`NN&PTNT`) and several groups (`7308/KH-BNN-TCLN`). The plan's own
 * number must also carry its leading zero below 10 and agree with the plan's type.
 */
export const malformedNumber = defineRule({
  meta: {
    id: 'legal/malformed-number',
    code: 'KH401',
    defaultSeverity: 'error',
    docs: {
      description: 'The plan number or a legal reference number is malformed under Decree 30/2020/NĐ-CP.',
      descriptionVi: 'Số, ký hiệu của kế hoạch hoặc của văn bản được trích dẫn không đúng thể thức theo Nghị định 30/2020/NĐ-CP.',
    },
    messages: {
      malformedPlanNumber: {
        vi: 'Số, ký hiệu của kế hoạch không hợp lệ: {detail}.',
        en: 'The plan number is malformed: {detail}.',
      },
      planNumberStyle: {
        vi: 'Số, ký hiệu của kế hoạch: {detail}.',
        en: 'The plan number: {detail}.',
      },
      typeMismatch: {
        vi: 'Loại văn bản "{type}" của kế hoạch không khớp với ký hiệu trong số "{number}" ({numberType}).',
        en: 'The plan type "{type}" does not match the type in its number "{number}" ({numberType}).',
      },
      malformedLegalNumber: {
        vi: 'Số, ký hiệu của văn bản "{id}" không hợp lệ: {detail}.',
        en: 'The number of legal reference "{id}" is malformed: {detail}.',
      },
      unknownType: {
        vi: 'Văn bản "{id}": {detail}.',
        en: 'Legal reference "{id}": {detail}.',
      },
    },
    options: z.strictObject({
      /** Also report type abbreviations missing from the table of Decree 30/2020/NĐ-CP. */
      unknownType: z.boolean().default(false),
    }),
  },
  check(plan, _ctx, options, report) {
    const detail = (p: DocumentNumberProblem) => ({ vi: p.message.vi, en: p.message.en });
    const own = parseDocumentNumber(plan.number);
    if (!own.ok) {
      report({ messageId: 'malformedPlanNumber', data: { detail: detail(own.problems[0]!) }, path: ['number'] });
    } else {
      for (const w of own.warnings) {
        if (w.code === 'leading-zero' || options.unknownType) report({ messageId: 'planNumberStyle', data: { detail: detail(w) }, path: ['number'] });
      }
      if (own.value.type !== '' && plan.type !== own.value.type) {
        report({ messageId: 'typeMismatch', data: { type: plan.type, number: plan.number, numberType: own.value.type }, path: ['type'] });
      }
    }
    plan.legal.forEach((ref, i) => {
      // A document cited by name and date only has no number to check.
      if (ref.number === undefined) return;
      const parsed = parseDocumentNumber(ref.number, { ...(ref.kind === undefined ? {} : { kind: ref.kind }) });
      if (!parsed.ok) {
        report({ messageId: 'malformedLegalNumber', data: { id: ref.id, detail: detail(parsed.problems[0]!) }, path: ['legal', i, 'number'], subjects: [ref.id] });
      } else if (options.unknownType) {
        for (const w of parsed.warnings) {
          if (w.code === 'unknown-type') report({ messageId: 'unknownType', data: { id: ref.id, detail: detail(w) }, path: ['legal', i, 'number'], subjects: [ref.id] });
        }
      }
    });
  },
});
