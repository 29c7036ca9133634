/**
 * @internal The official-letter (công văn) reading of an administrative symbol.
 */
import { lookupDocumentType } from './document-types.js';
import type { DocumentNumberParts } from './split-document-number.js';

/**
 * Symbols of issuing bodies that head a symbol but are never a drafting unit. A symbol
 * `XYZ-UBND` ends with an issuer, so it is `TYPE-ISSUER` with an unknown type (a typo for a
 * type), not a công văn of issuer `XYZ` drafted by `UBND`.
 */
const ISSUER_ONLY = new Set(['UBND', 'HĐND', 'CP', 'TTg', 'TU', 'HU', 'ĐU', 'QH', 'VPCP']);

/**
 * @internal Reads an administrative symbol as a công văn's `ISSUER-UNIT` when its first group is
 * no known type abbreviation (`123/UBND-KGVX`, `100/TTg-KGVX`), or when the citation says it is a
 * công văn (`letter`). Returns `undefined` when the symbol reads as `TYPE-ISSUER`.
 *
 * @example
 * asOfficialLetter({ family: 'administrative', numberText: '123', type: 'UBND', issuer: ['KGVX'] }, false);
 * // { family: 'official-letter', numberText: '123', type: '', issuer: ['UBND', 'KGVX'] }
 */
export function asOfficialLetter(parts: DocumentNumberParts, letter: boolean): DocumentNumberParts | undefined {
  if (parts.family !== 'administrative') return undefined;
  const groups = [parts.type, ...parts.issuer];
  if (!letter) {
    if (lookupDocumentType(parts.type) !== undefined) return undefined;
    if (parts.issuer.some((group) => ISSUER_ONLY.has(group))) return undefined;
  }
  return { family: 'official-letter', numberText: parts.numberText, type: '', issuer: groups };
}

/** @internal Whether a citation's kind names a công văn: "Công văn", "công văn". */
export function isOfficialLetterKind(kind: string | undefined): boolean {
  return kind !== undefined && kind.normalize('NFC').trim().toLowerCase() === 'công văn';
}
