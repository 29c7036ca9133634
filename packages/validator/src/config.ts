import { formatPath, type LocalizedText } from '@kehoach/core';
import { z } from 'zod';
import { engineDiagnostic } from './engine.js';
import { closest } from './util.js';
import { presets, type PresetName, type RuleSetting } from './presets.js';
import { rules as builtinRules } from './rules/index.js';
import type { AnyRule, Diagnostic, Severity, SeverityOrOff } from './types.js';

/**
 * A validator configuration, as written in `kehoach.config.json` or passed to `validate()`.
 *
 * @example
 * const config: ValidatorConfig = {
 *   extends: 'recommended',
 *   rules: { 'units/unused': 'off', 'reporting/after-plan-end': ['warning', { graceDays: 31 }] },
 * };
 */
export interface ValidatorConfig {
  /** The JSON Schema of the file, for editors; ignored. */
  $schema?: string;
  /** The preset to start from; `recommended` by default. */
  extends?: PresetName;
  /** Per-rule severity, or `[severity, options]`. */
  rules?: Record<string, RuleSetting>;
  /** How due dates are read: `safe` or `legal`; the plan's own reading, else `safe`, when absent. */
  reading?: 'safe' | 'legal';
  /**
   * Read every `plan.ts` without running it, as `kehoach --no-exec` does, in every command given
   * this configuration. Only `true` has an effect: a setting never turns `--no-exec` off.
   */
  noExec?: boolean;
}

/** A rule as it will run: its severity and its options with defaults filled in. */
export interface ResolvedRule {
  rule: AnyRule;
  severity: Severity;
  options: unknown;
}

/** A configuration checked and resolved against the rules. */
export interface ResolvedConfig {
  /** Rules that run, in registry order; rules turned off are absent. */
  rules: ResolvedRule[];
  /** Ids of every known rule, including those turned off. */
  known: ReadonlySet<string>;
  /** The configured reading; absent when the configuration leaves it to the plan. */
  reading?: 'safe' | 'legal';
}

const severitySchema = z.enum(['off', 'info', 'warning', 'error']);

function settingSchema(options: z.ZodType | undefined): z.ZodType {
  const optionsSchema = options ?? z.strictObject({});
  return z.union([severitySchema, z.tuple([severitySchema]), z.tuple([severitySchema, optionsSchema])]);
}

let cachedSchema: z.ZodType | undefined;
let cachedFor: Record<string, AnyRule> | undefined;

function configSchema(ruleSet: Record<string, AnyRule>): z.ZodType {
  if (cachedSchema !== undefined && cachedFor === ruleSet) return cachedSchema;
  const shape: Record<string, z.ZodType> = {};
  for (const [id, rule] of Object.entries(ruleSet)) {
    shape[id] = settingSchema(rule.meta.options).optional().meta({ description: `${rule.meta.code}: ${rule.meta.docs.description}` });
  }
  const schema = z
    .strictObject({
      $schema: z.string().optional(),
      extends: z.enum(['recommended', 'strict']).optional().meta({ description: 'The preset to start from; recommended by default.' }),
      rules: z.strictObject(shape).optional().meta({ description: 'Per-rule severity, or [severity, options].' }),
      reading: z
        .enum(['safe', 'legal'])
        .optional()
        .meta({
          description:
            'How due dates are read: safe (the last working day before "trước ngày X") or legal (X, moved to the next working day when it is a day off). The plan\'s own reading, else safe, when absent.',
        }),
      noExec: z
        .boolean()
        .optional()
        .meta({ description: 'Read every plan.ts without running it (kehoach --no-exec) in every command given this configuration; false has no effect.' }),
    })
    .meta({ title: 'kehoach validator configuration' });
  cachedSchema = schema;
  cachedFor = ruleSet;
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of the validator configuration, for editors and other tools.
 *
 * @example
 * writeFileSync('kehoach.config.schema.json', JSON.stringify(configJsonSchema(), null, 2));
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://kehoach.dev/schema/validator-config-1.json',
    ...z.toJSONSchema(configSchema(builtinRules), { target: 'draft-2020-12', io: 'input' }),
  };
}

/** The result of `parseConfig()`: never thrown, always returned. */
export type ParseConfigResult = { ok: true; config: ResolvedConfig } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Checks a configuration and resolves it against the presets and the rules. A bad
 * configuration gives coded diagnostics (`config/invalid`, `config/unknown-rule`,
 * `config/invalid-options`), never an exception.
 *
 * @param input - A `ValidatorConfig`, or any value read from a file.
 * @example
 * const result = parseConfig({ rules: { 'units/unused': 'off' } });
 * if (!result.ok) console.log(result.diagnostics.map((d) => d.message.en));
 */
export function parseConfig(input: unknown = {}, ruleSet: Record<string, AnyRule> = builtinRules): ParseConfigResult {
  const value = input ?? {};
  const diagnostics: Diagnostic[] = [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, diagnostics: [configProblem('invalid', [], { vi: 'Cấu hình phải là một đối tượng JSON.', en: 'The configuration must be a JSON object.' })] };
  }
  const raw = value as Record<string, unknown>;
  const rulesInput = raw['rules'];
  if (rulesInput !== undefined && rulesInput !== null && typeof rulesInput === 'object' && !Array.isArray(rulesInput)) {
    for (const id of Object.keys(rulesInput)) {
      if (!Object.hasOwn(ruleSet, id)) diagnostics.push(unknownRule(id, ['rules', id], Object.keys(ruleSet)));
    }
  }
  const known = Object.fromEntries(Object.entries((rulesInput ?? {}) as Record<string, unknown>).filter(([id]) => Object.hasOwn(ruleSet, id)));
  // An empty configuration has nothing to check: the schema of every rule's settings is not built.
  const checked = Object.keys(raw).length === 0 ? { success: true as const } : configSchema(ruleSet).safeParse({ ...raw, ...(rulesInput === undefined ? {} : { rules: typeof rulesInput === 'object' && rulesInput !== null && !Array.isArray(rulesInput) ? known : rulesInput }) });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const isOptions = path[0] === 'rules' && path.length >= 3;
      const where = formatPath(path);
      diagnostics.push(
        isOptions
          ? configProblem('invalid-options', path, {
              vi: `Tùy chọn của quy tắc "${String(path[1])}" không hợp lệ tại ${where}: ${issue.message}.`,
              en: `Invalid options for rule "${String(path[1])}" at ${where}: ${issue.message}.`,
            })
          : configProblem('invalid', path, {
              vi: `Cấu hình không hợp lệ tại ${where}: ${issue.message}.`,
              en: `Invalid configuration at ${where}: ${issue.message}.`,
            }),
      );
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  const config = raw as ValidatorConfig;
  const preset: Record<string, RuleSetting> = presets[config.extends ?? 'recommended'];
  const resolved: ResolvedRule[] = [];
  for (const [id, rule] of Object.entries(ruleSet)) {
    const [presetSeverity, presetOptions] = split(preset[id] ?? rule.meta.defaultSeverity);
    const own = config.rules?.[id];
    const [ownSeverity, ownOptions] = own === undefined ? [undefined, undefined] : split(own);
    const severity = ownSeverity ?? presetSeverity;
    if (severity === 'off') continue;
    const merged = { ...(presetOptions ?? {}), ...(ownOptions ?? {}) };
    const options = rule.meta.options === undefined ? {} : rule.meta.options.parse(merged);
    resolved.push({ rule, severity, options });
  }
  return { ok: true, config: { rules: resolved, known: new Set(Object.keys(ruleSet)), ...(config.reading === undefined ? {} : { reading: config.reading }) } };
}

function split(setting: RuleSetting): [SeverityOrOff, Record<string, unknown> | undefined] {
  if (typeof setting === 'string') return [setting, undefined];
  return [setting[0], setting[1]];
}

function configProblem(kind: 'invalid' | 'invalid-options', path: (string | number)[], message: LocalizedText): Diagnostic {
  return engineDiagnostic(kind === 'invalid' ? 'config/invalid' : 'config/invalid-options', path, message);
}

function unknownRule(id: string, path: (string | number)[], ids: readonly string[]): Diagnostic {
  const near = closest(id, ids);
  const hint: LocalizedText =
    near === undefined ? { vi: '', en: '' } : { vi: ` Có phải là "${near}"?`, en: ` Did you mean "${near}"?` };
  return engineDiagnostic('config/unknown-rule', path, {
    vi: `Không có quy tắc "${id}".${hint.vi}`,
    en: `There is no rule "${id}".${hint.en}`,
  });
}
