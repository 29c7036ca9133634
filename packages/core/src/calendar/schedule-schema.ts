/**
 * Holiday schedules as data: the zod schema of a schedule and of a schedule file, its JSON
 * Schema, and the parser that turns JSON into schedules for `vietnamCalendar({ schedules })`.
 *
 * @packageDocumentation
 */
import { z } from 'zod';
import { formatPath } from '../model/errors.js';
import { isoDateSchema } from '../model/schema.js';
import type { OfficialSchedule } from './official-schedules.js';
import { checkSchedules } from './schedule-checks.js';
import { ScheduleError, type ScheduleProblem, scheduleProblem } from './schedule-errors.js';

/** The `$id` of the schedule file JSON Schema. */
export const SCHEDULES_JSON_SCHEMA_ID = 'https://kehoach.dev/schema/schedules-1.json';

// One line of text, no control characters.
const line = z
  .string()
  .min(1)
  .max(500)
  .regex(/^[^\u0000-\u001f\u007f]*$/);

/** A document that announced or decided a schedule. */
export const scheduleSourceSchema = z
  .strictObject({
    number: line.meta({ description: "Number and symbol (số, ký hiệu), e.g. '9441/TB-BNV'." }),
    date: isoDateSchema.meta({ description: 'Date of issue, YYYY-MM-DD.' }),
    issuer: line.meta({ description: "Issuing body, e.g. 'Bộ Nội vụ'." }),
    title: line.meta({
      description: "Short title with number and date, e.g. 'Thông báo số 9441/TB-BNV ngày 16/10/2025 về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026'.",
    }),
  })
  .meta({ title: 'Source document' });

const workdaySwapSchema = z
  .strictObject({
    dayOff: isoDateSchema.meta({ description: 'The weekday given off.' }),
    workingDay: isoDateSchema.meta({ description: 'The Saturday or Sunday worked instead (làm bù).' }),
  })
  .meta({ title: 'Swap of a working day (hoán đổi ngày làm việc)' });

/** The zod schema of one announced holiday schedule ({@link OfficialSchedule}). */
export const officialScheduleSchema = z
  .strictObject({
    year: z.int().min(1800).max(2199).meta({ description: 'Gregorian year of the holiday.' }),
    holiday: z
      .enum(['new-year', 'tet', 'hung-kings', 'reunification', 'labour', 'national-day'])
      .meta({ description: 'The holiday: new-year (1/1), tet, hung-kings, reunification (30/4), labour (1/5), national-day (2/9).' }),
    daysOff: z
      .tuple([isoDateSchema, isoDateSchema])
      .meta({ description: 'First and last day of the announced break, inclusive, weekends included.' }),
    holidayDates: z
      .array(isoDateSchema)
      .min(1)
      .max(5)
      .optional()
      .meta({ description: "The holiday's own dates where the schedule chooses them, e.g. 2/9 and the day next to it." }),
    swaps: z.array(workdaySwapSchema).max(10).optional().meta({ description: 'Working days exchanged for weekend days.' }),
    source: scheduleSourceSchema.meta({ description: 'The document the schedule is taken from.' }),
    related: z.array(scheduleSourceSchema).max(10).optional().meta({ description: 'Other documents of the same decision.' }),
  })
  .meta({ title: 'Holiday schedule' });

/** The zod schema of a schedule file: `{ "schedules": [ … ] }`. */
export const scheduleFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'The JSON Schema of the file, for editors; ignored.' }),
    schedules: z.array(officialScheduleSchema).max(1000),
  })
  .meta({ title: 'kehoach holiday schedules' });

let cached: Record<string, unknown> | undefined;

/**
 * The JSON Schema (draft 2020-12) of a schedule file, generated from the zod schema.
 * Cross-field checks (swaps on the right days, one schedule per holiday and year) are
 * `parseSchedules()`'s job.
 *
 * @returns A fresh copy each call; safe to mutate.
 * @example
 * writeFileSync('schedules.schema.json', JSON.stringify(scheduleJsonSchema(), null, 2));
 */
export function scheduleJsonSchema(): Record<string, unknown> {
  if (!cached) {
    const { $schema: _ignored, ...rest } = z.toJSONSchema(scheduleFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
    cached = { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: SCHEDULES_JSON_SCHEMA_ID, ...rest };
  }
  return structuredClone(cached);
}

/**
 * Reads holiday schedules from JSON text or parsed JSON: a schedule file
 * `{ "schedules": [ … ] }` or a bare array of schedules. Strings are normalised to Unicode
 * NFC, unknown fields are refused, dates must exist, and the schedules are checked against
 * each other and the calendar (`schedule/duplicate`, `schedule/swap-day-off-on-weekend`,
 * `schedule/far-from-holiday`…). On any problem it throws one `ScheduleError` carrying
 * every problem with a code, a path and a Vietnamese and English message.
 *
 * @example
 * const schedules = parseSchedules(readFileSync('lich-nghi.json', 'utf8'));
 * const vn = vietnamCalendar({ schedules });
 */
export function parseSchedules(input: unknown): OfficialSchedule[] {
  const data = normalize(typeof input === 'string' ? parseJsonText(input) : input);
  const bare = Array.isArray(data);
  const result = bare ? z.array(officialScheduleSchema).safeParse(data) : scheduleFileSchema.safeParse(data);
  if (!result.success) throw new ScheduleError(result.error.issues.map((issue) => toProblem(issue, data)));
  const schedules = (bare ? result.data : (result.data as z.output<typeof scheduleFileSchema>).schedules) as OfficialSchedule[];
  const problems = checkSchedules(schedules, bare ? [] : ['schedules']);
  if (problems.length > 0) throw new ScheduleError(problems);
  return schedules;
}

/**
 * Like `parseSchedules()`, but returns the problems instead of throwing.
 *
 * @example
 * const result = safeParseSchedules(text);
 * if (!result.ok) for (const p of result.problems) console.log(p.code, p.message.vi);
 */
export function safeParseSchedules(
  input: unknown,
): { ok: true; schedules: OfficialSchedule[] } | { ok: false; problems: readonly ScheduleProblem[] } {
  try {
    return { ok: true, schedules: parseSchedules(input) };
  } catch (error) {
    if (error instanceof ScheduleError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * @internal
 * Checks schedules given in code, as `parseSchedules()` checks JSON; throws `ScheduleError`.
 */
export function assertSchedules(schedules: readonly OfficialSchedule[]): void {
  const shape = z.array(officialScheduleSchema).safeParse(schedules);
  if (!shape.success) throw new ScheduleError(shape.error.issues.map((issue) => toProblem(issue, schedules)));
  const problems = checkSchedules(schedules);
  if (problems.length > 0) throw new ScheduleError(problems);
}

function parseJsonText(input: string): unknown {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    throw new ScheduleError([scheduleProblem('json/empty', [], 'Tệp lịch nghỉ rỗng.', 'The schedule file is empty.')]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ScheduleError([scheduleProblem('json/syntax', [], `JSON không hợp lệ: ${detail}`, `Invalid JSON: ${detail}`)]);
  }
}

/** A copy of JSON data with every string in NFC; keys such as `__proto__` stay plain data. */
function normalize(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (value === null || typeof value !== 'object' || depth > 16) return value;
  if (Array.isArray(value)) return value.map((item) => normalize(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key.normalize('NFC'), {
      value: normalize((value as Record<string, unknown>)[key], depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function toProblem(issue: z.core.$ZodIssue, data: unknown): ScheduleProblem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = formatPath(path);
  const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (missing && path.length > 0 && !hasPath(data, path)) {
    return scheduleProblem('schema/missing', path, `Thiếu trường bắt buộc ${where}.`, `Missing required field ${where}.`);
  }
  switch (issue.code) {
    case 'invalid_type':
      return scheduleProblem('schema/invalid-type', path, `Trường ${where} phải là ${issue.expected}.`, `Field ${where} must be ${issue.expected}.`);
    case 'unrecognized_keys':
      return scheduleProblem(
        'schema/unknown-field',
        path,
        `Trường không được hỗ trợ tại ${where}: ${issue.keys.join(', ')}.`,
        `Unknown field at ${where}: ${issue.keys.join(', ')}.`,
      );
    case 'invalid_value':
      return scheduleProblem(
        'schema/invalid-value',
        path,
        `Giá trị tại ${where} phải là một trong: ${issue.values.map(String).join(', ')}.`,
        `Value at ${where} must be one of: ${issue.values.map(String).join(', ')}.`,
      );
    case 'invalid_format':
      if (issue.format === 'date') {
        return scheduleProblem(
          'schema/invalid-date',
          path,
          `Ngày tại ${where} không tồn tại hoặc không viết dạng YYYY-MM-DD.`,
          `The date at ${where} does not exist or is not written YYYY-MM-DD.`,
        );
      }
      return scheduleProblem('schema/invalid-format', path, `Giá trị tại ${where} không đúng định dạng.`, `Value at ${where} has the wrong format.`);
    case 'too_small':
      if (issue.origin === 'string') {
        return scheduleProblem('schema/empty', path, `Trường ${where} không được để trống.`, `Field ${where} must not be empty.`);
      }
      return scheduleProblem(
        'schema/out-of-range',
        path,
        `Giá trị tại ${where} nhỏ hơn mức tối thiểu ${String(issue.minimum)}.`,
        `Value at ${where} is below the minimum ${String(issue.minimum)}.`,
      );
    case 'too_big':
      return scheduleProblem(
        'schema/out-of-range',
        path,
        `Giá trị tại ${where} vượt mức tối đa ${String(issue.maximum)}.`,
        `Value at ${where} is above the maximum ${String(issue.maximum)}.`,
      );
    default:
      return scheduleProblem('schema/invalid', path, `Giá trị tại ${where} không hợp lệ.`, `Value at ${where} is invalid.`);
  }
}

function hasPath(data: unknown, path: readonly (string | number)[]): boolean {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current !== undefined;
}
