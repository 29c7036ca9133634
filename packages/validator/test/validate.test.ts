import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { noLaterThan, type Plan } from '@kehoach/core';
import {
  assertValid,
  configJsonSchema,
  defineRule,
  isValidationError,
  parseConfig,
  presets,
  rules,
  summarize,
  validate,
  type AnyRule,
  type ValidatorConfig,
} from '../src/index.js';
import { cleanPlan, mutate, r } from './plan-fixture.js';

/** Most cases replace the body, so the reporting group of the fixture goes unused: leave that rule out. */
function v(plan: Plan, config: { extends?: 'recommended' | 'strict'; rules?: Record<string, unknown>; reading?: 'safe' | 'legal' } = {}, options = {}) {
  return validate(plan, { ...config, rules: { 'units/unused': 'off', ...config.rules } } as ValidatorConfig, options);
}

const broken = cleanPlan({
  body: [
    r.section('I', 'NV', [
      r.task('1', { lead: 'doan', text: 'Tỉnh đoàn chủ trì.', deadlines: [noLaterThan('2023-12-29')] }),
      r.task('2', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [noLaterThan('2025-11-15')] }),
    ]),
  ],
});

describe('validate', () => {
  it('finds nothing wrong with a clean plan under the strict preset', () => {
    expect(validate(cleanPlan(), { extends: 'strict' })).toEqual([]);
  });

  it('reports coded, located-in-the-model diagnostics with both languages', () => {
    const d = v(broken);
    expect(d.map((x) => [x.ruleId, x.code, x.severity, x.nodeId])).toEqual([
      ['dates/before-issue', 'KH201', 'error', 'I.1'],
      ['authority/assign-external', 'KH603', 'warning', 'I.1'],
      ['dates/non-working-day', 'KH204', 'warning', 'I.2'],
    ]);
    expect(d[0]!.path).toEqual(['body', 0, 'children', 0, 'deadlines', 0]);
    expect(d[0]!.message).toEqual({
      vi: 'Thời hạn 29/12/2023 rơi vào trước ngày ban hành kế hoạch (10/01/2024).',
      en: 'The deadline 2023-12-29 falls before the plan was issued (2024-01-10).',
    });
    expect(summarize(d)).toEqual({ errors: 1, warnings: 2, infos: 0, suppressed: 0 });
  });

  it('raises warnings to errors under strict, and turns rules off or changes their severity', () => {
    expect(v(broken, { extends: 'strict' }).map((x) => x.severity)).toEqual(['error', 'error', 'error']);
    const d = v(broken, { rules: { 'authority/assign-external': 'off', 'dates/non-working-day': ['info'] } });
    expect(d.map((x) => [x.ruleId, x.severity])).toEqual([
      ['dates/before-issue', 'error'],
      ['dates/non-working-day', 'info'],
    ]);
  });

  it('passes options to rules, with defaults filled in', () => {
    const plan = cleanPlan({ body: [r.section('I', 'NV', [r.item('1', 'x', { targets: [{ metric: 'm', direction: 'increase', value: 1 }] })])] });
    expect(v(plan).filter((x) => x.ruleId === 'targets/measurable')).toEqual([]);
    const d = v(plan, { rules: { 'targets/measurable': ['warning', { requireBaseline: true }] } });
    expect(d.map((x) => x.messageId)).toEqual(['noBaseline']);
  });

  it('reads due dates as configured, else as the plan says, else safe', () => {
    // Sở A's last day is Friday 13/12/2024; "trước ngày 16/12/2024" (a Monday) is safe on 13/12 and legal on 16/12.
    const body = [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'x', deadlines: [{ kind: 'date' as const, date: '2024-12-16' as const, wording: 'before' as const }] })])];
    const lastDay = (plan: ReturnType<typeof cleanPlan>) => mutate(plan, (p) => void (p.units[1]!.validUntil = '2024-12-13'));
    const rule = { rules: { 'units/ceased': 'error' as const } };
    const silent = lastDay(cleanPlan({ body }));
    expect(v(silent, rule)).toEqual([]);
    expect(v(silent, { ...rule, reading: 'legal' }).map((x) => x.ruleId)).toEqual(['units/ceased']);
    const declared = lastDay(cleanPlan({ body, reading: 'legal' }));
    expect(v(declared, rule).map((x) => x.ruleId)).toEqual(['units/ceased']);
    expect(v(declared, { ...rule, reading: 'safe' })).toEqual([]);
  });

  it('turns a bad configuration into coded diagnostics, never an exception', () => {
    // A configuration read from a file: wrong values are diagnostics, not exceptions.
    const bad = validate(cleanPlan(), { extends: 'loose', rules: { 'units/unusd': 'off', 'targets/measurable': ['warning', { requireBaseLine: true }], 'dates/before-issue': 'fatal' } } as never);
    expect(bad.map((x) => [x.ruleId, x.code, x.path.join('.')])).toEqual([
      ['config/unknown-rule', 'KH002', 'rules.units/unusd'],
      ['config/invalid', 'KH001', 'extends'],
      ['config/invalid', 'KH001', 'rules.dates/before-issue'],
      ['config/invalid-options', 'KH003', 'rules.targets/measurable.1'],
    ]);
    expect(bad[0]!.message.en).toBe('There is no rule "units/unusd". Did you mean "units/unused"?');
    expect(validate(cleanPlan(), 'strict' as never).map((x) => x.ruleId)).toEqual(['config/invalid']);
    expect(parseConfig(null).ok).toBe(true);
  });

  it('refuses input that is not a plan with a diagnostic', () => {
    const d = validate({ body: 'nope' } as unknown as Plan);
    expect(d.map((x) => [x.ruleId, x.code, x.severity])).toEqual([['plan/not-a-plan', 'KH000', 'error']]);
  });

  it('turns a rule that throws into a diagnostic without a stack', () => {
    const crashing = defineRule({
      meta: { id: 'test/crash', code: 'KH999', defaultSeverity: 'error', docs: { description: 'x', descriptionVi: 'x' }, messages: {} },
      check() {
        throw new TypeError('Cannot read properties of undefined (reading "x")\n    at check (file.ts:1:1)');
      },
    });
    const d = validate(cleanPlan(), {}, { rules: { 'test/crash': crashing as AnyRule } });
    expect(d).toEqual([
      expect.objectContaining({ ruleId: 'internal/rule-failed', code: 'KH009', message: expect.objectContaining({ en: 'Rule test/crash could not check the plan: Cannot read properties of undefined (reading "x")' }) }),
    ]);
  });

  it('reports a rule whose data breaks the schema instead of crashing on it', () => {
    const plan = mutate(cleanPlan(), (p) => {
      (p.body[0] as { children: unknown[] }).children[0] = { type: 'task', id: 'I.1', text: 'x', partners: [], mode: 'assign', deadlines: [] };
    });
    expect(v(plan).some((x) => x.ruleId === 'roles/missing-lead')).toBe(true);
  });
});

describe('waivers', () => {
  const waived = cleanPlan({
    body: [
      r.section('I', 'NV', [
        r.task('1', {
          lead: 'doan',
          text: 'Tỉnh đoàn chủ trì.',
          deadlines: [noLaterThan('2025-11-15')],
          waivers: [{ rule: 'authority/assign-external', reason: 'Văn bản ban hành đã "giao" cho Tỉnh đoàn; giữ nguyên như bản gốc.' }],
        }),
      ]),
    ],
    waivers: [{ rule: 'KH204', target: 'I.1', reason: 'Ngày 15/11 theo quy chế phối hợp.' }],
  });

  it('keeps waived diagnostics with their reason, and does not count them', () => {
    const d = v(waived);
    expect(d.map((x) => [x.ruleId, x.suppressed])).toEqual([
      ['dates/non-working-day', { reason: 'Ngày 15/11 theo quy chế phối hợp.', kind: 'plan' }],
      ['authority/assign-external', { reason: 'Văn bản ban hành đã "giao" cho Tỉnh đoàn; giữ nguyên như bản gốc.', kind: 'node' }],
    ]);
    expect(summarize(d)).toEqual({ errors: 0, warnings: 0, infos: 0, suppressed: 2 });
    expect(assertValid(waived, { rules: { 'units/unused': 'off' } })).toHaveLength(2);
  });

  it('waives one node only, and matches plan waivers on units too', () => {
    const plan = cleanPlan({
      body: [
        r.section('I', 'NV', [
          r.task('1', { lead: 'doan', text: 'a', waivers: [{ rule: 'authority/assign-external', reason: 'bản gốc' }] }),
          r.task('2', { lead: 'doan', text: 'b' }),
        ]),
      ],
    });
    expect(v(plan).map((x) => [x.nodeId, x.suppressed === undefined])).toEqual([
      ['I.1', false],
      ['I.2', true],
    ]);
    const byUnit = cleanPlan({ ...{ body: plan.body }, waivers: [{ rule: 'authority/assign-external', target: 'doan', reason: 'Tỉnh đoàn' }] });
    expect(v(byUnit).every((x) => x.suppressed?.kind === 'plan' || x.suppressed?.kind === 'node')).toBe(true);
  });

  it('reports waivers of unknown rules and waivers that suppress nothing', () => {
    const plan = cleanPlan({
      waivers: [
        { rule: 'dates/befor-issue', reason: 'typo' },
        { rule: 'dates/before-issue', target: 'I.1', reason: 'nothing to waive' },
      ],
    });
    expect(v(plan).map((x) => [x.ruleId, x.severity, x.path.join('.')])).toEqual([
      ['waivers/unknown-rule', 'warning', 'waivers.0.rule'],
      ['waivers/unused', 'info', 'waivers.1'],
    ]);
  });

  it('throws a branded ValidationError from assertValid only', () => {
    expect(() => assertValid(broken, { rules: { 'units/unused': 'off' } })).toThrowError(/1 error\(s\): dates\/before-issue \(KH201\)/);
    try {
      assertValid(broken, { rules: { 'units/unused': 'off' } });
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      if (isValidationError(error)) expect(error.diagnostics).toHaveLength(3);
    }
  });
});

describe('presets and config schema', () => {
  it('lists every rule in both presets, and strict has no warnings', () => {
    for (const name of ['recommended', 'strict'] as const) expect(Object.keys(presets[name]).sort()).toEqual(Object.keys(rules).sort());
    const severityOf = (s: unknown) => (Array.isArray(s) ? s[0] : s);
    expect(Object.values(presets.strict).map(severityOf)).not.toContain('warning');
    expect(Object.entries(presets.recommended).filter(([, s]) => severityOf(s) === 'off').map(([id]) => id)).toEqual(['dates/ambiguous-before']);
  });

  it('rules have unique codes and ids that match their registry keys', () => {
    const codes = Object.values(rules).map((x) => x.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [id, rule] of Object.entries(rules)) {
      expect(rule.meta.id).toBe(id);
      expect(rule.meta.code).toMatch(/^KH\d{3}$/);
    }
  });

  it('exports a JSON Schema of the configuration that Ajv compiles and applies', () => {
    const validateConfig = new Ajv2020({ strict: false }).compile(configJsonSchema());
    expect(validateConfig({ extends: 'strict', rules: { 'reporting/after-plan-end': ['warning', { graceDays: 15 }], 'units/unused': 'off' } })).toBe(true);
    expect(validateConfig({ rules: { 'units/unusd': 'off' } })).toBe(false);
    expect(validateConfig({ rules: { 'reporting/after-plan-end': ['warning', { grace: 15 }] } })).toBe(false);
  });
});
