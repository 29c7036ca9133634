/**
 * `@kehoach/core`: typed builders for Vietnamese government action plans, the canonical plan
 * model, and the expansion of a plan into dated duties on a working-day calendar.
 *
 * @packageDocumentation
 */
export type { IsoDate } from './dates.js';
export { isIsoDate, formatVietnameseDate, formatDateLine, addDays, dayOfWeek, splitIsoDate, toDayNumber } from './dates.js';

export * from './model/schema.js';
export type { LocalizedText, Locale } from './model/text.js';
export { PlanError, isPlanError, formatPath, type PlanProblem } from './model/errors.js';
export { parsePlan, safeParsePlan, MAX_DEPTH } from './model/parse.js';
export { stringifyPlan } from './model/serialize.js';
export { planJsonSchema, PLAN_JSON_SCHEMA_ID } from './model/json-schema.js';
export { walkPlan, findNode, taskOf, type NodeVisit } from './model/walk.js';
export { asciiFold, slugify, createSegmentCounter, childId, numberSegment } from './model/ids.js';
export { closestMatch } from './model/closest.js';
export {
  isSupportedDate,
  isSafeFileId,
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_YEAR,
  INVISIBLE_CHARACTER,
  MAX_FILE_ID,
} from './model/restrictions.js';
export { printable, type PrintableOptions } from './model/printable.js';

export {
  defineRegistry,
  type Registry,
  type UnitInput,
  type GroupInput,
  type AssignmentInput,
  type ReportInput,
  type SuccessorInput,
  type HandoverInput,
  type TargetInput,
  type TaskInput,
  type ItemInput,
  type SectionInput,
  type Numbering,
} from './dsl/registry.js';
export { definePlan, type PlanSpec, type PhaseInput, type LegalInput, type RecipientInput, type CorrectionInput } from './dsl/define-plan.js';
export {
  before,
  noLaterThan,
  on,
  endOfYear,
  endOfHalf,
  endOfQuarter,
  endOfMonth,
  endOfPlan,
  endOfPhase,
  yearly,
  halfYearly,
  quarterly,
  monthly,
  startTerm,
  midTerm,
  endTerm,
  onRequest,
  otherMilestone,
  when,
  byReference,
  sameAs,
  type ByReferenceOptions,
  type DeadlineTextOption,
  type EndOfHalfOptions,
  type EndOfQuarterOptions,
  type EndOfMonthOptions,
  type RecurrenceOptions,
  type YearlyOptions,
  type HalfYearlyOptions,
  type QuarterlyOptions,
  type TermOptions,
} from './dsl/deadlines.js';
export type { NodeDraft } from './dsl/drafts.js';
export {
  parseDeadlinePhrase,
  type DeadlinePhraseResult,
  type DeadlinePhraseCode,
  type DeadlinePhraseOptions,
  type PhrasePeriod,
} from './wording/parse-deadline-phrase.js';
export { paragraphs } from './dsl/text.js';

export * from './calendar/index.js';
export * from './legal/index.js';

export {
  obligations,
  type CounterpartChange,
  type Duty,
  type DutyReach,
  type DutyRole,
  type Obligations,
  type ObligationsOptions,
  type UnownedCode,
  type UnownedDeadline,
} from './obligations/obligations.js';
export {
  computeDue,
  showsLegalLimit,
  NEXT_WORKING_DAY_BASIS,
  SAFE_READING_BASIS,
  type Due,
  type DueShift,
  type LegalLimit,
} from './obligations/due.js';
export { deadlineDates, resolveSameAs, termOf, type DeadlineDates } from './obligations/occurrences.js';
export { indexUnits, assignees, existsOn, type UnitIndex, type Assignee, type GroupExpansion } from './obligations/units.js';
export { resolveUnit, type Resolution, type Takeover } from './obligations/successors.js';

export * from './progress/index.js';
export * from './diff/index.js';
