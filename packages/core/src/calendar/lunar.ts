/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * Rules (the same as the Chinese calendar's, but reckoned at UTC+7 instead of UTC+8):
 * 1. a month starts on the local civil day that contains the instant of new moon;
 * 2. the month containing the December solstice (Sun's longitude 270 degrees) is month 11;
 * 3. when 13 months start between one month 11 and the next, the first of them
 *    (after month 11) that contains no major solar term (trung khí: the Sun's longitude
 *    reaching a multiple of 30 degrees) is a leap month and repeats the number of the
 *    month before it.
 *
 * A local day "contains" an instant when the instant falls in [00:00, 24:00) local time,
 * so whether a month contains a major term is decided by comparing the Sun's longitude
 * at the local midnights that open the month and the next month.
 *
 * Astronomy: see `astronomy.ts` (Meeus). New moons are good to well under a minute, the
 * Sun's longitude to about a quarter of an hour, so a month boundary can only be wrong
 * when a new moon or major term falls within minutes of local midnight. At UTC+8 the
 * results agree day by day for 1930-2100 with the Chinese calendar as an independent
 * implementation computes it from modern ephemerides, except in month 9 of 2057, whose
 * new moon falls seconds from Beijing midnight. At UTC+7 the
 * new moons of 2054-05-07, 2077-11-15 and 2085-10-18 fall within 30 seconds of Hanoi
 * midnight (17:00 UT), closer than Delta T can be predicted: those three month starts
 * may be a day off, and official calendars of those years should be checked.
 *
 * History: Vietnam reckoned the calendar at UTC+8 until the North moved to UTC+7 in 1967
 * (the South after 1975), which is why Tết 1968 fell on 29 January in the North and
 * 30 January in the South. Pass `timeZone` 8 for the dates used before then.
 *
 * @packageDocumentation
 */
import { type IsoDate, fromDayNumber, isIsoDate, splitIsoDate, toDayNumber } from '../dates.js';
import {
  JD_OF_DAY_ZERO,
  NEW_MOON_EPOCH_JDE,
  SYNODIC_MONTH,
  apparentSolarLongitude,
  jdeToUt,
  newMoonJde,
  utToJde,
} from './astronomy.js';

/** A date of the Vietnamese lunar calendar. */
export interface LunarDate {
  /** Lunar year, named after the Gregorian year in which it starts (its Tết). */
  year: number;
  /** Month 1-12; a leap month repeats the number of the month before it. */
  month: number;
  /** Day of the month, 1-30. */
  day: number;
  /** Whether the month is a leap month (tháng nhuận). */
  leap: boolean;
}

/** Vietnam's civil time zone, hours east of UTC. */
export const VIETNAM_TIME_ZONE = 7;

/** First and last years (Gregorian, or lunar for lunar dates) that the functions accept. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2199;

/** @internal One lunar month: its first day and its name. */
interface LunarMonth {
  /** Day number (days since 1970-01-01) of day 1 of the month. */
  readonly start: number;
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

/**
 * @internal
 * The months from the month 11 that contains the December solstice of `year - 1`
 * up to (excluding) the month 11 that contains the December solstice of `year`.
 */
interface SolsticeSpan {
  readonly months: readonly LunarMonth[];
  /** Day number of the first day of the next month 11. */
  readonly end: number;
}

/** Spans computed so far, by time zone then by year. */
const spanCache = new Map<number, Map<number, SolsticeSpan>>();

/** Local (UTC + `timeZone`) day number of the day containing new moon number `k`. */
function newMoonDay(k: number, timeZone: number): number {
  const jdUt = jdeToUt(newMoonJde(k));
  return Math.floor(jdUt + timeZone / 24 - JD_OF_DAY_ZERO);
}

/** The Sun's apparent longitude at 00:00 local time opening day number `day`. */
function solarLongitudeAtLocalMidnight(day: number, timeZone: number): number {
  return apparentSolarLongitude(utToJde(JD_OF_DAY_ZERO + day - timeZone / 24));
}

/** Index (0-11) of the 30-degree arc of the ecliptic the Sun is in at the start of `day`. */
function solarTermArc(day: number, timeZone: number): number {
  return Math.floor(solarLongitudeAtLocalMidnight(day, timeZone) / 30);
}

/** Number `k` of the new moon that starts month 11 of Gregorian `year` (the one containing its December solstice). */
function month11Lunation(year: number, timeZone: number): number {
  const december31 = toDayNumber(`${year}-12-31` as IsoDate);
  const epochDay = NEW_MOON_EPOCH_JDE - JD_OF_DAY_ZERO;
  let k = Math.floor((december31 - epochDay) / SYNODIC_MONTH);
  while (newMoonDay(k + 1, timeZone) <= december31) k++;
  while (newMoonDay(k, timeZone) > december31) k--;
  // The solstice (about 21 December) is before 31 December; the month opening the
  // last new-moon day of the year contains it unless the Sun had already passed
  // 270 degrees at that day's local midnight.
  const longitude = solarLongitudeAtLocalMidnight(newMoonDay(k, timeZone), timeZone);
  return longitude >= 270 ? k - 1 : k;
}

function assertTimeZone(timeZone: number): void {
  if (!Number.isFinite(timeZone) || timeZone < -12 || timeZone > 14) {
    throw new RangeError(`Invalid time zone offset: ${timeZone} (expected hours from -12 to 14)`);
  }
}

/** Builds the months of the span ending at the month 11 of `year`. */
function computeSpan(year: number, timeZone: number): SolsticeSpan {
  const first = month11Lunation(year - 1, timeZone);
  const next = month11Lunation(year, timeZone);
  const count = next - first; // 12 or 13
  const starts: number[] = [];
  for (let k = first; k <= next; k++) starts.push(newMoonDay(k, timeZone));

  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (solarTermArc(starts[i]!, timeZone) === solarTermArc(starts[i + 1]!, timeZone)) {
        leapIndex = i;
        break;
      }
    }
  }

  const months: LunarMonth[] = [];
  let ordinal = 0; // months counted from month 11, leap months not counted
  let reachedNewYear = false;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) ordinal++;
    const month = ((10 + ordinal) % 12) + 1;
    if (month === 1) reachedNewYear = true;
    months.push({ start: starts[i]!, year: reachedNewYear ? year : year - 1, month, leap });
  }
  return { months, end: starts[count]! };
}

/** Throws `RangeError` unless `year` is an integer within the supported years. */
function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`The lunar calendar is computed for years ${FIRST_YEAR}-${LAST_YEAR}, got ${year}`);
  }
}

/** @internal The cached solstice-to-solstice span ending in `year`. */
function spanOf(year: number, timeZone: number): SolsticeSpan {
  let byYear = spanCache.get(timeZone);
  if (!byYear) {
    assertTimeZone(timeZone);
    byYear = new Map();
    spanCache.set(timeZone, byYear);
  }
  let span = byYear.get(year);
  if (!span) {
    span = computeSpan(year, timeZone);
    byYear.set(year, span);
  }
  return span;
}

/**
 * Converts a Gregorian date to the lunar calendar.
 *
 * @param date - a Gregorian date, 1800-01-01 to 2199-12-31 (checked against published
 *   calendars for 1900-2100).
 * @param timeZone - hours east of UTC used to reckon days; 7 for Vietnam, 8 gives the
 *   Chinese calendar (since 1929).
 * @throws RangeError for an invalid date or one outside the supported years.
 *
 * @example
 * solarToLunar('2024-02-10'); // { year: 2024, month: 1, day: 1, leap: false }
 * solarToLunar('2023-04-19'); // { year: 2023, month: 2, day: 29, leap: true }
 */
export function solarToLunar(date: IsoDate, timeZone: number = VIETNAM_TIME_ZONE): LunarDate {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date: ${String(date)}`);
  const day = toDayNumber(date);
  const [gregorianYear] = splitIsoDate(date);
  assertSupportedYear(gregorianYear);
  let span = spanOf(gregorianYear, timeZone);
  if (day >= span.end) span = spanOf(gregorianYear + 1, timeZone);
  const { months } = span;
  let i = months.length - 1;
  while (i > 0 && months[i]!.start > day) i--;
  const month = months[i]!;
  return { year: month.year, month: month.month, day: day - month.start + 1, leap: month.leap };
}

/**
 * Converts a lunar date to the Gregorian calendar.
 *
 * @param timeZone - hours east of UTC; 7 for Vietnam.
 * @throws RangeError when the month does not exist in that year (e.g. a leap month in a
 *   year whose leap month is another one), the day is past the end of the month
 *   (day 30 of a 29-day month), or the year is outside 1800-2199.
 *
 * @example
 * lunarToSolar({ year: 2025, month: 3, day: 10, leap: false }); // '2025-04-07'
 * lunarToSolar({ year: 2025, month: 6, day: 1, leap: true });   // '2025-07-25'
 */
export function lunarToSolar(lunar: LunarDate, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  const { year, month, day, leap } = lunar;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Invalid lunar date: ${describeLunar(lunar)}`);
  }
  assertSupportedYear(year);
  const span = spanOf(month >= 11 ? year + 1 : year, timeZone);
  const { months } = span;
  const index = months.findIndex((m) => m.year === year && m.month === month && m.leap === Boolean(leap));
  if (index < 0) throw new RangeError(`Lunar month does not exist: ${describeLunar(lunar)}`);
  const start = months[index]!.start;
  const nextStart = index + 1 < months.length ? months[index + 1]!.start : span.end;
  if (day > nextStart - start) {
    throw new RangeError(`Lunar month ${describeLunar(lunar)} has only ${nextStart - start} days`);
  }
  return fromDayNumber(start + day - 1);
}

/** Text of a lunar date for error messages, e.g. `10/3 (leap)/2025`. */
function describeLunar({ year, month, day, leap }: LunarDate): string {
  return `${day}/${month}${leap ? ' (leap)' : ''}/${year}`;
}

/**
 * Gregorian date of Tết Nguyên đán: day 1 of month 1 of the lunar year that starts in
 * Gregorian `year`.
 *
 * @example
 * lunarNewYear(2026); // '2026-02-17'
 * lunarNewYear(2030, 8); // '2030-02-03' (China), while Vietnam's is '2030-02-02'
 */
export function lunarNewYear(year: number, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  assertSupportedYear(year);
  const first = spanOf(year, timeZone).months.find((m) => m.month === 1 && !m.leap);
  // Every span has a month 1: it is the third or fourth month after month 11.
  return fromDayNumber(first!.start);
}

/**
 * Last day of the lunar year that ends just before Tết of Gregorian `year`
 * (ngày cuối năm âm lịch: 29 or 30 tháng Chạp), i.e. the day before `lunarNewYear(year)`.
 *
 * @example
 * lunarYearEnd(2024); // '2024-02-09'
 */
export function lunarYearEnd(year: number, timeZone: number = VIETNAM_TIME_ZONE): IsoDate {
  return fromDayNumber(toDayNumber(lunarNewYear(year, timeZone)) - 1);
}

/**
 * The months of lunar `year` in order, each with its first Gregorian day and length
 * (13 months in a leap year).
 *
 * @example
 * lunarMonths(2023).find((m) => m.leap); // { month: 2, leap: true, start: '2023-03-22', length: 29 }
 */
export function lunarMonths(
  year: number,
  timeZone: number = VIETNAM_TIME_ZONE,
): { month: number; leap: boolean; start: IsoDate; length: number }[] {
  assertSupportedYear(year);
  const result: { month: number; leap: boolean; start: IsoDate; length: number }[] = [];
  for (const spanYear of [year, year + 1]) {
    const span = spanOf(spanYear, timeZone);
    span.months.forEach((m, i) => {
      if (m.year !== year) return;
      const nextStart = i + 1 < span.months.length ? span.months[i + 1]!.start : span.end;
      result.push({ month: m.month, leap: m.leap, start: fromDayNumber(m.start), length: nextStart - m.start });
    });
  }
  return result;
}
