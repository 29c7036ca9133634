import { z } from 'zod';
import { isPlanError, type PlanProblem } from '../model/errors.js';
import { deepFreeze, parseJsonText, prepare, toProblems, withoutRedundant } from '../model/parse.js';
import { progressSchema, type Progress } from './schema.js';

const PROGRESS_ERROR = Symbol.for('kehoach.ProgressError');

/**
 * Thrown by `parseProgress()` and `defineProgress()` when data is not a valid progress record.
 * It carries every problem, each with a code (`schema/unknown-field`, `schema/invalid-date`,
 * `json/syntax`…), a path and a message in Vietnamese and English.
 *
 * @example
 * try { parseProgress(text); } catch (error) {
 *   if (isProgressError(error)) for (const p of error.problems) console.log(p.code, p.path.join('.'));
 * }
 */
export class ProgressError extends Error {
  readonly code = 'progress/invalid';
  readonly problems: readonly PlanProblem[];
  readonly [PROGRESS_ERROR] = true;

  constructor(problems: readonly PlanProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`Invalid progress record: ${first ? `${first.code} at ${first.path.join('.') || '(root)'}: ${first.message.en}` : 'unknown'}${more}`);
    this.name = 'ProgressError';
    this.problems = problems;
  }
}

/**
 * Whether `value` is a `ProgressError`, from this or any other loaded copy of `@kehoach/core`.
 *
 * @example
 * if (isProgressError(error)) console.log(error.problems.length);
 */
export function isProgressError(value: unknown): value is ProgressError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[PROGRESS_ERROR] === true;
}

const parsed = new WeakSet<object>();

/**
 * Reads a progress record from JSON text or parsed JSON data: strings to NFC, unknown fields
 * refused (with the field most likely meant), dates that must exist. Cross-checks against the
 * plan (unknown duties, units that owe nothing, wrong units of measure) are `validateProgress()`'s.
 *
 * @returns The record, deeply frozen.
 * @throws ProgressError with every problem found.
 * @example
 * import { parseProgress } from '@kehoach/core';
 * const progress = parseProgress(await readFile('progress.json', 'utf8'));
 */
export function parseProgress(input: unknown): Progress {
  if (typeof input === 'object' && input !== null && parsed.has(input)) return input as Progress;
  let data: unknown;
  try {
    data = typeof input === 'string' ? parseJsonText(input) : input;
  } catch (error) {
    if (!isPlanError(error)) throw error;
    throw new ProgressError(error.problems.map((p) => (p.code === 'json/empty' ? { ...p, message: { vi: 'Tệp tiến độ rỗng.', en: 'The progress file is empty.' } } : p)));
  }
  const prepared = prepare(data, typeof input === 'string');
  if (prepared.problems.length > 0) throw new ProgressError(prepared.problems);
  z.config({ jitless: prepared.values < 20_000 });
  const result = progressSchema.safeParse(prepared.value);
  if (!result.success) {
    throw new ProgressError(withoutRedundant(result.error.issues.flatMap((issue) => toProblems(issue, prepared.value, progressSchema))));
  }
  const progress = deepFreeze(result.data);
  parsed.add(progress);
  return progress;
}

/**
 * Like `parseProgress()`, but returns the problems instead of throwing.
 *
 * @example
 * const result = safeParseProgress(json);
 * if (!result.ok) console.log(result.problems.map((p) => p.code));
 */
export function safeParseProgress(input: unknown): { ok: true; progress: Progress } | { ok: false; problems: readonly PlanProblem[] } {
  try {
    return { ok: true, progress: parseProgress(input) };
  } catch (error) {
    if (isProgressError(error)) return { ok: false, problems: error.problems };
    throw error;
  }
}

/**
 * The progress record as canonical JSON text: two-space indented, keys in model order, a
 * final newline. Byte-identical for equal records.
 *
 * @example
 * await writeFile('progress.json', stringifyProgress(progress));
 */
export function stringifyProgress(progress: Progress): string {
  return `${JSON.stringify(parseProgress(progress), null, 2)}\n`;
}
