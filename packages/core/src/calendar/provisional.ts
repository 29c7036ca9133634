/**
 * Which days of the Vietnamese calendar wait on a schedule nobody has announced (or that
 * the built-in data does not hold), and are therefore provisional (dự kiến).
 *
 * Four occasions are decided each year by the Government: Tết Dương lịch, Tết Nguyên đán,
 * 30/4 - 1/5 and Quốc khánh. For an occasion of a year with no known schedule, the
 * fallback rule computes its days, and every day within 14 days of the occasion is
 * provisional: an announcement can move the holiday (Tết, the day next to 2/9), give a
 * weekday off in a swap, or make a Saturday a working day. Two weeks is a margin over the
 * farthest day an announcement changed in 2020-2026: Saturday 22/8/2026, worked for the
 * National Day break 11 days later.
 *
 * Giỗ Tổ Hùng Vương has no window: its day is fixed by the lunar calendar, and no
 * announcement of 2020-2026 moved a day around it.
 *
 * @internal
 * @packageDocumentation
 */
import { type IsoDate, addDays, makeIsoDate } from '../dates.js';
import { lunarNewYear } from './lunar.js';
import type { OfficialSchedule, VietnamHolidayKey } from './official-schedules.js';
import type { LocalizedName } from './types.js';

/** @internal The occasions whose days an announcement decides. */
export type Occasion = 'new-year' | 'tet' | 'april-30' | 'national-day';

/** @internal Days either side of an occasion whose status an announcement can change. */
export const PROVISIONAL_WINDOW_DAYS = 14;

/**
 * @internal
 * Years whose days are known for each occasion without a schedule in the table: the
 * occasion followed the statutory rules that year (press reports checked, see
 * docs/calendars.md). Years with a schedule are known anyway.
 */
export const STATUTORY_YEARS_CONFIRMED: Readonly<Record<Occasion, { readonly from: number; readonly to: number }>> = {
  'new-year': { from: 2020, to: 2026 },
  tet: { from: 2020, to: 2026 },
  'april-30': { from: 2020, to: 2025 },
  'national-day': { from: 2021, to: 2026 },
};

/** @internal The occasion a holiday belongs to; Giỗ Tổ Hùng Vương belongs to none. */
export function occasionOf(holiday: VietnamHolidayKey): Occasion | undefined {
  switch (holiday) {
    case 'new-year':
      return 'new-year';
    case 'tet':
      return 'tet';
    case 'reunification':
    case 'labour':
      return 'april-30';
    case 'national-day':
      return 'national-day';
    case 'hung-kings':
      return undefined;
  }
}

const OCCASION_NAMES: Readonly<Record<Occasion, (year: number) => LocalizedName>> = {
  'new-year': (year) => ({ vi: `lịch nghỉ Tết Dương lịch ${year}`, en: `${year} New Year schedule` }),
  tet: (year) => ({ vi: `lịch nghỉ Tết Nguyên đán ${year}`, en: `${year} Lunar New Year schedule` }),
  'april-30': (year) => ({ vi: `lịch nghỉ dịp 30/4 - 1/5 năm ${year}`, en: `30 April - 1 May ${year} schedule` }),
  'national-day': (year) => ({ vi: `lịch nghỉ Quốc khánh ${year}`, en: `${year} National Day schedule` }),
};

/** @internal First and last day of the window of an occasion of `year`. */
export function occasionWindow(occasion: Occasion, year: number): [IsoDate, IsoDate] {
  const around = (first: IsoDate, last: IsoDate): [IsoDate, IsoDate] => [
    addDays(first, -PROVISIONAL_WINDOW_DAYS),
    addDays(last, PROVISIONAL_WINDOW_DAYS),
  ];
  switch (occasion) {
    case 'new-year':
      return around(makeIsoDate(year, 1, 1), makeIsoDate(year, 1, 1));
    case 'tet': {
      const firstDay = lunarNewYear(year);
      return around(firstDay, firstDay);
    }
    case 'april-30':
      return around(makeIsoDate(year, 4, 30), makeIsoDate(year, 5, 1));
    case 'national-day':
      return around(makeIsoDate(year, 9, 2), makeIsoDate(year, 9, 2));
  }
}

/** @internal `${year}|${occasion}` of every occasion `schedules` settle. */
export function settledOccasions(schedules: readonly OfficialSchedule[]): Set<string> {
  const settled = new Set<string>();
  for (const { year, holiday } of schedules) {
    const occasion = occasionOf(holiday);
    if (occasion) settled.add(`${year}|${occasion}`);
  }
  return settled;
}

/**
 * @internal
 * The provisional days of Gregorian `year` (including the end of December, which belongs
 * to the window of the next New Year), each with the schedules it waits on.
 */
export function provisionalDays(year: number, settled: ReadonlySet<string>): Map<IsoDate, LocalizedName[]> {
  const days = new Map<IsoDate, LocalizedName[]>();
  const occasions: [Occasion, number][] = [
    ['new-year', year],
    ['tet', year],
    ['april-30', year],
    ['national-day', year],
    ['new-year', year + 1],
  ];
  for (const [occasion, occasionYear] of occasions) {
    const confirmed = STATUTORY_YEARS_CONFIRMED[occasion];
    if (settled.has(`${occasionYear}|${occasion}`)) continue;
    if (occasionYear >= confirmed.from && occasionYear <= confirmed.to) continue;
    const name = OCCASION_NAMES[occasion](occasionYear);
    const [from, to] = occasionWindow(occasion, occasionYear);
    for (let date = from; date <= to; date = addDays(date, 1)) {
      if (!date.startsWith(`${year}-`)) continue;
      const list = days.get(date);
      if (list) list.push(name);
      else days.set(date, [name]);
    }
  }
  return days;
}
