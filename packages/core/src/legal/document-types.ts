/**
 * The table of document type abbreviations ("chữ viết tắt tên loại văn bản").
 */
import type { DocumentFamily, DocumentTypeName } from './types.js';

/** A known type abbreviation: its name and the families whose numbers use it. */
export interface DocumentTypeInfo {
  vi: string;
  en: string;
  families: DocumentFamily[];
}

const A: DocumentFamily = 'administrative';
const N: DocumentFamily = 'normative';
const P: DocumentFamily = 'party';

/**
 * Known type abbreviations, keyed by the abbreviation exactly as written
 * (case matters: `TTr`, `QyĐ`, `CTr`).
 *
 * - Administrative: the 27 abbreviations of Decree 30/2020/NĐ-CP, Appendix III,
 *   section I (a công văn has none: its symbol is `number/ISSUER-UNIT`).
 * - Normative (Law 80/2015/QH13 and earlier numbering still cited): `NĐ`, `NQ`,
 *   `QĐ`, `CT`, `TT`, `TTLT`, `NQLT`, `PL` (ordinances numbered before 2016,
 *   `16/2003/PL-UBTVQH11`) and `L` (orders of the President, `L-CTN`). Laws carry
 *   no type abbreviation at all (`45/2019/QH14`), so there is no entry for them.
 * - Party: `NQ`, `QĐ`, `QĐi`, `CT`, `KL`, `QC`, `HD`, `TB`, `KH`, `BC`, `TTr`,
 *   `CTr`, `ĐA`, `CV`. In Party numbers `QĐ` is used for both Quyết định and
 *   Quy định (`66-QĐ/TW` is a Quy định); see `documentTypeName`.
 *
 * @example
 * DOCUMENT_TYPES['KH']; // { vi: 'Kế hoạch', en: 'Plan', families: ['administrative', 'party'] }
 */
export const DOCUMENT_TYPES: Readonly<Record<string, Readonly<DocumentTypeInfo>>> = freezeTable({
  NQ: { vi: 'Nghị quyết', en: 'Resolution', families: [A, N, P] },
  QĐ: { vi: 'Quyết định', en: 'Decision', families: [A, N, P] },
  CT: { vi: 'Chỉ thị', en: 'Directive', families: [A, N, P] },
  QC: { vi: 'Quy chế', en: 'Rules', families: [A, P] },
  QyĐ: { vi: 'Quy định', en: 'Regulation', families: [A] },
  TC: { vi: 'Thông cáo', en: 'Communiqué', families: [A] },
  TB: { vi: 'Thông báo', en: 'Notice', families: [A, P] },
  HD: { vi: 'Hướng dẫn', en: 'Guidance', families: [A, P] },
  CTr: { vi: 'Chương trình', en: 'Programme', families: [A, P] },
  KH: { vi: 'Kế hoạch', en: 'Plan', families: [A, P] },
  PA: { vi: 'Phương án', en: 'Option plan', families: [A] },
  ĐA: { vi: 'Đề án', en: 'Scheme', families: [A, P] },
  DA: { vi: 'Dự án', en: 'Project', families: [A] },
  BC: { vi: 'Báo cáo', en: 'Report', families: [A, P] },
  BB: { vi: 'Biên bản', en: 'Minutes', families: [A] },
  TTr: { vi: 'Tờ trình', en: 'Submission', families: [A, P] },
  HĐ: { vi: 'Hợp đồng', en: 'Contract', families: [A] },
  CĐ: { vi: 'Công điện', en: 'Official telegram', families: [A] },
  GN: { vi: 'Bản ghi nhớ', en: 'Memorandum of understanding', families: [A] },
  TTh: { vi: 'Bản thỏa thuận', en: 'Agreement', families: [A] },
  GUQ: { vi: 'Giấy ủy quyền', en: 'Letter of authorisation', families: [A] },
  GM: { vi: 'Giấy mời', en: 'Letter of invitation', families: [A] },
  GGT: { vi: 'Giấy giới thiệu', en: 'Letter of introduction', families: [A] },
  GNP: { vi: 'Giấy nghỉ phép', en: 'Leave permit', families: [A] },
  PG: { vi: 'Phiếu gửi', en: 'Dispatch slip', families: [A] },
  PC: { vi: 'Phiếu chuyển', en: 'Transfer slip', families: [A] },
  PB: { vi: 'Phiếu báo', en: 'Notification slip', families: [A] },
  NĐ: { vi: 'Nghị định', en: 'Decree', families: [N] },
  TT: { vi: 'Thông tư', en: 'Circular', families: [N] },
  TTLT: { vi: 'Thông tư liên tịch', en: 'Joint circular', families: [N] },
  NQLT: { vi: 'Nghị quyết liên tịch', en: 'Joint resolution', families: [N] },
  PL: { vi: 'Pháp lệnh', en: 'Ordinance', families: [N] },
  L: { vi: 'Lệnh', en: 'Order', families: [N] },
  KL: { vi: 'Kết luận', en: 'Conclusion', families: [P] },
  QĐi: { vi: 'Quy định', en: 'Regulation', families: [P] },
  CV: { vi: 'Công văn', en: 'Official letter', families: [P] },
});

/** @internal Freezes a table, its entries and their family lists. */
function freezeTable(table: Record<string, DocumentTypeInfo>): Readonly<Record<string, Readonly<DocumentTypeInfo>>> {
  for (const info of Object.values(table)) Object.freeze(Object.freeze(info).families);
  return Object.freeze(table);
}

/** @internal Names that differ in Party numbers. */
const PARTY_NAMES: Readonly<Record<string, DocumentTypeName>> = {
  QĐ: { vi: 'Quyết định hoặc Quy định', en: 'Decision or Regulation' },
};

/**
 * @internal The known entry for an abbreviation, or `undefined`.
 * Only own keys count, so `constructor` or `__proto__` are never "known".
 */
export function lookupDocumentType(type: string): Readonly<DocumentTypeInfo> | undefined {
  return Object.hasOwn(DOCUMENT_TYPES, type) ? DOCUMENT_TYPES[type] : undefined;
}

/**
 * The name of a type abbreviation as used by a family of numbers, or `undefined`
 * when the abbreviation is not in {@link DOCUMENT_TYPES}.
 *
 * @example
 * documentTypeName('KH', 'administrative'); // { vi: 'Kế hoạch', en: 'Plan' }
 * documentTypeName('QĐ', 'party'); // { vi: 'Quyết định hoặc Quy định', en: 'Decision or Regulation' }
 * documentTypeName('XYZ', 'administrative'); // undefined
 */
export function documentTypeName(type: string, family: DocumentFamily): DocumentTypeName | undefined {
  const info = lookupDocumentType(type);
  if (!info) return undefined;
  const override = family === 'party' && Object.hasOwn(PARTY_NAMES, type) ? PARTY_NAMES[type] : undefined;
  return override ? { ...override } : { vi: info.vi, en: info.en };
}
