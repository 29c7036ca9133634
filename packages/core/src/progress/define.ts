import type { IsoDate } from '../dates.js';
import { withExtras } from '../dsl/extras.js';
import { parseProgress } from './parse.js';
import {
  PROGRESS_SCHEMA_VERSION,
  type Exemption,
  type Measurement,
  type Progress,
  type ProgressDocument,
  type Submission,
  type TaskState,
  type TaskStatus,
} from './schema.js';

/** The shape of a generated progress index (`progressIndexSource()`), as its literal types. */
export interface ProgressIndexShape {
  readonly plan: string;
  readonly duties: { readonly [occurrence: string]: readonly string[] };
  readonly tasks: readonly string[];
  readonly targets: { readonly [target: string]: string | null };
  readonly units: readonly string[];
}

/** What a submission says besides its occurrence and unit. */
export interface SubmissionDetails {
  /** The day the synthesizing unit received it. */
  received: IsoDate;
  document?: ProgressDocument;
  link?: string;
  note?: string;
}

/** What a task status says besides the task and the state. */
export interface StatusDetails<K extends string> {
  /** From when the status holds. */
  date: IsoDate;
  /** The unit the status is about, for a task each member of a group does. */
  unit?: K;
  evidence?: string;
  /** The later decision that cancelled, changed or delayed the task. */
  decision?: ProgressDocument;
  note?: string;
}

/** A measurement; `unit` must be the target's own unit of measure. */
export type MeasurementDetails<K extends string, MeasureUnit> = {
  value: number;
  year?: number;
  period?: { from: IsoDate; to: IsoDate };
  scope?: K;
  source: string;
  published?: IsoDate;
  note?: string;
} & ([MeasureUnit] extends [string] ? { unit: MeasureUnit } : { unit?: undefined });

/** An exemption besides its occurrence. */
export interface ExemptionDetails<K extends string> {
  unit?: K;
  decision: ProgressDocument;
  reason: string;
}

/**
 * Builders typed by a plan's generated progress index: a misspelt occurrence id, a unit that
 * does not owe the occurrence, an unknown task or target, a unit of measure other than the
 * target's are compile errors. Create them with `progressBuilders()`.
 */
export interface ProgressBuilders<I extends ProgressIndexShape> {
  /** The index the builders are typed by. */
  readonly index: I;
  /** A unit's submission for one duty occurrence: `p.submission('V.1.a/r1#0@2021-12-20', 'soYTe', { received: '2021-12-15' })`. */
  submission<O extends keyof I['duties'] & string>(occurrence: O, unit: I['duties'][O][number], details: SubmissionDetails): Submission;
  /** Where a task stands from a date on: `p.status('V.2.b', 'in-progress', { date: '2022-03-01', evidence: '…' })`. */
  status(task: I['tasks'][number], status: TaskState, details: StatusDetails<I['units'][number]>): TaskStatus;
  /** A measured value of a target: `p.measurement('III.2.d1.p8/t2', { value: 4.6, unit: 'điểm %', year: 2022, source: '…' })`. */
  measurement<T extends keyof I['targets'] & string>(target: T, details: MeasurementDetails<I['units'][number], I['targets'][T]>): Measurement;
  /** A decision excusing an occurrence, for one unit or all: its status is `waived`. */
  exemption<O extends keyof I['duties'] & string>(occurrence: O, details: ExemptionDetails<I['duties'][O][number]>): Exemption;
}

/**
 * Returns builders for a progress record, typed by the plan's generated index (see
 * `progressIndexSource()`), so that names the plan does not have fail to compile.
 *
 * @example
 * import { defineProgress, progressBuilders } from '@kehoach/core';
 * import { index } from './progress-index.js';
 * const p = progressBuilders(index);
 * export default defineProgress({
 *   plan: '12127-kh-ubnd-2021',
 *   submissions: [p.submission('V.1.a/r1#0@2021-12-20', 'soYTe', { received: '2021-12-15', document: { number: '3120/KH-SYT', date: '2021-12-14' } })],
 * });
 */
export function progressBuilders<const I extends ProgressIndexShape>(index: I): ProgressBuilders<I> {
  return {
    index,
    submission: (occurrence, unit, details) => withExtras({ occurrence, unit, ...details }, details, SUBMISSION_KEYS) as Submission,
    status: (task, status, details) => {
      const { date, unit, ...rest } = details;
      return withExtras({ task, ...(unit === undefined ? {} : { unit }), status, date, ...rest }, details, STATUS_KEYS) as TaskStatus;
    },
    measurement: (target, details) => {
      const { value, unit, ...rest } = details as MeasurementDetails<string, string | null> & { unit?: string };
      return withExtras({ target, value, ...(unit === undefined ? {} : { unit }), ...rest }, details, MEASUREMENT_KEYS) as Measurement;
    },
    exemption: (occurrence, details) => withExtras({ occurrence, ...details }, details, EXEMPTION_KEYS) as Exemption,
  };
}

const SUBMISSION_KEYS = ['received', 'document', 'link', 'note'];
const STATUS_KEYS = ['date', 'unit', 'evidence', 'decision', 'note'];
const MEASUREMENT_KEYS = ['value', 'unit', 'year', 'period', 'scope', 'source', 'published', 'note'];
const EXEMPTION_KEYS = ['unit', 'decision', 'reason'];

/** A progress record as written in TypeScript: every list optional. */
export interface ProgressSpec {
  /** The id of the plan followed (`12127-kh-ubnd-2021`). */
  plan: string;
  submissions?: readonly Submission[];
  statuses?: readonly TaskStatus[];
  measurements?: readonly Measurement[];
  exemptions?: readonly Exemption[];
}

/**
 * Turns a progress record written with the builders into the canonical model, checked
 * against its schema.
 *
 * @returns The record, deeply frozen.
 * @throws ProgressError with every problem, each at its path.
 * @example
 * export default defineProgress({ plan: '12127-kh-ubnd-2021', submissions: [p.submission(…)] });
 */
export function defineProgress(spec: ProgressSpec): Progress {
  return parseProgress(
    withExtras(
      {
        schema: PROGRESS_SCHEMA_VERSION,
        plan: spec.plan,
        submissions: [...(spec.submissions ?? [])],
        statuses: [...(spec.statuses ?? [])],
        measurements: [...(spec.measurements ?? [])],
        exemptions: [...(spec.exemptions ?? [])],
      },
      spec,
      ['plan', 'submissions', 'statuses', 'measurements', 'exemptions'],
    ),
  );
}
