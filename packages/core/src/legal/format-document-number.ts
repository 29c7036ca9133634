/**
 * Writes a document number back as text.
 */
import type { DocumentNumber } from './types.js';

/**
 * The canonical text of a document number, in NFC: `number/TYPE-ISSUER`,
 * `number/year/TYPE-ISSUER` (`number/year/ISSUER` when `type` is empty, as for
 * laws: `45/2019/QH14`) or `number-TYPE/ISSUER`.
 *
 * The number is written as `numberText` when that spells `number`, otherwise as
 * `number` with a leading zero below 10. So for every text `x` that
 * `parseDocumentNumber` accepts, formatting the value gives back its `raw`
 * (the trimmed NFC `x`).
 *
 * @example
 * formatDocumentNumber({ raw: '', family: 'party', number: 39, numberText: '39', type: 'CT', issuer: ['TW'] });
 * // '39-CT/TW'
 * formatDocumentNumber({ raw: '', family: 'normative', number: 45, numberText: '45', year: 2019, type: '', issuer: ['QH14'] });
 * // '45/2019/QH14'
 */
export function formatDocumentNumber(n: DocumentNumber): string {
  const number = numberText(n);
  const issuer = n.issuer.join('-');
  if (n.family === 'party') return `${number}-${n.type}/${issuer}`.normalize('NFC');
  const symbol = [n.type, ...n.issuer].filter((group) => group !== '').join('-');
  const year = n.family === 'normative' && n.year !== undefined ? `${n.year}/` : '';
  return `${number}/${year}${symbol}`.normalize('NFC');
}

/** @internal The number as written when `numberText` agrees with `number`, else with Decree 30's leading zero. */
function numberText(n: DocumentNumber): string {
  if (/^[0-9]+$/.test(n.numberText) && Number(n.numberText) === n.number) return n.numberText;
  return n.number >= 0 && n.number < 10 ? `0${n.number}` : String(n.number);
}
