import type { Locale } from '@kehoach/core';
import { rules as builtinRules } from '../rules/index.js';
import type { AnyRule, Diagnostic } from '../types.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif, type SarifOptions } from './sarif.js';
import { stylish } from './stylish.js';

/** The output formats. */
export type FormatName = 'stylish' | 'json' | 'sarif' | 'github';

/** Options of `format()`. */
export interface FormatOptions extends SarifOptions {
  format: FormatName;
  /** The language of messages; Vietnamese by default. */
  locale?: Locale;
  /** File paths are written relative to this folder (SARIF URIs, annotations); absolute when absent. */
  cwd?: string;
  /** The plan file, for diagnostics that have no source location. */
  file?: string;
  /** The rules to describe in SARIF; the built-in ones by default. */
  rules?: Record<string, AnyRule>;
}

/**
 * Renders diagnostics: `stylish` for people, `json` for programs, `sarif` (SARIF 2.1.0, for
 * GitHub code scanning) and `github` (workflow annotation commands).
 *
 * @example
 * const diagnostics = validate(plan, undefined, { locate });
 * process.stdout.write(format(diagnostics, { format: 'sarif', locale: 'en', cwd: process.cwd() }));
 */
export function format(diagnostics: readonly Diagnostic[], options: FormatOptions): string {
  const locale = options.locale ?? 'vi';
  switch (options.format) {
    case 'stylish':
      return stylish(diagnostics, locale, options.cwd, options.file);
    case 'json':
      return json(diagnostics, locale, options.cwd);
    case 'sarif':
      return sarif(diagnostics, locale, options.cwd, options.file, options.rules ?? builtinRules, options);
    case 'github':
      return github(diagnostics, locale, options.cwd, options.file);
    default:
      throw new TypeError(`Unknown format "${String(options.format)}"; use stylish, json, sarif or github.`);
  }
}
