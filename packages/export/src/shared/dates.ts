import { formatVietnameseDate, type IsoDate } from '@kehoach/core';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** @internal `[year, month, day]` of an ISO date. */
export function splitDate(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** @internal Day number since 1970-01-01, independent of the machine's time zone. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = splitDate(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** @internal The date `days` after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10) as IsoDate;
}

/** @internal "thứ Hai" … "Chủ nhật". */
export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[(((dayNumber(date) + 4) % 7) + 7) % 7]!;
}

/** @internal `20/12/2021`. */
export const viDate = (date: IsoDate): string => formatVietnameseDate(date);

/** @internal `20/12/2021 (thứ Hai)`. */
export function viDateWithWeekday(date: IsoDate): string {
  return `${formatVietnameseDate(date)} (${weekdayName(date)})`;
}

/**
 * The date of a document's date line, "ngày 29 tháng 11 năm 2021": days below 10 and the
 * months 1 and 2 take a leading zero (Decree 30/2020/NĐ-CP, Appendix I).
 *
 * @internal
 */
export function dateLineDate(date: IsoDate): string {
  const [year, month, day] = splitDate(date);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}
