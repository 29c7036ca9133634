/**
 * Helpers for legal references cited in plans ("căn cứ" and documents mentioned in the body).
 */
import { isIsoDate, splitIsoDate, type IsoDate } from '../dates.js';
import type { DocumentNumber } from './types.js';

/**
 * A cited document as written in a plan, before validation. The model type of a
 * legal reference lives in the schema; this is the input the helpers work from.
 */
export interface LegalRefInput {
  /** The document number, e.g. `161/QĐ-TTg`. */
  number: string;
  /** Date of issue. */
  date?: IsoDate;
  /** Issuing body, e.g. `Thủ tướng Chính phủ`. */
  issuer?: string;
  /** The document's title (trích yếu). */
  title?: string;
  /** The kind of document, e.g. `Quyết định`. */
  kind?: string;
  id?: string;
  /** How the plan refers to it, e.g. `Quyết định số 161`. */
  shortName?: string;
}

/**
 * The year written in a document number, which only normative numbers carry.
 *
 * @example
 * const decree = parseDocumentNumber('20/2021/NĐ-CP');
 * if (decree.ok) documentYear(decree.value); // 2021
 * const plan = parseDocumentNumber('12127/KH-UBND');
 * if (plan.ok) documentYear(plan.value); // undefined
 */
export function documentYear(n: DocumentNumber): number | undefined {
  return n.family === 'normative' ? n.year : undefined;
}

/**
 * Whether the year in a document number agrees with the document's date. A
 * number without a year (administrative or Party) always agrees; a number with a
 * year never agrees with a `date` that is not a real calendar date.
 *
 * @example
 * const typo = parseDocumentNumber('07/2029/NQ-HĐND');
 * if (typo.ok) yearMatchesDate(typo.value, '2019-12-10'); // false: the number says 2029
 * const decision = parseDocumentNumber('161/QĐ-TTg');
 * if (decision.ok) yearMatchesDate(decision.value, '2021-01-28'); // true: no year to compare
 */
export function yearMatchesDate(n: DocumentNumber, date: IsoDate): boolean {
  const year = documentYear(n);
  if (year === undefined) return true;
  return isIsoDate(date) && splitIsoDate(date)[0] === year;
}
