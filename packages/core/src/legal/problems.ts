/**
 * @internal Messages for the problems of a document number, in Vietnamese and English.
 */
import type { DocumentFamily, DocumentNumberProblem } from './types.js';

/** @internal Why a number is malformed, when a more precise hint than the expected form helps. */
export type MalformedReason =
  | 'too-long'
  | 'spaces'
  | 'dash'
  | 'no-number'
  | 'no-symbol'
  | 'no-issuer'
  | 'no-type'
  | 'bad-group'
  | 'extra-part';

/** @internal Lower bound of years accepted in normative numbers. */
export const MIN_YEAR = 1945;
/** @internal Upper bound of years accepted in normative numbers. */
export const MAX_YEAR = 2100;

const QUOTE_LIMIT = 60;

const FORMS: Record<DocumentFamily, { vi: string; en: string }> = {
  administrative: {
    vi: 'số/LOẠI-CƠ QUAN (Nghị định 30/2020/NĐ-CP)',
    en: 'number/TYPE-ISSUER (Decree 30/2020/NĐ-CP)',
  },
  normative: {
    vi: 'số/năm/LOẠI-CƠ QUAN của văn bản quy phạm pháp luật (Luật 80/2015/QH13)',
    en: 'number/year/TYPE-ISSUER of legal normative documents (Law 80/2015/QH13)',
  },
  party: {
    vi: 'số-LOẠI/CƠ QUAN của văn bản của Đảng',
    en: 'number-TYPE/ISSUER of Party documents',
  },
  'official-letter': {
    vi: 'số/CƠ QUAN-ĐƠN VỊ SOẠN THẢO của công văn (Nghị định 30/2020/NĐ-CP)',
    en: 'number/ISSUER-DRAFTING UNIT of official letters (Decree 30/2020/NĐ-CP)',
  },
};

const FAMILY_NAMES: Record<DocumentFamily, { vi: string; en: string }> = {
  administrative: { vi: 'văn bản hành chính', en: 'administrative documents' },
  normative: { vi: 'văn bản quy phạm pháp luật', en: 'legal normative documents' },
  party: { vi: 'văn bản của Đảng', en: 'Party documents' },
  'official-letter': { vi: 'công văn', en: 'official letters' },
};

const REASONS: Record<MalformedReason, { vi: string; en: string }> = {
  'too-long': { vi: 'quá dài để là một số, ký hiệu', en: 'it is too long to be a document number' },
  spaces: {
    vi: 'số, ký hiệu viết liền, không có dấu cách',
    en: 'a document number is written without spaces',
  },
  dash: {
    vi: 'dùng dấu gạch nối "-" thay cho dấu gạch dài hoặc dấu trừ',
    en: 'use the hyphen "-", not a dash or minus sign',
  },
  'no-number': { vi: 'thiếu số văn bản ở đầu', en: 'the number at the start is missing' },
  'no-symbol': { vi: 'thiếu ký hiệu sau số', en: 'the symbol after the number is missing' },
  'no-issuer': {
    vi: 'thiếu tên viết tắt của cơ quan ban hành, ví dụ 12/KH-UBND',
    en: 'the issuer abbreviation is missing, e.g. 12/KH-UBND',
  },
  'no-type': {
    vi: 'thiếu loại văn bản, ví dụ 20/2021/NĐ-CP',
    en: 'the document type is missing, e.g. 20/2021/NĐ-CP',
  },
  'bad-group': {
    vi: 'mỗi nhóm chữ viết tắt bắt đầu bằng chữ in hoa và chỉ gồm chữ cái, chữ số hoặc "&", các nhóm nối bằng "-"',
    en: 'each abbreviation starts with a capital letter and holds only letters, digits or "&", joined by "-"',
  },
  'extra-part': { vi: 'có phần thừa sau ký hiệu', en: 'there is an extra part after the symbol' },
};

/** @internal The input as shown inside a message, cut when long. */
export function quote(text: string): string {
  return `"${text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text}"`;
}

/** @internal */
export function emptyProblem(): DocumentNumberProblem {
  return {
    code: 'empty',
    message: { vi: 'Chưa ghi số, ký hiệu văn bản', en: 'The document number is empty' },
  };
}

/** @internal `family` picks the expected form quoted in the message. */
export function malformedProblem(
  text: string,
  family: DocumentFamily,
  reason?: MalformedReason,
): DocumentNumberProblem {
  const form = FORMS[family];
  const why = reason ? REASONS[reason] : undefined;
  return {
    code: 'malformed',
    message: {
      vi: `Số, ký hiệu ${quote(text)} không đúng dạng ${form.vi}${why ? `: ${why.vi}` : ''}`,
      en: `Document number ${quote(text)} is not of the form ${form.en}${why ? `: ${why.en}` : ''}`,
    },
  };
}

/** @internal */
export function badNumberProblem(text: string, numberText: string): DocumentNumberProblem {
  return {
    code: 'bad-number',
    message: {
      vi: `Số văn bản "${numberText}" trong ${quote(text)} phải là số nguyên dương có tối đa 9 chữ số`,
      en: `The number "${numberText}" in ${quote(text)} must be a positive whole number of at most 9 digits`,
    },
  };
}

/** @internal */
export function badYearProblem(text: string, yearText: string): DocumentNumberProblem {
  return {
    code: 'bad-year',
    message: {
      vi: `Năm ban hành "${yearText}" trong ${quote(text)} phải là năm có 4 chữ số, từ ${MIN_YEAR} đến ${MAX_YEAR}`,
      en: `The year "${yearText}" in ${quote(text)} must be a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}`,
    },
  };
}

/** @internal `known` tells an abbreviation missing from the table from one used outside its families. */
export function unknownTypeProblem(
  text: string,
  type: string,
  family: DocumentFamily,
  known: boolean,
): DocumentNumberProblem {
  const names = FAMILY_NAMES[family];
  if (known) {
    return {
      code: 'unknown-type',
      message: {
        vi: `Loại văn bản "${type}" trong ${quote(text)} thường không dùng cho ${names.vi}; kiểm tra lại số, ký hiệu`,
        en: `The type "${type}" in ${quote(text)} is not usually used for ${names.en}; check the document number`,
      },
    };
  }
  const letter =
    family === 'administrative'
      ? {
          vi: '; công văn không ghi loại, ký hiệu là tên viết tắt cơ quan - đơn vị soạn thảo',
          en: '; an official letter (công văn) has no type: its symbol is issuer - drafting unit',
        }
      : { vi: '', en: '' };
  return {
    code: 'unknown-type',
    message: {
      vi: `Loại văn bản "${type}" trong ${quote(text)} không có trong bảng chữ viết tắt đã biết (Phụ lục III Nghị định 30/2020/NĐ-CP)${letter.vi}`,
      en: `The type "${type}" in ${quote(text)} is not a known abbreviation (Decree 30/2020/NĐ-CP, Appendix III)${letter.en}`,
    },
  };
}

/** @internal `expected` is how the number should be written. */
export function leadingZeroProblem(numberText: string, expected: string): DocumentNumberProblem {
  if (numberText.length < expected.length) {
    return {
      code: 'leading-zero',
      message: {
        vi: `Số nhỏ hơn 10 ghi thêm số 0 ở trước: "${expected}" thay cho "${numberText}" (Nghị định 30/2020/NĐ-CP)`,
        en: `Numbers below 10 are written with a leading zero: "${expected}", not "${numberText}" (Decree 30/2020/NĐ-CP)`,
      },
    };
  }
  return {
    code: 'leading-zero',
    message: {
      vi: `Số "${numberText}" có số 0 thừa ở đầu; ghi là "${expected}"`,
      en: `The number "${numberText}" has extra leading zeros; write "${expected}"`,
    },
  };
}
