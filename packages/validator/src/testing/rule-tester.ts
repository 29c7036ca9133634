import type { Plan } from '@kehoach/core';
import { RuleContext } from '../context.js';
import { formatMessage, placeholdersOf } from '../messages.js';
import type { AnyRule, ModelPath, Report } from '../types.js';

/** A plan the rule must accept. */
export interface ValidCase {
  name?: string;
  plan: Plan;
  options?: Record<string, unknown>;
}

/** An error the rule must report: its message id, and optionally its path and data. */
export interface ExpectedReport {
  messageId: string;
  path?: ModelPath;
  /** Values the report's data must contain (compared as text, in both languages when localised). */
  data?: Record<string, unknown>;
  /** A text the English message must contain. */
  messageIncludes?: string;
}

/** A plan the rule must reject, with exactly these reports in order. */
export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedReport[];
}

/** The test functions of the test framework, e.g. vitest's `describe` and `it`. */
export interface TestFunctions {
  describe(name: string, body: () => void): void;
  it(name: string, body: () => void): void;
}

/**
 * Runs a rule on valid and invalid plans, as ESLint's `RuleTester` does. A case fails when
 * the rule reports an unknown message id, leaves a placeholder of its message unfilled,
 * reports on a valid plan, or reports something other than the expected errors. Two cases
 * with the same plan and options are refused.
 *
 * @example
 * import { describe, it } from 'vitest';
 * const tester = new RuleTester({ describe, it });
 * tester.run(rules['targets/measurable'], {
 *   valid: [{ plan: goodPlan }],
 *   invalid: [{ plan: badPlan, errors: [{ messageId: 'noValue', path: ['body', 0, 'targets', 0] }] }],
 * });
 */
export class RuleTester {
  readonly #t: TestFunctions;

  constructor(test: TestFunctions) {
    this.#t = test;
  }

  run(rule: AnyRule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
    const seen = new Map<Plan, Set<string>>();
    const checkDuplicate = (c: ValidCase, label: string): void => {
      const key = JSON.stringify(c.options ?? {});
      const keys = seen.get(c.plan) ?? new Set<string>();
      if (keys.has(key)) throw new Error(`${rule.meta.id}: duplicate test case ${label}`);
      keys.add(key);
      seen.set(c.plan, keys);
    };
    this.#t.describe(rule.meta.id, () => {
      this.#t.describe('valid', () => {
        cases.valid.forEach((c, i) => {
          const label = c.name ?? `valid #${i + 1}`;
          checkDuplicate(c, label);
          this.#t.it(label, () => {
            const reports = runRule(rule, c);
            if (reports.length > 0) {
              throw new Error(`${rule.meta.id}: expected no reports, got ${reports.length}:\n${describeReports(rule, reports)}`);
            }
          });
        });
      });
      this.#t.describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          const label = c.name ?? `invalid #${i + 1}`;
          checkDuplicate(c, label);
          for (const e of c.errors) assertKnownMessage(rule, e.messageId);
          if (c.errors.length === 0) throw new Error(`${rule.meta.id}: invalid case ${label} expects no errors`);
          this.#t.it(label, () => {
            const reports = runRule(rule, c);
            if (reports.length !== c.errors.length) {
              throw new Error(
                `${rule.meta.id}: expected ${c.errors.length} report(s), got ${reports.length}:\n${describeReports(rule, reports)}`,
              );
            }
            c.errors.forEach((expected, k) => matchReport(rule, reports[k]!, expected, k));
          });
        });
      });
    });
  }
}

/** @internal Runs one rule alone and checks every report against its meta. */
export function runRule(rule: AnyRule, c: ValidCase): Report[] {
  const options = rule.meta.options === undefined ? {} : rule.meta.options.parse(c.options ?? {});
  const ctx = new RuleContext(c.plan);
  const reports: Report[] = [];
  rule.check(c.plan, ctx, options, (r) => {
    assertKnownMessage(rule, r.messageId);
    const template = rule.meta.messages[r.messageId]!;
    for (const lang of ['vi', 'en'] as const) {
      for (const name of placeholdersOf(template[lang])) {
        if (r.data === undefined || !Object.hasOwn(r.data, name)) {
          throw new Error(`${rule.meta.id}: message ${r.messageId} (${lang}) uses {${name}} but the report has no such data`);
        }
      }
    }
    reports.push(r);
  });
  return reports;
}

function assertKnownMessage(rule: AnyRule, messageId: string): void {
  if (!Object.hasOwn(rule.meta.messages, messageId)) {
    throw new Error(`${rule.meta.id}: unknown message id "${messageId}" (known: ${Object.keys(rule.meta.messages).join(', ')})`);
  }
}

function matchReport(rule: AnyRule, actual: Report, expected: ExpectedReport, index: number): void {
  const where = `${rule.meta.id}: report #${index + 1}`;
  if (actual.messageId !== expected.messageId) {
    throw new Error(`${where}: expected message id ${expected.messageId}, got ${actual.messageId}\n${describeReports(rule, [actual])}`);
  }
  if (expected.path !== undefined && JSON.stringify(actual.path) !== JSON.stringify(expected.path)) {
    throw new Error(`${where}: expected path ${JSON.stringify(expected.path)}, got ${JSON.stringify(actual.path)}`);
  }
  for (const [key, value] of Object.entries(expected.data ?? {})) {
    const got = actual.data?.[key];
    if (JSON.stringify(got) !== JSON.stringify(value)) {
      throw new Error(`${where}: expected data.${key} = ${JSON.stringify(value)}, got ${JSON.stringify(got)}`);
    }
  }
  if (expected.messageIncludes !== undefined) {
    const text = formatMessage(rule.meta.messages[actual.messageId]!, actual.data).en;
    if (!text.includes(expected.messageIncludes)) throw new Error(`${where}: message "${text}" lacks "${expected.messageIncludes}"`);
  }
}

function describeReports(rule: AnyRule, reports: readonly Report[]): string {
  return reports
    .map((r) => {
      const template = rule.meta.messages[r.messageId];
      const text = template === undefined ? r.messageId : formatMessage(template, r.data).en;
      return `  - ${r.messageId} at ${JSON.stringify(r.path)}: ${text}`;
    })
    .join('\n');
}
