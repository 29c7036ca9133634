/**
 * `@kehoach/validator`: coded rules that catch real defects of plans, with presets, waivers,
 * source locations and CI output formats.
 *
 * @example
 * import { validate, format, summarize } from '@kehoach/validator';
 * const diagnostics = validate(plan, { extends: 'recommended' });
 * console.log(format(diagnostics, { format: 'stylish', locale: 'vi' }));
 * process.exitCode = summarize(diagnostics).errors > 0 ? 1 : 0;
 *
 * @packageDocumentation
 */
export { validate, summarize, type ValidateOptions, type DiagnosticSummary } from './validate.js';
export { validateProgress, type ValidateProgressOptions } from './progress/validate-progress.js';
export { progressRules, type ProgressRuleId, type ProgressRuleMeta } from './progress/rules.js';
export { assertValid, ValidationError, isValidationError } from './assert.js';
export { parseConfig, configJsonSchema, type ValidatorConfig, type ResolvedConfig, type ResolvedRule, type ParseConfigResult } from './config.js';
export { presets, type PresetName, type RuleSetting } from './presets.js';
export { rules, type RuleId } from './rules/index.js';
export { ENGINE_RULES } from './engine.js';
export { defineRule } from './define-rule.js';
export { RuleContext } from './context.js';
export { RuleTester, type ValidCase, type InvalidCase, type ExpectedReport, type TestFunctions } from './testing/rule-tester.js';
export { format, type FormatName, type FormatOptions } from './format/index.js';
export { workflowCommand } from './format/github.js';
export type { SarifOptions } from './format/sarif.js';
export type {
  Diagnostic,
  Severity,
  SeverityOrOff,
  SourceLocation,
  Locate,
  ModelPath,
  MessageValue,
  Report,
  Rule,
  RuleMeta,
  RuleCategory,
  AnyRule,
} from './types.js';
