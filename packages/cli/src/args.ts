import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate, type DeadlineReading, type IsoDate } from '@kehoach/core';
import { CliError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** @internal What `parseFlags` returns for a set of options. */
export type ParsedFlags<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>>;

/** @internal Parses one command's flags; unknown flags become a usage error. */
export function parseFlags<O extends Options>(command: string, argv: readonly string[], options: O): ParsedFlags<O> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`kehoach ${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** @internal A `YYYY-MM-DD` flag value, or a usage error naming the flag. */
export function dateFlag(command: string, flag: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError(`kehoach ${command}: --${flag} must be a date YYYY-MM-DD, got "${value}"`);
  return value;
}

/** @internal A flag restricted to a set of values. */
export function choiceFlag<T extends string>(command: string, flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new CliError(`kehoach ${command}: --${flag} must be one of ${choices.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** @internal Exactly `count` positional arguments, or a usage error. */
export function expectPositionals(command: string, positionals: readonly string[], what: string, count = 1): string[] {
  if (positionals.length !== count) throw new CliError(`kehoach ${command}: expected ${what}`);
  return [...positionals];
}

/**
 * @internal `--reading safe|legal`; `undefined` when absent, so that `obligations()` takes the
 * plan's own reading, else the safe one.
 */
export function readingFlag(command: string, value: string | undefined): DeadlineReading | undefined {
  if (value === undefined) return undefined;
  return choiceFlag(command, 'reading', value, ['safe', 'legal'] as const, 'safe');
}
