import { closestMatch, indexOccurrences, walkPlan, type LocalizedText, type Plan, type PlanNode, type Progress, type Target } from '@kehoach/core';
import { formatMessage, listOf } from '../messages.js';
import type { Diagnostic, Locate, MessageValue, ModelPath, Severity, SeverityOrOff } from '../types.js';
import { progressRules, type ProgressRuleId } from './rules.js';

/** Options of `validateProgress()`. */
export interface ValidateProgressOptions {
  /** Maps a path in the record to its place in `progress.ts` or `progress.json` (`tsProgressLocator`, `jsonLocator`). */
  locate?: Locate;
  /** Severity per rule, or `off`. */
  rules?: Partial<Record<ProgressRuleId, SeverityOrOff>>;
  /** The file the record was read from, for diagnostics without a location. */
  file?: string;
}

/**
 * Checks a progress record against its plan: every occurrence, unit, task and target it names
 * exists and fits (the unit owes the occurrence, the measurement is in the target's unit of
 * measure), nothing is recorded twice or dated before the plan was issued, cancellations cite
 * their decision. Each problem is a diagnostic with a stable rule id and code (`KH9xx`), at its
 * path and, with a locator, its file, line and column. Pure; the order is the record's.
 *
 * @example
 * import { validateProgress, format } from '@kehoach/validator';
 * import { tsProgressLocator } from '@kehoach/validator/locate';
 * const diagnostics = validateProgress(plan, progress, { locate: tsProgressLocator(text, 'progress.ts') });
 * console.log(format(diagnostics, { format: 'stylish', locale: 'vi' }));
 */
export function validateProgress(plan: Plan, progress: Progress, options: ValidateProgressOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (ruleId: ProgressRuleId, messageId: string, path: ModelPath, data: Record<string, MessageValue> = {}, subjects?: string[]) => {
    const meta = progressRules[ruleId];
    const setting = options.rules?.[ruleId] ?? meta.defaultSeverity;
    if (setting === 'off') return;
    const template = (meta.messages as Record<string, { vi: string; en: string }>)[messageId]!;
    const location = options.locate?.([...path]);
    out.push({
      ruleId,
      code: meta.code,
      severity: setting as Severity,
      messageId,
      message: formatMessage(template, data),
      path: [...path],
      ...(subjects === undefined ? {} : { subjects }),
      ...(location === undefined ? {} : { location }),
      ...(options.file === undefined ? {} : { file: options.file }),
      data,
    });
  };

  if (progress.plan !== plan.id) report('progress/plan-mismatch', 'mismatch', ['plan'], { recorded: progress.plan, plan: plan.id });

  const { occurrences } = indexOccurrences(plan);
  const occurrenceIds = [...occurrences.keys()];
  const unitKeys = new Set([...plan.units.map((u) => u.key), ...plan.groups.map((g) => g.key)]);
  const targets = new Map<string, Target>();
  const nodes = new Map<string, PlanNode>();
  for (const { node } of walkPlan(plan)) {
    nodes.set(node.id, node);
    if (node.type !== 'section') for (const t of node.targets ?? []) targets.set(t.id, t);
  }
  const taskIds = [...nodes.values()].filter((n) => n.type === 'task').map((n) => n.id);
  const hint = (value: string, known: Iterable<string>): LocalizedText => {
    const guess = closestMatch(value, [...known]);
    return guess === undefined ? { vi: '', en: '' } : { vi: ` Có phải ý bạn là "${guess}"?`, en: ` Did you mean "${guess}"?` };
  };
  const knownUnit = (unit: string, path: ModelPath): boolean => {
    if (unitKeys.has(unit)) return true;
    report('progress/unknown-unit', 'unknown', path, { unit, hint: hint(unit, unitKeys) }, [unit]);
    return false;
  };
  const afterIssue = (date: string, path: ModelPath) => {
    if (date < plan.issuedOn) report('progress/before-issue', 'before', path, { date, issued: plan.issuedOn });
  };
  /** Checks an occurrence and, when given, that the unit owes it. */
  const owed = (occurrence: string, unit: string | undefined, at: readonly (string | number)[]) => {
    const entry = occurrences.get(occurrence);
    if (entry === undefined) {
      report('progress/unknown-occurrence', 'unknown', [...at, 'occurrence'], { occurrence, hint: hint(occurrence, occurrenceIds) });
      if (unit !== undefined) knownUnit(unit, [...at, 'unit']);
      return;
    }
    if (unit === undefined || !knownUnit(unit, [...at, 'unit'])) return;
    if (!entry.duties.has(unit)) {
      report('progress/not-owed', 'notOwed', [...at, 'unit'], { unit, occurrence, owers: listOf(entry.units) }, [unit]);
    }
  };

  const firstSubmission = new Map<string, number>();
  progress.submissions.forEach((s, i) => {
    const at = ['submissions', i] as const;
    owed(s.occurrence, s.unit, at);
    afterIssue(s.received, [...at, 'received']);
    if (s.document?.date !== undefined && s.document.date > s.received) {
      report('progress/document-after-receipt', 'after', [...at, 'document', 'date'], { document: s.document.date, received: s.received });
    }
    const key = `${s.occurrence}\u0000${s.unit}`;
    const first = firstSubmission.get(key);
    if (first === undefined) firstSubmission.set(key, i);
    else report('progress/duplicate', 'submission', at, { unit: s.unit, occurrence: s.occurrence, first: `submissions[${first}]` });
  });

  const firstStatus = new Map<string, number>();
  progress.statuses.forEach((s, i) => {
    const at = ['statuses', i] as const;
    const node = nodes.get(s.task);
    if (node === undefined) {
      report('progress/unknown-task', 'unknown', [...at, 'task'], { task: s.task, hint: hint(s.task, taskIds) });
    } else if (node.type !== 'task') {
      report('progress/unknown-task', 'notTask', [...at, 'task'], { task: s.task, kind: node.type === 'section' ? { vi: 'phần', en: 'section' } : { vi: 'mục', en: 'item' } });
    }
    if (s.unit !== undefined) knownUnit(s.unit, [...at, 'unit']);
    afterIssue(s.date, [...at, 'date']);
    if (s.status === 'cancelled' && s.decision === undefined) report('progress/cancelled-without-decision', 'missing', [...at, 'status'], { task: s.task });
    const key = `${s.task}\u0000${s.unit ?? ''}\u0000${s.date}`;
    const first = firstStatus.get(key);
    if (first === undefined) firstStatus.set(key, i);
    else report('progress/duplicate', 'status', at, { task: s.task, date: s.date, first: `statuses[${first}]` });
  });

  const firstMeasurement = new Map<string, number>();
  progress.measurements.forEach((m, i) => {
    const at = ['measurements', i] as const;
    const target = targets.get(m.target);
    if (target === undefined) report('progress/unknown-target', 'unknown', [...at, 'target'], { target: m.target, hint: hint(m.target, targets.keys()) });
    else if (target.unit !== undefined && m.unit !== target.unit) {
      report('progress/measurement-unit', 'wrong', [...at, m.unit === undefined ? 'value' : 'unit'], { target: m.target, expected: target.unit, actual: m.unit ?? '' });
    }
    if (m.year === undefined && m.period === undefined) report('progress/measurement-period', 'none', [...at, 'value']);
    else if (m.year !== undefined && m.period !== undefined) report('progress/measurement-period', 'both', [...at, 'period']);
    else if (m.period !== undefined && m.period.to < m.period.from) report('progress/measurement-period', 'reversed', [...at, 'period'], { from: m.period.from, to: m.period.to });
    if (m.scope !== undefined && knownUnit(m.scope, [...at, 'scope']) && target?.scope !== undefined && !target.scope.includes(m.scope)) {
      report('progress/measurement-scope', 'outside', [...at, 'scope'], { target: m.target, scope: listOf(target.scope), unit: m.scope }, [m.scope]);
    }
    const period = m.year !== undefined ? String(m.year) : m.period !== undefined ? `${m.period.from}…${m.period.to}` : '?';
    const key = `${m.target}\u0000${m.scope ?? ''}\u0000${period}`;
    const first = firstMeasurement.get(key);
    if (first === undefined) firstMeasurement.set(key, i);
    else report('progress/duplicate', 'measurement', at, { target: m.scope === undefined ? m.target : `${m.target} (${m.scope})`, period, first: `measurements[${first}]` });
  });

  progress.exemptions.forEach((e, i) => owed(e.occurrence, e.unit, ['exemptions', i]));
  return out;
}
