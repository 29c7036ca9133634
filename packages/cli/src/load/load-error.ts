import type { LocalizedText } from '@kehoach/core';
import { CliError, EXIT } from '../cli-error.js';

/** Why a plan could not be loaded, and where: one coded problem. */
export interface LoadProblem {
  /** A stable code: `input/outside-root`, `static/unsupported`, `ts/syntax`, `schema/missing`, … */
  code: string;
  message: LocalizedText;
  /** The file at fault, absolute. */
  file?: string;
  /** Line and column (from 1) in `file`, when known. */
  line?: number;
  column?: number;
  /** The path in the plan model, for a plan that does not fit the model. */
  path?: (string | number)[];
}

/**
 * A plan that cannot be loaded: a `CliError` (exit status 2) whose message is for people and
 * whose `problems` are data, so machine formats can carry them.
 */
export class LoadError extends CliError {
  readonly problems: readonly LoadProblem[];
  /** The plan file that was being loaded. */
  readonly planFile: string;
  constructor(message: string, planFile: string, problems: readonly LoadProblem[]) {
    super(message, EXIT.usage);
    this.name = 'LoadError';
    this.planFile = planFile;
    this.problems = problems;
  }
}

/** @internal Whether a value is a `LoadError`. */
export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError;
}

/** @internal A thrown refusal of one file, before it is given the plan's context. */
export class SourceRefusal extends Error {
  constructor(readonly problem: LoadProblem) {
    super(problem.message.en);
    this.name = 'SourceRefusal';
  }
}
