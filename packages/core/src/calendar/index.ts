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
  isProvisional,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  weekendCalendar,
} from './calendars.js';
export { type VietnamCalendarOptions, vietnamCalendar, vietnamHolidays } from './vietnam.js';
export {
  type OfficialSchedule,
  type ScheduleSource,
  type VietnamHolidayKey,
  type WorkdaySwap,
  officialSchedules,
} from './official-schedules.js';
export {
  SCHEDULES_JSON_SCHEMA_ID,
  officialScheduleSchema,
  parseSchedules,
  safeParseSchedules,
  scheduleFileSchema,
  scheduleJsonSchema,
  scheduleSourceSchema,
} from './schedule-schema.js';
export { ScheduleError, isScheduleError, type ScheduleProblem } from './schedule-errors.js';
