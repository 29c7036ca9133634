/**
 * Civil dates as ISO `YYYY-MM-DD` strings.
 *
 * All arithmetic goes through a day number (days since 1970-01-01) computed with
 * `Date.UTC`, so results never depend on the machine's time zone.
 */

/** A calendar date written `YYYY-MM-DD`, e.g. `2021-12-20`. */
export type IsoDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2021-02-30` is not).
 *
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2021-02-30'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Number of days in month `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Day number of a date: days since 1970-01-01, whatever the machine's time zone.
 *
 * @example
 * toDayNumber('1970-01-02'); // 1
 */
export function toDayNumber(date: IsoDate): number {
  const [y, m, d] = splitIsoDate(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** @internal The date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10) as IsoDate;
}

/** @internal Builds a date from its parts; months and days out of range roll over as in `Date.UTC`. */
export function makeIsoDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * `[year, month, day]` of a date.
 *
 * @example
 * splitIsoDate('2021-12-20'); // [2021, 12, 20]
 */
export function splitIsoDate(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/**
 * `date` moved by `days` (negative moves back).
 *
 * @example
 * addDays('2021-12-31', 1); // '2022-01-01'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek('2025-11-15'); // 6, a Saturday
 */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** @internal Compares two dates as strings compare: negative, zero or positive. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Formats a date the way Vietnamese documents write it: `20/12/2021`.
 *
 * @example
 * formatVietnameseDate('2021-06-09'); // '09/06/2021'
 */
export function formatVietnameseDate(date: IsoDate): string {
  const [y, m, d] = splitIsoDate(date);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/**
 * The date of a document's date line, "ngày 29 tháng 11 năm 2021": days below 10 and the
 * months 1 and 2 take a leading zero (Decree 30/2020/NĐ-CP, Appendix I).
 *
 * @example
 * formatDateLine('2021-02-05'); // 'ngày 05 tháng 02 năm 2021'
 */
export function formatDateLine(date: IsoDate): string {
  const [year, month, day] = splitIsoDate(date);
  return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

/** @internal */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
