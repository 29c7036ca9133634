/**
 * @internal "X chủ trì" clauses in a text. "được phân công chủ trì" and "được giao chủ trì"
 * describe an assignment made elsewhere, so they do not count.
 */
const LEAD_CLAUSE = /(?<!(?:công|giao|được)\s)(?<![\p{L}])chủ trì(?![\p{L}])/giu;

/** @internal How many lead clauses a text has. */
export function leadClauses(text: string): number {
  const nfc = COMBINING.test(text) ? text.normalize('NFC') : text;
  if (!nfc.includes('hủ trì') && !nfc.includes('HỦ TRÌ')) return 0;
  let n = 0;
  for (const _ of nfc.matchAll(LEAD_CLAUSE)) n++;
  return n;
}

/** Text without combining marks is already composed; only decomposed (NFD) text needs normalising. */
const COMBINING = /[\u0300-\u036f]/;
