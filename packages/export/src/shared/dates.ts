import { dayOfWeek, formatVietnameseDate, type IsoDate } from '@kehoach/core';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** @internal "thứ Hai" … "Chủ nhật". */
export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[dayOfWeek(date)]!;
}

/** @internal `20/12/2021`. */
export const viDate = (date: IsoDate): string => formatVietnameseDate(date);

/** @internal `20/12/2021 (thứ Hai)`. */
export function viDateWithWeekday(date: IsoDate): string {
  return `${formatVietnameseDate(date)} (${weekdayName(date)})`;
}
