export {
  PROGRESS_SCHEMA_VERSION,
  progressSchema,
  submissionSchema,
  taskStatusSchema,
  taskStateSchema,
  measurementSchema,
  exemptionSchema,
  progressDocumentSchema,
  type Progress,
  type ProgressDocument,
  type Submission,
  type TaskState,
  type TaskStatus,
  type Measurement,
  type Exemption,
} from './schema.js';
export { parseProgress, safeParseProgress, stringifyProgress, ProgressError, isProgressError } from './parse.js';
export {
  occurrenceId,
  indexOccurrences,
  progressIndex,
  progressIndexSource,
  type OccurrenceEntry,
  type OccurrenceIndex,
  type ProgressIndex,
} from './occurrences.js';
export {
  defineProgress,
  progressBuilders,
  type ProgressBuilders,
  type ProgressIndexShape,
  type ProgressSpec,
  type SubmissionDetails,
  type StatusDetails,
  type MeasurementDetails,
  type ExemptionDetails,
} from './define.js';
export {
  status,
  type PlanStatus,
  type StatusOptions,
  type OccurrenceStatus,
  type OccurrenceVerdict,
  type WaivedBy,
  type UnitCompliance,
  type VerdictCounts,
  type TargetProgress,
  type TargetVerdict,
  type TaskProgress,
} from './status.js';
export { diffProgress, formatProgressDiff, type ProgressChange, type ProgressChangeKind, type ProgressDiff } from './diff.js';
