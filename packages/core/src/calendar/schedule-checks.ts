/**
 * Consistency checks of holiday schedules, beyond their shape: one schedule per holiday and
 * year, swaps that exchange a weekday for a weekend day, dates near the holiday.
 *
 * @internal
 * @packageDocumentation
 */
import { type IsoDate, formatVietnameseDate, toDayNumber } from '../dates.js';
import { formatPath } from '../model/errors.js';
import type { OfficialSchedule } from './official-schedules.js';
import { occasionOf } from './provisional.js';
import { type ScheduleProblem, scheduleProblem } from './schedule-errors.js';
import { HOLIDAY_NAMES, isWeekend, statutoryHolidayDates } from './vietnam-holidays.js';

/** How far from its holiday's statutory dates a schedule may place a day. */
export const MAX_DAYS_FROM_HOLIDAY = 45;

/**
 * @internal
 * Problems of `schedules`, with paths under `prefix` (e.g. `['schedules']`).
 */
export function checkSchedules(schedules: readonly OfficialSchedule[], prefix: (string | number)[] = []): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const seen = new Map<string, number>();
  schedules.forEach((schedule, index) => {
    const at = (...rest: (string | number)[]) => [...prefix, index, ...rest];
    const { year, holiday, daysOff } = schedule;
    const name = HOLIDAY_NAMES[holiday];

    const key = `${year}|${occasionOf(holiday) ?? holiday}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      const where = formatPath([...prefix, first]);
      problems.push(
        scheduleProblem(
          'schedule/duplicate',
          at('holiday'),
          `Đã có lịch nghỉ ${name.vi} năm ${year} tại ${where}; mỗi dịp nghỉ của một năm chỉ có một lịch (30/4 và 1/5 là một dịp).`,
          `${where} already gives the ${name.en} schedule of ${year}; one schedule per holiday and year (30 April and 1 May are one).`,
        ),
      );
    }

    const [from, to] = daysOff;
    if (from > to) {
      problems.push(
        scheduleProblem(
          'schedule/reversed-range',
          at('daysOff'),
          `Ngày bắt đầu nghỉ ${formatVietnameseDate(from)} sau ngày kết thúc ${formatVietnameseDate(to)}.`,
          `The break starts on ${from}, after it ends on ${to}.`,
        ),
      );
    }
    const inBreak = (date: IsoDate) => date >= from && date <= to;

    const anchors = statutoryHolidayDates(year)[holiday].map(toDayNumber);
    const far = (date: IsoDate) => Math.min(...anchors.map((a) => Math.abs(toDayNumber(date) - a))) > MAX_DAYS_FROM_HOLIDAY;
    const checkNear = (date: IsoDate, path: (string | number)[]) => {
      if (far(date)) {
        problems.push(
          scheduleProblem(
            'schedule/far-from-holiday',
            path,
            `Ngày ${formatVietnameseDate(date)} cách ${name.vi} năm ${year} hơn ${MAX_DAYS_FROM_HOLIDAY} ngày; kiểm tra lại năm hoặc ngày.`,
            `${date} is more than ${MAX_DAYS_FROM_HOLIDAY} days from ${name.en} ${year}; check the year or the date.`,
          ),
        );
      }
    };
    checkNear(from, at('daysOff', 0));
    checkNear(to, at('daysOff', 1));

    (schedule.holidayDates ?? []).forEach((date, i) => {
      checkNear(date, at('holidayDates', i));
      if (!inBreak(date)) {
        problems.push(
          scheduleProblem(
            'schedule/holiday-outside-break',
            at('holidayDates', i),
            `Ngày lễ ${formatVietnameseDate(date)} nằm ngoài đợt nghỉ ${formatVietnameseDate(from)} - ${formatVietnameseDate(to)}.`,
            `The holiday ${date} is outside the break ${from} to ${to}.`,
          ),
        );
      }
    });
    if (holiday === 'national-day' && schedule.holidayDates && !schedule.holidayDates.includes(`${year}-09-02` as IsoDate)) {
      problems.push(
        scheduleProblem(
          'schedule/national-day-without-2-9',
          at('holidayDates'),
          `Ngày nghỉ lễ Quốc khánh phải gồm ngày 02/9/${year}.`,
          `The National Day holidays must include 2 September ${year}.`,
        ),
      );
    }

    (schedule.swaps ?? []).forEach(({ dayOff, workingDay }, i) => {
      checkNear(dayOff, at('swaps', i, 'dayOff'));
      checkNear(workingDay, at('swaps', i, 'workingDay'));
      if (isWeekend(dayOff)) {
        problems.push(
          scheduleProblem(
            'schedule/swap-day-off-on-weekend',
            at('swaps', i, 'dayOff'),
            `Ngày được nghỉ khi hoán đổi (${formatVietnameseDate(dayOff)}) phải là ngày làm việc từ thứ Hai đến thứ Sáu.`,
            `The day given off in a swap (${dayOff}) must be a weekday.`,
          ),
        );
      }
      if (!isWeekend(workingDay)) {
        problems.push(
          scheduleProblem(
            'schedule/swap-working-day-not-weekend',
            at('swaps', i, 'workingDay'),
            `Ngày làm bù (${formatVietnameseDate(workingDay)}) phải là thứ Bảy hoặc Chủ nhật.`,
            `The make-up working day (${workingDay}) must be a Saturday or Sunday.`,
          ),
        );
      }
      if (!inBreak(dayOff)) {
        problems.push(
          scheduleProblem(
            'schedule/swap-outside-break',
            at('swaps', i, 'dayOff'),
            `Ngày được nghỉ khi hoán đổi (${formatVietnameseDate(dayOff)}) nằm ngoài đợt nghỉ ${formatVietnameseDate(from)} - ${formatVietnameseDate(to)}.`,
            `The day given off in a swap (${dayOff}) is outside the break ${from} to ${to}.`,
          ),
        );
      }
      if (inBreak(workingDay)) {
        problems.push(
          scheduleProblem(
            'schedule/make-up-inside-break',
            at('swaps', i, 'workingDay'),
            `Ngày làm bù (${formatVietnameseDate(workingDay)}) nằm trong đợt nghỉ.`,
            `The make-up working day (${workingDay}) is inside the break.`,
          ),
        );
      }
    });
  });
  return problems;
}
