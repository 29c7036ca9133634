import { z } from 'zod';
import { closestMatch } from './closest.js';
import { PlanError, formatPath, type PlanProblem } from './errors.js';
import { printable } from './printable.js';
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE, NO_INVISIBLE, SAFE_FILE_ID, SUPPORTED_DATE } from './restrictions.js';
import { checkReferences } from './references.js';
import { objectKeysAt } from './schema-keys.js';
import { LINE_FORBIDDEN, PROSE_FORBIDDEN, planSchema, type Plan } from './schema.js';

/** Deepest nesting accepted in plan data; real plans nest a handful of levels. */
export const MAX_DEPTH = 64;

/**
 * Reads a plan from JSON text or already-parsed JSON data.
 *
 * Strings are normalised to Unicode NFC, unknown fields are refused, dates must exist, and
 * the phases deadlines and targets name must be declared (`plan/unknown-phase`).
 * On any problem it throws one `PlanError` carrying every problem with a code and a path;
 * it never throws anything else for bad input.
 *
 * @param input - JSON text, or the value `JSON.parse` gave.
 * @returns The canonical plan model, deeply frozen.
 * @example
 * import { parsePlan, isPlanError } from '@kehoach/core';
 * const plan = parsePlan(await readFile('plan.json', 'utf8'));
 */
export function parsePlan(input: unknown): Plan {
  // A plan this module already parsed is canonical and deeply frozen: parsing it again gives it back.
  if (typeof input === 'object' && input !== null && parsedPlans.has(input)) return input as Plan;
  const data = typeof input === 'string' ? parseJsonText(input) : input;
  const prepared = prepare(data, typeof input === 'string');
  if (prepared.problems.length > 0) throw new PlanError(prepared.problems);
  // zod compiles a fast path for each object schema on first use: worth it for large plans only.
  z.config({ jitless: prepared.values < JIT_FROM_VALUES });
  const result = planSchema.safeParse(prepared.value);
  if (!result.success) throw new PlanError(withoutRedundant(result.error.issues.flatMap((issue) => toProblems(issue, prepared.value))));
  const references = checkReferences(result.data);
  if (references.length > 0) throw new PlanError(references);
  const plan = deepFreeze(result.data);
  parsedPlans.add(plan);
  return plan;
}

/** Plans returned by `parsePlan()`, so that parsing one again costs nothing. */
const parsedPlans = new WeakSet<object>();

/**
 * Like `parsePlan()`, but returns the problems instead of throwing.
 *
 * @example
 * const result = safeParsePlan(json);
 * if (!result.ok) console.log(result.problems);
 */
export function safeParsePlan(input: unknown): { ok: true; plan: Plan } | { ok: false; problems: readonly PlanProblem[] } {
  try {
    return { ok: true, plan: parsePlan(input) };
  } catch (error) {
    if (error instanceof PlanError) return { ok: false, problems: error.problems };
    throw error;
  }
}

/** @internal JSON text to data; an empty or malformed text is a `PlanError` (`json/empty`, `json/syntax`). */
export function parseJsonText(input: string): unknown {
  // A byte order mark, as editors on Windows write it, is not part of the JSON.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') {
    throw new PlanError([
      { code: 'json/empty', path: [], message: { vi: 'Tệp kế hoạch rỗng.', en: 'The plan file is empty.' } },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new PlanError([
      {
        code: 'json/syntax',
        path: [],
        message: { vi: `JSON không hợp lệ: ${detail}`, en: `Invalid JSON: ${detail}` },
      },
    ]);
  }
}

/** @internal */
export interface Prepared {
  value: unknown;
  problems: PlanProblem[];
  /** How many values (strings, numbers, objects, …) the data holds. */
  values: number;
}

/** Plans with fewer values are checked by zod without compiling its fast paths (cheaper once). */
const JIT_FROM_VALUES = 20_000;

/**
 * Brings JSON data to NFC (every string and key), refusing nesting deeper than `MAX_DEPTH`.
 * Data the caller passed in is copied; data this module just parsed from text (`owned`) is
 * normalised in place, so a large plan is not copied twice. Keys such as `__proto__` are set as
 * plain own properties, never as prototypes.
 */
/** @internal */
export function prepare(input: unknown, owned: boolean): Prepared {
  const problems: PlanProblem[] = [];
  const path: (string | number)[] = [];
  let values = 0;
  const visit = (value: unknown, depth: number): unknown => {
    values++;
    if (typeof value === 'string') return nfc(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_DEPTH) {
      problems.push({
        code: 'input/too-deep',
        path: [...path],
        message: {
          vi: `Dữ liệu lồng nhau quá ${MAX_DEPTH} cấp.`,
          en: `The data is nested more than ${MAX_DEPTH} levels deep.`,
        },
      });
      return undefined;
    }
    if (Array.isArray(value)) {
      const out: unknown[] = owned ? value : new Array(value.length);
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        out[i] = visit(value[i], depth + 1);
        path.pop();
      }
      return out;
    }
    const source = value as Record<string, unknown>;
    const keys = Object.keys(source);
    // An object whose keys all are NFC is kept (when owned); any other is rebuilt.
    const inPlace = owned && keys.every((key) => nfc(key) === key);
    const out: Record<string, unknown> = inPlace ? source : {};
    for (const key of keys) {
      const normalizedKey = inPlace ? key : nfc(key);
      path.push(normalizedKey);
      const item = visit(source[key], depth + 1);
      path.pop();
      if (inPlace && item === source[key]) continue;
      if (normalizedKey === '__proto__') {
        Object.defineProperty(out, normalizedKey, { value: item, enumerable: true, writable: true, configurable: true });
      } else {
        out[normalizedKey] = item;
      }
    }
    return out;
  };
  const value = visit(input, 0);
  return { value, problems, values };
}

/**
 * Characters whose strings are already in NFC (quick check "yes", no composing marks): ASCII,
 * Latin-1 and Latin Extended A/B, precomposed Vietnamese letters (U+1E00–U+1EFF), dashes,
 * quotes and other general punctuation. Testing for them is several times cheaper than
 * normalising.
 */
const NFC_STABLE = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;

function nfc(text: string): string {
  return NFC_STABLE.test(text) ? text : text.normalize('NFC');
}

/**
 * @internal Problems of data checked against a model schema (the plan's by default): codes,
 * paths, messages and did-you-mean suggestions for unknown fields. The progress record uses it.
 */
export function toProblems(issue: z.core.$ZodIssue, data: unknown, schema: z.core.$ZodType = planSchema): PlanProblem[] {
  if (issue.code !== 'unrecognized_keys') return [toProblem(issue, data)];
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const known = objectKeysAt(schema, path, data) ?? [];
  return issue.keys.map((key) => unknownField([...path, key], key, known));
}

/** One misspelt or unknown property, at its own path, with the closest known one. */
function unknownField(path: (string | number)[], key: string, known: readonly string[]): PlanProblem {
  const where = formatPath(path.slice(0, -1));
  const suggestion = closestMatch(key, known);
  const shown = printable(key, { inline: true });
  const found: PlanProblem = problem(
    'schema/unknown-field',
    path,
    `Trường "${shown}" không được hỗ trợ tại ${where}${suggestion === undefined ? '' : `; có phải ý bạn là "${suggestion}"?`}`,
    `Unknown field "${shown}" at ${where}${suggestion === undefined ? '' : `; did you mean "${suggestion}"?`}`,
  );
  if (suggestion !== undefined) found.suggestion = suggestion;
  return found;
}

function toProblem(issue: z.core.$ZodIssue, data: unknown): PlanProblem {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = formatPath(path);
  const missing = issue.code === 'invalid_type' || issue.code === 'invalid_value' || issue.code === 'invalid_union';
  if (missing && path.length > 0 && !hasPath(data, path)) {
    return problem('schema/missing', path, `Thiếu trường bắt buộc ${where}.`, `Missing required field ${where}.`);
  }
  switch (issue.code) {
    case 'invalid_type':
      return problem(
        'schema/invalid-type',
        path,
        `Trường ${where} phải là ${typeNameVi(issue.expected)}.`,
        `Field ${where} must be ${typeNameEn(issue.expected)}.`,
      );
    case 'invalid_value':
      return problem(
        'schema/invalid-value',
        path,
        `Giá trị tại ${where} phải là một trong: ${issue.values.map(String).join(', ')}.`,
        `Value at ${where} must be one of: ${issue.values.map(String).join(', ')}.`,
      );
    case 'invalid_union':
      return problem(
        'schema/invalid-value',
        path,
        `Giá trị tại ${where} không đúng loại nào được hỗ trợ.`,
        `Value at ${where} matches none of the allowed kinds.`,
      );
    case 'invalid_format':
      if (issue.format === 'date') return invalidDate(path, where);
      if (issue.format === 'regex' && issue.pattern === SUPPORTED_DATE.toString()) {
        return problem(
          'schema/date-out-of-range',
          path,
          `Ngày tại ${where} nằm ngoài khoảng lịch hỗ trợ (${FIRST_SUPPORTED_DATE} đến ${LAST_SUPPORTED_DATE}).`,
          `The date at ${where} is outside the supported range (${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}).`,
        );
      }
      if (issue.format === 'regex' && issue.pattern === SAFE_FILE_ID.toString()) {
        return problem(
          'schema/unsafe-file-name',
          path,
          `Mã kế hoạch tại ${where} dùng để đặt tên tệp xuất ra, nên chỉ gồm chữ cái, chữ số ASCII, '.', '_' và '-', bắt đầu và kết thúc bằng chữ cái hoặc chữ số, không quá 100 ký tự và không phải tên thiết bị của Windows.`,
          `The plan id at ${where} names the exported files, so it may hold only ASCII letters, digits, '.', '_' and '-', must start and end with a letter or digit, be at most 100 characters and not be a Windows device name.`,
        );
      }
      if (issue.format === 'regex' && issue.pattern === NO_INVISIBLE.toString()) {
        return problem(
          'schema/invisible-character',
          path,
          `Mã tại ${where} chứa ký tự vô hình, ký tự điều khiển hướng chữ hoặc ký tự ngắt dòng Unicode (U+200B, U+202E, U+2028…).`,
          `The id at ${where} contains an invisible, bidirectional-control or Unicode line-separator character (U+200B, U+202E, U+2028…).`,
        );
      }
      if (issue.format === 'regex' && (issue.pattern === LINE_FORBIDDEN.toString() || issue.pattern === PROSE_FORBIDDEN.toString())) {
        return problem(
          'schema/control-character',
          path,
          `Văn bản tại ${where} chứa ký tự điều khiển hoặc xuống dòng không hợp lệ.`,
          `Text at ${where} contains a control character or a line break where none is allowed.`,
        );
      }
      return problem(
        'schema/invalid-format',
        path,
        `Giá trị tại ${where} không đúng định dạng.`,
        `Value at ${where} has the wrong format.`,
      );
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) {
        return problem('schema/empty', path, `Trường ${where} không được để trống.`, `Field ${where} must not be empty.`);
      }
      return problem(
        'schema/out-of-range',
        path,
        `Giá trị tại ${where} nhỏ hơn mức tối thiểu ${String(issue.minimum)}.`,
        `Value at ${where} is below the minimum ${String(issue.minimum)}.`,
      );
    case 'too_big':
      if (issue.origin === 'string') {
        return problem(
          'schema/too-long',
          path,
          `Văn bản tại ${where} dài quá ${String(issue.maximum)} ký tự.`,
          `Text at ${where} is longer than ${String(issue.maximum)} characters.`,
        );
      }
      return problem(
        'schema/out-of-range',
        path,
        `Giá trị tại ${where} vượt mức tối đa ${String(issue.maximum)}.`,
        `Value at ${where} is above the maximum ${String(issue.maximum)}.`,
      );
    case 'custom':
      return problem('schema/invalid', path, `Giá trị tại ${where} không hợp lệ.`, `Value at ${where} is invalid.`);
    default:
      return problem('schema/invalid', path, `Giá trị tại ${where} không hợp lệ.`, `Value at ${where} is invalid.`);
  }
}

/** An out-of-range problem says nothing more at a path whose date does not exist. */
/** @internal */
export function withoutRedundant(problems: PlanProblem[]): PlanProblem[] {
  const invalidDates = new Set(problems.filter((p) => p.code === 'schema/invalid-date').map((p) => JSON.stringify(p.path)));
  if (invalidDates.size === 0) return problems;
  return problems.filter((p) => p.code !== 'schema/date-out-of-range' || !invalidDates.has(JSON.stringify(p.path)));
}

function hasPath(data: unknown, path: readonly (string | number)[]): boolean {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current !== undefined;
}

function invalidDate(path: (string | number)[], where: string): PlanProblem {
  return problem(
    'schema/invalid-date',
    path,
    `Ngày tại ${where} không tồn tại hoặc không viết dạng YYYY-MM-DD.`,
    `The date at ${where} does not exist or is not written YYYY-MM-DD.`,
  );
}

function problem(code: string, path: (string | number)[], vi: string, en: string): PlanProblem {
  return { code, path, message: { vi, en } };
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['chuỗi văn bản', 'a string'],
  number: ['một số', 'a number'],
  int: ['một số nguyên', 'an integer'],
  boolean: ['true hoặc false', 'true or false'],
  array: ['một danh sách', 'a list'],
  object: ['một đối tượng', 'an object'],
};

function typeNameVi(expected: string): string {
  return TYPE_NAMES[expected]?.[0] ?? expected;
}

function typeNameEn(expected: string): string {
  return TYPE_NAMES[expected]?.[1] ?? expected;
}

/** @internal Freezes a plan and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
