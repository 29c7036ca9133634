/**
 * The days off of one Gregorian year in Vietnam (public holidays, compensatory days,
 * announced swaps), as a table; ordinary weekdays and weekends are not in it.
 *
 * Rules:
 * - public holidays: Labour Code 2019 (Bộ luật Lao động 2019), Article 112(1), from 2021;
 *   Labour Code 2012, Article 115(1), before (Quốc khánh was then one day). The rules of
 *   2021 on are also applied to years before 2013, which had other ones;
 * - Tết Nguyên đán (5 days), when no schedule was announced: the last day of the lunar
 *   year and the first four days of the new one;
 * - Quốc khánh (2 days): 2/9 and, when no schedule was announced, the day before (1/9);
 *   Article 112(3) leaves the choice of the day before or after to the Prime Minister;
 * - a holiday on the weekly rest day (Saturday, Sunday) gives a compensatory day off on
 *   the next working day: Labour Code 2019, Article 111(3) (2012: Article 115(3)).
 *
 * @internal
 * @packageDocumentation
 */
import { type IsoDate, addDays, dayOfWeek, makeIsoDate } from '../dates.js';
import { lunarNewYear, lunarToSolar, lunarYearEnd } from './lunar.js';
import type { OfficialSchedule, VietnamHolidayKey } from './official-schedules.js';
import type { DayInfo, LocalizedName } from './types.js';

/** @internal Names of the public holidays. */
export const HOLIDAY_NAMES: Readonly<Record<VietnamHolidayKey, LocalizedName>> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hung Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
};

/** @internal Weekly rest days for public bodies: Saturday and Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/** @internal The legal bases in force in `year`. */
export function legalBasis(year: number): { holiday: string; compensatory: string; weekend: string } {
  return year >= 2021
    ? {
        holiday: 'Bộ luật Lao động 2019, Điều 112',
        compensatory: 'Bộ luật Lao động 2019, Điều 111 khoản 3',
        weekend: 'Bộ luật Lao động 2019, Điều 111; Quyết định 188/1999/QĐ-TTg',
      }
    : {
        holiday: 'Bộ luật Lao động 2012, Điều 115',
        compensatory: 'Bộ luật Lao động 2012, Điều 115 khoản 3',
        weekend: 'Bộ luật Lao động 2012, Điều 110; Quyết định 188/1999/QĐ-TTg',
      };
}

/** @internal A public holiday on one date. */
interface HolidayDate {
  readonly key: VietnamHolidayKey;
  readonly date: IsoDate;
  readonly basis: string;
}

/** @internal The statutory dates of each holiday of `year`, before any announced schedule. */
export function statutoryHolidayDates(year: number): Record<VietnamHolidayKey, IsoDate[]> {
  const tetStart = lunarYearEnd(year);
  const firstOfYear = lunarNewYear(year);
  return {
    'new-year': [makeIsoDate(year, 1, 1)],
    tet: [tetStart, firstOfYear, addDays(firstOfYear, 1), addDays(firstOfYear, 2), addDays(firstOfYear, 3)],
    'hung-kings': [lunarToSolar({ year, month: 3, day: 10, leap: false })],
    reunification: [makeIsoDate(year, 4, 30)],
    labour: [makeIsoDate(year, 5, 1)],
    'national-day': year >= 2021 ? [makeIsoDate(year, 9, 1), makeIsoDate(year, 9, 2)] : [makeIsoDate(year, 9, 2)],
  };
}

/** Every date from `from` to `to`, inclusive. */
function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/** Joins the names of holidays that fall on the same date. */
function joinNames(a: LocalizedName, b: LocalizedName): LocalizedName {
  return { vi: `${a.vi}; ${b.vi}`, en: `${a.en}; ${b.en}` };
}

/**
 * @internal
 * The table of days off of `year` that are not plain weekends (plus weekends inside an
 * announced break, which carry its name), from the statutory rules and `schedules`
 * (the announced schedules of that year).
 */
export function buildVietnamYear(year: number, schedules: readonly OfficialSchedule[]): Map<IsoDate, DayInfo> {
  const basis = legalBasis(year);
  const dates = statutoryHolidayDates(year);
  const holidayBasis = new Map<VietnamHolidayKey, string>();

  for (const schedule of schedules) {
    if (schedule.holiday === 'tet') {
      dates.tet = dateRange(...schedule.daysOff).filter((d) => !isWeekend(d));
      holidayBasis.set('tet', schedule.source.title);
    } else if (schedule.holidayDates) {
      dates[schedule.holiday] = [...schedule.holidayDates];
      holidayBasis.set(schedule.holiday, schedule.source.title);
    }
  }

  const holidays: HolidayDate[] = [];
  for (const key of Object.keys(dates) as VietnamHolidayKey[]) {
    for (const date of dates[key]) holidays.push({ key, date, basis: holidayBasis.get(key) ?? basis.holiday });
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const table = new Map<IsoDate, DayInfo>();
  for (const { key, date, basis: source } of holidays) {
    const existing = table.get(date);
    const name = existing?.name ? joinNames(existing.name, HOLIDAY_NAMES[key]) : HOLIDAY_NAMES[key];
    table.set(date, { date, working: false, kind: 'holiday', name, basis: existing?.basis ?? source });
  }

  const swaps = schedules.flatMap((s) => (s.swaps ?? []).map((swap) => ({ ...swap, source: s.source.title })));
  const makeUpDays = new Set(swaps.map((s) => s.workingDay));
  for (const { dayOff, workingDay, source } of swaps) {
    table.set(dayOff, {
      date: dayOff,
      working: false,
      kind: 'day-off',
      name: { vi: `Nghỉ hoán đổi (làm bù ngày ${workingDay})`, en: `Swapped day off (worked on ${workingDay})` },
      basis: source,
    });
  }

  // Article 111(3): a holiday on the weekly rest day moves to the next working day.
  // Holidays are visited in date order, so a run of them fills the following days in turn.
  const isWorking = (date: IsoDate): boolean => !table.has(date) && (!isWeekend(date) || makeUpDays.has(date));
  for (const date of [...new Set(holidays.map((h) => h.date))]) {
    if (!isWeekend(date)) continue;
    let compensatory = addDays(date, 1);
    while (!isWorking(compensatory)) compensatory = addDays(compensatory, 1);
    const holidayName = table.get(date)!.name!;
    table.set(compensatory, {
      date: compensatory,
      working: false,
      kind: 'compensatory',
      name: { vi: `Nghỉ bù ${holidayName.vi}`, en: `Compensatory day off (${holidayName.en})` },
      basis: basis.compensatory,
    });
  }

  for (const { workingDay, dayOff, source } of swaps) {
    table.set(workingDay, {
      date: workingDay,
      working: true,
      kind: 'working',
      name: { vi: `Làm bù (cho ngày ${dayOff})`, en: `Make-up working day (for ${dayOff})` },
      basis: source,
    });
  }

  // Weekends inside an announced break carry the break's name.
  for (const schedule of schedules) {
    for (const date of dateRange(...schedule.daysOff)) {
      if (!table.has(date) && isWeekend(date)) {
        table.set(date, { date, working: false, kind: 'weekend', name: HOLIDAY_NAMES[schedule.holiday], basis: schedule.source.title });
      }
    }
  }

  for (const [date, info] of table) table.set(date, Object.freeze(info));
  return table;
}
