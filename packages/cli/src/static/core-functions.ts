import * as core from '@kehoach/core';

/**
 * @internal The pure builder functions of `@kehoach/core` a statically read plan may call.
 * They only build plain data, so calling them runs no code of the plan's author.
 */
export const CORE_FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown>> = {
  defineRegistry: core.defineRegistry as never,
  definePlan: core.definePlan as never,
  before: core.before,
  noLaterThan: core.noLaterThan,
  on: core.on,
  endOfYear: core.endOfYear,
  endOfHalf: core.endOfHalf,
  endOfQuarter: core.endOfQuarter,
  endOfMonth: core.endOfMonth,
  endOfPlan: core.endOfPlan,
  endOfPhase: core.endOfPhase,
  yearly: core.yearly,
  halfYearly: core.halfYearly,
  quarterly: core.quarterly,
  monthly: core.monthly,
  startTerm: core.startTerm,
  midTerm: core.midTerm,
  endTerm: core.endTerm,
  onRequest: core.onRequest,
  otherMilestone: core.otherMilestone,
  when: core.when,
  byReference: core.byReference,
  sameAs: core.sameAs,
  paragraphs: core.paragraphs,
  progressBuilders: core.progressBuilders as never,
  defineProgress: core.defineProgress,
};

/**
 * @internal Methods of a registry (`r.task(...)`) a statically read plan may call, and of the
 * progress builders (`p.submission(...)`) a statically read progress record may call.
 */
export const REGISTRY_METHODS: ReadonlySet<string> = new Set([
  'section', 'item', 'task', 'report', 'each', 'together', 'related', 'target',
  'submission', 'status', 'measurement', 'exemption',
]);

/** @internal Marks the registries the reader built itself, so only their methods are called. */
export const builtRegistries = new WeakSet<object>();
