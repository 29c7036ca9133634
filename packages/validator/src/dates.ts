import { formatVietnameseDate, type DayInfo, type IsoDate, type LocalizedText } from '@kehoach/core';

const texts = new Map<string, LocalizedText>();

/** @internal A date as each language writes it: `15/11/2025` / `2025-11-15`. Shared, frozen objects. */
export function dateText(date: IsoDate): LocalizedText {
  let text = texts.get(date);
  if (text === undefined) {
    text = Object.freeze({ vi: formatVietnameseDate(date), en: date });
    if (texts.size > 50_000) texts.clear();
    texts.set(date, text);
  }
  return text;
}

const WEEKDAYS: readonly LocalizedText[] = [
  { vi: 'Chủ nhật', en: 'Sunday' },
  { vi: 'Thứ Hai', en: 'Monday' },
  { vi: 'Thứ Ba', en: 'Tuesday' },
  { vi: 'Thứ Tư', en: 'Wednesday' },
  { vi: 'Thứ Năm', en: 'Thursday' },
  { vi: 'Thứ Sáu', en: 'Friday' },
  { vi: 'Thứ Bảy', en: 'Saturday' },
];

/** @internal The day of the week of a date. */
export function weekday(date: IsoDate): LocalizedText {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[Number.isNaN(day) ? 0 : day]!;
}

/** @internal Why a day is not a working day: "Thứ Bảy", "Quốc khánh", "nghỉ bù". */
export function dayReason(info: DayInfo): LocalizedText {
  if (info.kind === 'weekend') return weekday(info.date);
  const name = info.name;
  if (name !== undefined) return { vi: `${weekday(info.date).vi}, ${name.vi}`, en: `${weekday(info.date).en}, ${name.en}` };
  return weekday(info.date);
}

/** @internal The day before. */
export function previousDay(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10) as IsoDate;
}
