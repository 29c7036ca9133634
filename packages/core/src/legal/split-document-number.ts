/**
 * @internal Splits a document number into its parts, checking only its shape.
 */
import type { MalformedReason } from './problems.js';
import type { DocumentFamily } from './types.js';

/** @internal The parts of a well-shaped document number, not yet checked for values. */
export interface DocumentNumberParts {
  family: DocumentFamily;
  numberText: string;
  yearText?: string;
  type: string;
  issuer: string[];
}

/** @internal Either the parts, or why the shape is wrong and which form the text seemed to aim at. */
export type SplitResult =
  | { ok: true; parts: DocumentNumberParts }
  | { ok: false; family: DocumentFamily; reason?: MalformedReason };

/** One abbreviation group: a capital letter, then letters, digits or `&` (`TTr`, `NN&PTNT`, `QH14`). */
const GROUP = /^\p{Lu}[\p{L}\p{N}&]*$/u;
/** Issuers that number their documents without a type: the National Assembly and its Standing Committee. */
const UNTYPED_ISSUER = /^(?:QH|UBTVQH)[0-9]{1,2}$/;
const DIGITS = /^[0-9]+$/;

/**
 * @internal Splits `text` (NFC, trimmed, without spaces) into number, year, type and issuer.
 *
 * Each pattern is anchored and has no nested repetition, so matching is linear.
 *
 * @example
 * splitDocumentNumber('7308/KH-BNN-TCLN');
 * // { ok: true, parts: { family: 'administrative', numberText: '7308', type: 'KH', issuer: ['BNN', 'TCLN'] } }
 */
export function splitDocumentNumber(text: string): SplitResult {
  let end = 0;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  const numberText = text.slice(0, end);
  const separator = text.charAt(end);
  const rest = text.slice(end + 1);

  if (separator === '-') return splitParty(numberText, rest);
  const family: DocumentFamily = countSlashes(text) >= 2 ? 'normative' : 'administrative';
  if (separator !== '/' && separator !== '') return { ok: false, family };
  if (separator === '') return { ok: false, family, reason: numberText === '' ? undefined : 'no-symbol' };
  if (numberText === '') return { ok: false, family, reason: 'no-number' };

  const slash = rest.indexOf('/');
  if (slash < 0) return splitAdministrative(numberText, rest);
  return splitNormative(numberText, rest.slice(0, slash), rest.slice(slash + 1));
}

/** `number-TYPE/ISSUER`: `39-CT/TW`. */
function splitParty(numberText: string, rest: string): SplitResult {
  const family: DocumentFamily = 'party';
  if (numberText === '') return { ok: false, family, reason: 'no-number' };
  const slash = rest.indexOf('/');
  if (slash < 0) return { ok: false, family, reason: 'no-issuer' };
  const type = rest.slice(0, slash);
  const issuerText = rest.slice(slash + 1);
  if (type === '') return { ok: false, family, reason: 'no-type' };
  if (issuerText === '') return { ok: false, family, reason: 'no-issuer' };
  if (issuerText.includes('/')) return { ok: false, family, reason: 'extra-part' };
  const issuer = issuerText.split('-');
  if (!GROUP.test(type) || !issuer.every(isGroup)) return { ok: false, family, reason: 'bad-group' };
  return { ok: true, parts: { family, numberText, type, issuer } };
}

/** `number/TYPE-ISSUER`: `12127/KH-UBND`. */
function splitAdministrative(numberText: string, symbol: string): SplitResult {
  const family: DocumentFamily = 'administrative';
  if (symbol === '') return { ok: false, family, reason: 'no-symbol' };
  // `12/2021`: a year with nothing after it.
  if (DIGITS.test(symbol)) return { ok: false, family: 'normative', reason: 'no-symbol' };
  const groups = symbol.split('-');
  if (!groups.every(isGroup)) return { ok: false, family, reason: 'bad-group' };
  const [type = '', ...issuer] = groups;
  if (issuer.length === 0) return { ok: false, family, reason: 'no-issuer' };
  return { ok: true, parts: { family, numberText, type, issuer } };
}

/** `number/year/TYPE-ISSUER` (`20/2021/NĐ-CP`) or `number/year/ISSUER` for the National Assembly (`45/2019/QH14`). */
function splitNormative(numberText: string, yearText: string, symbol: string): SplitResult {
  const family: DocumentFamily = 'normative';
  if (!DIGITS.test(yearText)) return { ok: false, family };
  if (symbol === '') return { ok: false, family, reason: 'no-symbol' };
  if (symbol.includes('/')) return { ok: false, family, reason: 'extra-part' };
  const groups = symbol.split('-');
  if (!groups.every(isGroup)) return { ok: false, family, reason: 'bad-group' };
  const [first = '', ...issuer] = groups;
  if (issuer.length > 0) return { ok: true, parts: { family, numberText, yearText, type: first, issuer } };
  if (UNTYPED_ISSUER.test(first)) return { ok: true, parts: { family, numberText, yearText, type: '', issuer: [first] } };
  return { ok: false, family, reason: 'no-type' };
}

function isGroup(group: string): boolean {
  return GROUP.test(group);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function countSlashes(text: string): number {
  let count = 0;
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) count++;
  return count;
}
