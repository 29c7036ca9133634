/**
 * Errors of holiday schedules given as data.
 *
 * @packageDocumentation
 */
import { formatPath } from '../model/errors.js';
import type { LocalizedText } from '../model/text.js';

/** One thing wrong with schedule data: a stable code, where it is, and what to tell the user. */
export interface ScheduleProblem {
  /** Stable, e.g. `schedule/duplicate`, `schema/invalid-date` or `json/syntax`. */
  code: string;
  /** Path into the data, e.g. `['schedules', 0, 'swaps', 0, 'dayOff']`. */
  path: (string | number)[];
  message: LocalizedText;
}

const SCHEDULE_ERROR = Symbol.for('kehoach.ScheduleError');

/**
 * Thrown by `parseSchedules()` and `vietnamCalendar({ schedules })` when schedules are not
 * valid. It carries every problem found. Recognise it with `isScheduleError()`, which works
 * across two loaded copies of the package where `instanceof` would not.
 *
 * @example
 * try {
 *   parseSchedules(text);
 * } catch (error) {
 *   if (isScheduleError(error)) for (const p of error.problems) console.log(p.code, formatPath(p.path), p.message.vi);
 * }
 */
export class ScheduleError extends Error {
  readonly code = 'schedule/invalid';
  readonly problems: readonly ScheduleProblem[];
  readonly [SCHEDULE_ERROR] = true;

  constructor(problems: readonly ScheduleProblem[]) {
    const first = problems[0];
    const head = first ? `${first.code} at ${formatPath(first.path)}: ${first.message.en}` : 'invalid schedules';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`Invalid holiday schedules: ${head}${more}`);
    this.name = 'ScheduleError';
    this.problems = problems;
  }
}

/**
 * Whether `value` is a `ScheduleError`, from this or any other loaded copy of `@kehoach/core`.
 *
 * @example
 * if (isScheduleError(error)) console.log(error.problems.length);
 */
export function isScheduleError(value: unknown): value is ScheduleError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SCHEDULE_ERROR] === true;
}

/** @internal */
export function scheduleProblem(code: string, path: (string | number)[], vi: string, en: string): ScheduleProblem {
  return { code, path, message: { vi, en } };
}
