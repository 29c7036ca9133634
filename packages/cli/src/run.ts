import { parseArgs } from 'node:util';
import { isIsoDate } from '@kehoach/core';
import { CliError, EXIT } from './cli-error.js';
import { summarizePlan } from './commands/summary.js';
import { loadPlan } from './load-plan.js';

const USAGE = `Usage: kehoach <command> [options]

Commands:
  summary <plan> [--as-of YYYY-MM-DD] [--limit N]   the plan's header, counts and next duties

A plan is a .ts plan file, a folder holding plan.ts, or a .json plan.
`;

/** Output streams, replaceable in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/**
 * Runs the `kehoach` command with its arguments and returns the exit status.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2));
 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'summary':
        return await summary(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return command === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new CliError(`kehoach: unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

async function summary(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    'as-of': { type: 'string' },
    limit: { type: 'string' },
  });
  if (positionals.length !== 1) throw new CliError('kehoach summary: expected one plan argument');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new CliError(`kehoach summary: --as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new CliError(`kehoach summary: --limit must be a positive integer, got "${values.limit}"`);
  }
  const { plan } = await loadPlan(positionals[0]!);
  io.stdout(summarizePlan(plan, { ...(asOf === undefined ? {} : { asOf }), ...(limit === undefined ? {} : { limit }) }));
  return EXIT.ok;
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`kehoach: ${error instanceof Error ? error.message : String(error)}`);
  }
}
