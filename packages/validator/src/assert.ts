import type { Plan } from '@kehoach/core';
import type { ValidatorConfig } from './config.js';
import type { Diagnostic } from './types.js';
import { summarize, validate, type ValidateOptions } from './validate.js';

const VALIDATION_ERROR = Symbol.for('kehoach.ValidationError');

/**
 * Thrown by `assertValid()` when a plan has errors. It carries every diagnostic. Recognise it
 * with `isValidationError()`, which works across two loaded copies of the package.
 *
 * @example
 * try { assertValid(plan); } catch (e) { if (isValidationError(e)) console.log(e.diagnostics.length); }
 */
export class ValidationError extends Error {
  readonly code = 'plan/has-errors';
  readonly diagnostics: readonly Diagnostic[];
  readonly [VALIDATION_ERROR] = true;

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error' && d.suppressed === undefined);
    const first = errors[0];
    super(
      first === undefined
        ? 'The plan has errors'
        : `The plan has ${errors.length} error(s): ${first.ruleId} (${first.code}): ${first.message.en}${errors.length > 1 ? ' …' : ''}`,
    );
    this.name = 'ValidationError';
    this.diagnostics = diagnostics;
  }
}

/**
 * Whether `value` is a `ValidationError`, from this or any other loaded copy of the package.
 *
 * @example
 * if (isValidationError(error)) process.exitCode = 1;
 */
export function isValidationError(value: unknown): value is ValidationError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[VALIDATION_ERROR] === true;
}

/**
 * Validates a plan and throws a `ValidationError` carrying every diagnostic when any error is
 * left after waivers. The only entry point that throws.
 *
 * @returns The diagnostics (warnings, infos, suppressed) when there is no error.
 * @example
 * const warnings = assertValid(plan, { extends: 'strict' });
 */
export function assertValid(plan: Plan, config?: ValidatorConfig, options?: ValidateOptions): Diagnostic[] {
  const diagnostics = validate(plan, config, options);
  if (summarize(diagnostics).errors > 0) throw new ValidationError(diagnostics);
  return diagnostics;
}
