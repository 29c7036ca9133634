/**
 * Parses a document number ("số, ký hiệu") such as `12127/KH-UBND`.
 */
import { documentTypeName, lookupDocumentType } from './document-types.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  badNumberProblem,
  badYearProblem,
  emptyProblem,
  leadingZeroProblem,
  malformedProblem,
  unknownTypeProblem,
} from './problems.js';
import { asOfficialLetter, isOfficialLetterKind } from './official-letter.js';
import { splitDocumentNumber, type DocumentNumberParts } from './split-document-number.js';
import type { DocumentFamily, DocumentNumber, DocumentNumberProblem, ParseDocumentNumberResult } from './types.js';

/** Options of {@link parseDocumentNumber}. */
export interface ParseDocumentNumberOptions {
  /**
   * The kind the citation gives the document ("Công văn số 123/UBND-KGVX" → `Công văn`). A
   * công văn is read as `number/ISSUER-UNIT` even when its issuer's symbol is also a type's.
   */
  kind?: string;
}

/** @internal Longer input is rejected before any other work; real numbers are far shorter. */
export const MAX_DOCUMENT_NUMBER_LENGTH = 200;
/** @internal Most digits a document number may have. */
export const MAX_NUMBER_DIGITS = 9;

const WHITESPACE = /\s/u;
/** Dashes and minus signs that look like the hyphen: ‐ ‑ ‒ – — ― − and the small/full-width hyphen-minus. */
const LOOKALIKE_DASH = /[\u2010-\u2015\u2212\uFE63\uFF0D]/u;
const SIGNED_NUMBER = /^[-+\u2212][0-9]/u;

/**
 * Parses a document number ("số, ký hiệu") in one of three forms:
 *
 * - administrative, `number/TYPE-ISSUER` (Decree 30/2020/NĐ-CP): `12127/KH-UBND`,
 *   `7308/KH-BNN-TCLN`, `161/QĐ-TTg`;
 * - normative, `number/year/TYPE-ISSUER` (Law 80/2015/QH13): `20/2021/NĐ-CP`, and
 *   `number/year/ISSUER` for the National Assembly and its Standing Committee,
 *   whose laws, ordinances and resolutions carry no type: `45/2019/QH14` gives
 *   `type: ''` and `issuer: ['QH14']`;
 * - Party, `number-TYPE/ISSUER`: `39-CT/TW`;
 * - official letter (công văn), `number/ISSUER-UNIT`: `123/UBND-KGVX`, `100/TTg-KGVX`. A công văn
 *   has no type: its symbol is the issuer and the drafting unit. An administrative symbol whose
 *   first group is no known type reads as one, as does any symbol cited as a "Công văn"
 *   (`options.kind`); `value.type` is then `''`, `value.issuer` is `['UBND', 'KGVX']` and
 *   `value.typeName` is Công văn. A symbol that ends with an issuer's symbol (`12/XYZ-UBND`)
 *   stays `TYPE-ISSUER` with an unknown type, which is a warning.
 *
 * The input is trimmed and normalised to NFC first, so decomposed (NFD) text gives
 * the same result. Spaces inside the number are not tolerated (Decree 30 writes the
 * symbol "không cách chữ"): `12127 / KH-UBND` is `malformed`, with a hint, as are
 * dashes and minus signs used for the hyphen.
 *
 * Failures: `empty`, `malformed`, `bad-number` (zero, negative or more than 9 digits),
 * `bad-year` (not a four-digit year in 1945..2100). Warnings, on a parsed value:
 * `unknown-type` (an abbreviation not in `DOCUMENT_TYPES`, or one not used by the
 * number's family) and `leading-zero` (an administrative number below 10 without
 * its leading zero, or extra zeros in any family). Never throws.
 *
 * @example
 * parseDocumentNumber('7308/KH-BNN-TCLN');
 * // { ok: true, warnings: [], value: { raw: '7308/KH-BNN-TCLN', family: 'administrative',
 * //   number: 7308, numberText: '7308', type: 'KH', issuer: ['BNN', 'TCLN'],
 * //   typeName: { vi: 'Kế hoạch', en: 'Plan' } } }
 * parseDocumentNumber('20/2021/NĐ-CP').ok; // true, with year 2021
 * parseDocumentNumber('12/KH').ok; // false: problems[0].code === 'malformed'
 * parseDocumentNumber('123/UBND-KGVX');
 * // { ok: true, warnings: [], value: { raw: '123/UBND-KGVX', family: 'official-letter', number: 123,
 * //   numberText: '123', type: '', issuer: ['UBND', 'KGVX'], typeName: { vi: 'Công văn', en: 'Official letter' } } }
 */
export function parseDocumentNumber(text: string, options: ParseDocumentNumberOptions = {}): ParseDocumentNumberResult {
  if (typeof text !== 'string') return fail(malformedProblem('', 'administrative'));
  const trimmed = text.trim();
  if (trimmed === '') return fail(emptyProblem());
  if (trimmed.length > MAX_DOCUMENT_NUMBER_LENGTH) {
    return fail(malformedProblem(trimmed, 'administrative', 'too-long'));
  }
  const raw = trimmed.normalize('NFC');
  if (WHITESPACE.test(raw)) return fail(malformedProblem(raw, guessFamily(raw), 'spaces'));
  if (SIGNED_NUMBER.test(raw)) return fail(badNumberProblem(raw, signedNumberText(raw)));
  if (LOOKALIKE_DASH.test(raw)) return fail(malformedProblem(raw, guessFamily(raw), 'dash'));

  const letter = isOfficialLetterKind(options.kind);
  const split = splitDocumentNumber(raw);
  if (!split.ok) {
    const single = split.reason === 'no-issuer' && split.family === 'administrative' ? singleGroupLetter(raw, letter) : undefined;
    return single ? build(raw, single) : fail(malformedProblem(raw, letter ? 'official-letter' : split.family, split.reason));
  }
  return build(raw, asOfficialLetter(split.parts, letter) ?? split.parts);
}

/** `123/UBND`: a công văn whose symbol names its issuer only (a lone known type stays malformed). */
function singleGroupLetter(raw: string, letter: boolean): DocumentNumberParts | undefined {
  const slash = raw.indexOf('/');
  const numberText = raw.slice(0, slash);
  const group = raw.slice(slash + 1);
  if (!/^[0-9]+$/u.test(numberText) || !/^\p{Lu}[\p{L}\p{N}&]*$/u.test(group)) return undefined;
  return asOfficialLetter({ family: 'administrative', numberText, type: group, issuer: [] }, letter);
}

/** Checks the values of well-shaped parts and assembles the result. */
function build(raw: string, parts: DocumentNumberParts): ParseDocumentNumberResult {
  const { family, numberText, yearText, type, issuer } = parts;
  const problems: DocumentNumberProblem[] = [];
  const number = Number(numberText);
  if (numberText.length > MAX_NUMBER_DIGITS || number <= 0) problems.push(badNumberProblem(raw, numberText));
  const year = yearText === undefined ? undefined : Number(yearText);
  if (yearText !== undefined && !isAcceptedYear(yearText)) problems.push(badYearProblem(raw, yearText));
  if (problems.length > 0) return fail(...problems);

  const value: DocumentNumber = { raw, family, number, numberText, type, issuer };
  if (year !== undefined) value.year = year;
  const typeName = family === 'official-letter' ? { ...OFFICIAL_LETTER } : type === '' ? undefined : documentTypeName(type, family);
  if (typeName) value.typeName = typeName;
  return { ok: true, value, warnings: warningsFor(value) };
}

const OFFICIAL_LETTER = { vi: 'Công văn', en: 'Official letter' };

/** Warnings on a parsed value: unknown type, leading zero. */
function warningsFor(value: DocumentNumber): DocumentNumberProblem[] {
  const warnings: DocumentNumberProblem[] = [];
  if (value.type !== '') {
    const info = lookupDocumentType(value.type);
    if (!info || !info.families.includes(value.family)) {
      warnings.push(unknownTypeProblem(value.raw, value.type, value.family, info !== undefined));
    }
  }
  const expected = value.number < 10 ? `0${value.number}` : String(value.number);
  const missingZero = value.numberText.length < expected.length && (value.family === 'administrative' || value.family === 'official-letter');
  if (missingZero || value.numberText.length > expected.length) {
    warnings.push(leadingZeroProblem(value.numberText, expected));
  }
  return warnings;
}

/** A four-digit year in `MIN_YEAR..MAX_YEAR`. */
function isAcceptedYear(yearText: string): boolean {
  const year = Number(yearText);
  return yearText.length === 4 && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The form a text without a clean shape most likely aims at, to quote the right one in messages. */
function guessFamily(text: string): DocumentFamily {
  const compact = text.replace(/\s+/gu, '');
  if (/^[0-9]+-/u.test(compact)) return 'party';
  return compact.split('/').length >= 3 ? 'normative' : 'administrative';
}

/** `-5` from `-5/KH-UBND`. */
function signedNumberText(text: string): string {
  let end = 1;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return text.slice(0, end);
}

function fail(...problems: DocumentNumberProblem[]): ParseDocumentNumberResult {
  return { ok: false, problems };
}
