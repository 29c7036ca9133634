/**
 * When a document takes effect ("có hiệu lực kể từ ngày ký", "… kể từ ngày 01 tháng 01 năm 2016").
 */
import { daysInMonth, makeIsoDate, type IsoDate } from '../dates.js';
import type { Effective } from '../model/schema/legal.js';

const SIGNING = /kể\s+từ\s+ngày\s+ký(?:\s+ban\s+hành)?(?![\p{L}\p{N}])/u;
const ON_DATE_WORDS = /(?:kể\s+)?từ\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const ON_DATE_DIGITS = /(?:kể\s+)?từ\s+ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;

/**
 * Reads the effective-date clause of a document ("Quyết định này có hiệu lực kể từ ngày ký.",
 * "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016.") as a rule, the words kept in
 * `text`. Returns `undefined` when the text states neither the signing day nor a whole date.
 * Never throws.
 *
 * @example
 * parseEffective('Quyết định này có hiệu lực kể từ ngày ký.');
 * // { from: 'signing', text: 'kể từ ngày ký' }
 * parseEffective('có hiệu lực thi hành từ ngày 01 tháng 01 năm 2016');
 * // { from: 'date', date: '2016-01-01', text: 'từ ngày 01 tháng 01 năm 2016' }
 */
export function parseEffective(text: string): Effective | undefined {
  if (typeof text !== 'string') return undefined;
  const t = text.normalize('NFC').replace(/\s+/gu, ' ');
  const signing = SIGNING.exec(t);
  if (signing) return { from: 'signing', text: signing[0] };
  const m = ON_DATE_WORDS.exec(t) ?? ON_DATE_DIGITS.exec(t);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[3]), Number(m[2]), Number(m[1])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { from: 'date', date: makeIsoDate(year, month, day), text: m[0] };
}

/**
 * The day a document takes effect: the stated date, or the signing day (its date of issue).
 * `undefined` when the rule is `signing` and the date of issue is unknown.
 *
 * @example
 * effectiveDate({ from: 'signing' }, '2022-05-10'); // '2022-05-10'
 * effectiveDate({ from: 'date', date: '2016-01-01' }, '2015-06-19'); // '2016-01-01'
 */
export function effectiveDate(rule: Effective, signedOn: IsoDate | undefined): IsoDate | undefined {
  return rule.from === 'date' ? rule.date : signedOn;
}
