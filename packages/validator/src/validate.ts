import type { DeadlineReading, Plan, PlanNode, Waiver, WorkingDayCalendar } from '@kehoach/core';
import { parseConfig, type ValidatorConfig } from './config.js';
import { RuleContext } from './context.js';
import { engineDiagnostic } from './engine.js';
import { formatMessage } from './messages.js';
import { rules as builtinRules } from './rules/index.js';
import type { AnyRule, Diagnostic, Locate, Report } from './types.js';

/** Options of a validation run that are not configuration: where the plan came from, and the calendar. */
export interface ValidateOptions {
  /** Maps a model path to a source location; see `@kehoach/validator/locate`. */
  locate?: Locate;
  /** Working-day calendar; Vietnam's by default. */
  calendar?: WorkingDayCalendar;
  /** Overrides the configuration's and the plan's reading of due dates (`safe` or `legal`). */
  reading?: DeadlineReading;
  /** The rules to run instead of the built-in ones (e.g. built-ins plus your own). */
  rules?: Record<string, AnyRule>;
}

/**
 * Checks a plan and returns its diagnostics, in document order. Pure and synchronous: it
 * reads nothing and throws nothing; a bad configuration or input gives coded diagnostics.
 * Diagnostics covered by a waiver are returned with `suppressed` and are not counted by
 * `summarize()`.
 *
 * @param plan - The canonical plan model, from `definePlan()` or `parsePlan()`.
 * @param config - A `ValidatorConfig`; the `recommended` preset by default.
 * @param options - A source locator, a calendar, or a rule set.
 * @returns Every diagnostic, suppressed ones included.
 * @example
 * import { validate, summarize, format } from '@kehoach/validator';
 * const diagnostics = validate(plan, { extends: 'recommended', rules: { 'units/unused': 'off' } });
 * if (summarize(diagnostics).errors > 0) console.error(format(diagnostics, { format: 'stylish', locale: 'vi' }));
 */
export function validate(plan: Plan, config?: ValidatorConfig, options: ValidateOptions = {}): Diagnostic[] {
  const ruleSet = options.rules ?? builtinRules;
  const parsed = parseConfig(config ?? {}, ruleSet);
  if (!parsed.ok) return parsed.diagnostics;
  if (!looksLikePlan(plan)) {
    return [
      engineDiagnostic('plan/not-a-plan', [], {
        vi: 'Dữ liệu đầu vào không phải là một kế hoạch (thiếu body, units, groups hoặc period). Hãy đọc tệp bằng parsePlan() trước.',
        en: 'The input is not a plan (body, units, groups or period is missing). Read files with parsePlan() first.',
      }),
    ];
  }
  const ctx = new RuleContext(plan, { calendar: options.calendar, reading: options.reading ?? parsed.config.reading });
  const out: Diagnostic[] = [];
  for (const { rule, severity, options: ruleOptions } of parsed.config.rules) {
    const { meta } = rule;
    const report = (r: Report): void => {
      const template = meta.messages[r.messageId];
      const message = template === undefined ? { vi: r.messageId, en: r.messageId } : formatMessage(template, r.data);
      const d: Diagnostic = { ruleId: meta.id, code: meta.code, severity, messageId: r.messageId, message, path: [...r.path] };
      const nodeId = r.nodeId ?? ctx.nodeIdAt(r.path);
      if (nodeId !== undefined) d.nodeId = nodeId;
      if (r.subjects !== undefined && r.subjects.length > 0) d.subjects = [...r.subjects];
      if (r.data !== undefined) d.data = r.data;
      out.push(d);
    };
    try {
      rule.check(plan, ctx, ruleOptions, report);
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      out.push(
        engineDiagnostic('internal/rule-failed', [], {
          vi: `Quy tắc ${meta.id} không kiểm tra được kế hoạch: ${detail}`,
          en: `Rule ${meta.id} could not check the plan: ${detail}`,
        }),
      );
    }
  }
  applyWaivers(ctx, out, new Set(Object.keys(ruleSet)), new Set(parsed.config.rules.map((r) => r.rule.meta.id)), codesOf(ruleSet));
  if (options.locate !== undefined) {
    for (const d of out) {
      try {
        const location = options.locate(d.path, d.nodeId);
        if (location !== undefined) d.location = location;
      } catch {
        // A locator that fails leaves the diagnostic without a location.
      }
    }
  }
  return out.sort(compareDiagnostics);
}

/** Counts of diagnostics by severity; suppressed ones are counted apart. */
export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

/**
 * Counts diagnostics by severity, leaving suppressed ones out of the severities.
 *
 * @example
 * const { errors } = summarize(validate(plan));
 * process.exitCode = errors > 0 ? 1 : 0;
 */
export function summarize(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const s: DiagnosticSummary = { errors: 0, warnings: 0, infos: 0, suppressed: 0 };
  for (const d of diagnostics) {
    if (d.suppressed !== undefined) s.suppressed++;
    else if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

function looksLikePlan(plan: unknown): plan is Plan {
  if (plan === null || typeof plan !== 'object') return false;
  const p = plan as Record<string, unknown>;
  const period = p['period'] as Record<string, unknown> | undefined;
  return (
    Array.isArray(p['body']) &&
    Array.isArray(p['units']) &&
    Array.isArray(p['groups']) &&
    typeof p['issuedOn'] === 'string' &&
    period !== null &&
    typeof period === 'object' &&
    typeof period['from'] === 'string' &&
    typeof period['to'] === 'string'
  );
}

function codesOf(ruleSet: Record<string, AnyRule>): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of Object.values(ruleSet)) out.set(rule.meta.code, rule.meta.id);
  return out;
}

interface WaiverUse {
  waiver: Waiver;
  path: (string | number)[];
  kind: 'node' | 'plan';
  nodeId: string | undefined;
  ruleId: string | undefined;
  used: boolean;
}

function applyWaivers(
  ctx: RuleContext,
  diagnostics: Diagnostic[],
  known: ReadonlySet<string>,
  enabled: ReadonlySet<string>,
  codes: ReadonlyMap<string, string>,
): void {
  if (ctx.plan.waivers === undefined && !hasNodeWaivers(ctx.plan.body)) return;
  const uses: WaiverUse[] = [];
  const resolve = (rule: string): string | undefined => (known.has(rule) ? rule : codes.get(rule));
  for (const { node, path } of ctx.nodes) {
    node.waivers?.forEach((waiver, i) =>
      uses.push({ waiver, path: [...path, 'waivers', i], kind: 'node', nodeId: node.id, ruleId: resolve(waiver.rule), used: false }),
    );
  }
  ctx.plan.waivers?.forEach((waiver, i) =>
    uses.push({ waiver, path: ['waivers', i], kind: 'plan', nodeId: undefined, ruleId: resolve(waiver.rule), used: false }),
  );
  if (uses.length === 0) return;

  const byNode = new Map<string, WaiverUse[]>();
  const planWide: WaiverUse[] = [];
  for (const use of uses) {
    if (use.ruleId === undefined) continue;
    if (use.kind === 'node') {
      const list = byNode.get(use.nodeId!);
      if (list === undefined) byNode.set(use.nodeId!, [use]);
      else list.push(use);
    } else planWide.push(use);
  }
  for (const d of diagnostics) {
    const candidates = [...(d.nodeId === undefined ? [] : (byNode.get(d.nodeId) ?? [])), ...planWide];
    for (const use of candidates) {
      if (use.ruleId !== d.ruleId) continue;
      const target = use.waiver.target;
      if (use.kind === 'plan' && target !== undefined && target !== d.nodeId && !(d.subjects ?? []).includes(target)) continue;
      use.used = true;
      d.suppressed ??= { reason: use.waiver.reason, kind: use.kind };
    }
  }
  for (const use of uses) {
    if (use.ruleId === undefined) {
      diagnostics.push(
        engineDiagnostic(
          'waivers/unknown-rule',
          [...use.path, 'rule'],
          { vi: `Miễn trừ nêu quy tắc "${use.waiver.rule}" không tồn tại.`, en: `The waiver names rule "${use.waiver.rule}", which does not exist.` },
          use.nodeId,
        ),
      );
    } else if (!use.used && enabled.has(use.ruleId)) {
      diagnostics.push(
        engineDiagnostic(
          'waivers/unused',
          use.path,
          {
            vi: `Miễn trừ quy tắc ${use.ruleId} không che lỗi nào; có thể bỏ.`,
            en: `The waiver of rule ${use.ruleId} suppresses nothing; it can be removed.`,
          },
          use.nodeId,
        ),
      );
    }
  }
}

function hasNodeWaivers(nodes: readonly PlanNode[]): boolean {
  for (const node of nodes) {
    if (node.waivers !== undefined && node.waivers.length > 0) return true;
    if (node.children !== undefined && hasNodeWaivers(node.children)) return true;
  }
  return false;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return comparePaths(a.path, b.path) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const TOP_ORDER = ['schema', 'id', 'type', 'number', 'issuer', 'place', 'issuedOn', 'title', 'period', 'legal', 'units', 'groups', 'body', 'recipients', 'signature', 'corrections', 'waivers'];

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (i === 0) return rank(String(x)) - rank(String(y));
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

function rank(key: string): number {
  const i = TOP_ORDER.indexOf(key);
  return i < 0 ? TOP_ORDER.length : i;
}
