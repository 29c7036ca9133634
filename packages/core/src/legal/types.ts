/**
 * Types of a parsed document number ("số, ký hiệu").
 */

/**
 * How a document number is written, which follows from its form, not from the
 * document's legal nature:
 *
 * - `administrative`: `number/TYPE-ISSUER`, e.g. `12127/KH-UBND` (Decree 30/2020/NĐ-CP);
 * - `normative`: `number/year/TYPE-ISSUER`, e.g. `20/2021/NĐ-CP`, or
 *   `number/year/ISSUER` for laws and resolutions of the National Assembly and
 *   its Standing Committee, e.g. `45/2019/QH14` (Law 80/2015/QH13, Article 8);
 * - `party`: `number-TYPE/ISSUER`, e.g. `39-CT/TW` (Party documents);
 * - `official-letter`: `number/ISSUER-UNIT`, e.g. `123/UBND-KGVX`: a công văn carries no
 *   type, its symbol is the issuer and the drafting unit (Decree 30/2020/NĐ-CP, Appendix I).
 */
export type DocumentFamily = 'administrative' | 'normative' | 'party' | 'official-letter';

/** A document type's name in Vietnamese and English. */
export interface DocumentTypeName {
  vi: string;
  en: string;
}

/** A parsed document number ("số, ký hiệu"). */
export interface DocumentNumber {
  /** The input in Unicode NFC, trimmed. */
  raw: string;
  family: DocumentFamily;
  /** The number as a value: `12127`, `5` for `05`. */
  number: number;
  /** The number as written: `12127`, `05`. */
  numberText: string;
  /** Year of issue, present on `normative` numbers only (2021 in `20/2021/NĐ-CP`). */
  year?: number;
  /**
   * The type abbreviation as written: `KH`, `NĐ`, `QĐ`, `TTr`, `CT`.
   *
   * It is the empty string when the number carries no type, which is how laws,
   * resolutions of the National Assembly, ordinances and resolutions of its
   * Standing Committee are numbered (`45/2019/QH14`, `02/2022/UBTVQH15`):
   * the number alone does not tell a law from a resolution.
   */
  type: string;
  /**
   * The issuer's symbol groups, in order: `['UBND']`, `['BNN', 'TCLN']`, `['QH14']`; for an
   * official letter the issuer then the drafting unit: `['UBND', 'KGVX']`.
   */
  issuer: string[];
  /**
   * The type's name when the abbreviation is a known one, e.g. `KH` → Kế hoạch / Plan; Công văn /
   * Official letter for the `official-letter` family.
   */
  typeName?: DocumentTypeName;
}

/** What can be wrong with a document number. */
export type DocumentNumberProblemCode =
  | 'empty'
  | 'malformed'
  | 'bad-number'
  | 'unknown-type'
  | 'leading-zero'
  | 'bad-year';

/**
 * A problem found in a document number, with a message for planners.
 * `unknown-type` and `leading-zero` are warnings; the others are failures.
 */
export type DocumentNumberProblem = {
  code: DocumentNumberProblemCode;
  message: { vi: string; en: string };
};

/** The result of `parseDocumentNumber`: never thrown, always returned. */
export type ParseDocumentNumberResult =
  | { ok: true; value: DocumentNumber; warnings: DocumentNumberProblem[] }
  | { ok: false; problems: DocumentNumberProblem[] };
