/**
 * Calendars: the Vietnamese lunar calendar and working-day calendars.
 *
 * @packageDocumentation
 */
export type { DayInfo, DayKind, LocalizedName, WorkingDayCalendar } from './types.js';
export { type LunarDate, VIETNAM_TIME_ZONE, lunarMonths, lunarNewYear, lunarToSolar, lunarYearEnd, solarToLunar } from './lunar.js';
export {
  type CalendarDefinition,
  type NamedDate,
  type NonWorkingDay,
  defineCalendar,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  weekendCalendar,
} from './calendars.js';
export { type VietnamCalendarOptions, vietnamCalendar, vietnamHolidays } from './vietnam.js';
export { type OfficialSchedule, type VietnamHolidayKey, type WorkdaySwap, officialSchedules } from './official-schedules.js';
