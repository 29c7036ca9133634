import { CliError, EXIT } from './cli-error.js';
import { processIo, type Io } from './io.js';

export type { Io } from './io.js';

const USAGE = `Usage: kehoach <command> [options]

Commands:
  validate <plans or globs…> [--format stylish|json|sarif|github] [--max-warnings N]
           [--config FILE] [--locale vi|en] [--no-exec]
      check plans against the rules; exit 1 when there are errors
  export <plan> --format json|json-schema|ics|html|md|csv [--unit KEY] [--out PATH]
         [--dates effective|stated] [--reading safe|legal] [--alarm DAYS] [--no-exec]
      write the plan in another format; ics with --out DIR writes one calendar per unit
  summary <plan> [--as-of DATE] [--limit N] [--reading safe|legal]
      the plan's header, counts, next duties and deadlines nobody owes
  obligations <plan> [--from DATE] [--to DATE] [--unit KEY] [--reading safe|legal]
              [--format table|json|csv]
      duties by date, those an event triggers, and deadlines nobody owes with the reason
  init [DIR]
      a new plan project: package.json, a commented plan.ts and a CI workflow
  import <plan.json> [--out FILE] [--force]
      TypeScript source for a JSON plan, written with the builders
  diff <old plan> <new plan> [--format text|json] [--locale vi|en]
      what changed between two versions; exit 1 when they differ

A plan is a .ts plan file, a folder holding plan.ts, or a .json plan. Dates are YYYY-MM-DD.
--reading: safe (the default, unless the plan declares one) shows the last working day before
"trước ngày X", with the legal limit beside it; legal shows X, or the next working day.
Exit status: 0 ok, 1 problems found (diff: differences found), 2 usage error or a plan that
cannot be loaded. --no-exec reads a .ts plan without running it (see docs/security.md).
--calendar FILE.json (validate, export, summary, obligations) adds holiday schedules to
Vietnam's calendar, replacing a built-in one of the same year and holiday (docs/calendars.md).
`;

type Command = (argv: readonly string[], io: Io) => Promise<number>;

// Each command's module is loaded only when it runs, so `validate` never loads the exporters.
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  summary: async () => (await import('./commands/summary-command.js')).summaryCommand,
  obligations: async () => (await import('./commands/obligations.js')).obligationsCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  import: async () => {
    const { importCommand } = await import('./import/command.js');
    return (argv, io) => importCommand(argv, io);
  },
  diff: async () => {
    const { diffCommand } = await import('./diff/command.js');
    return (argv, io) => diffCommand(argv, io);
  },
};

/**
 * Runs the `kehoach` command with its arguments and returns the exit status.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2));
 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr(USAGE);
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!handler) throw new CliError(`kehoach: unknown command "${command}"\n\n${USAGE}`);
    return await (await handler())(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`kehoach: internal error: ${message}\n`);
    return EXIT.usage;
  }
}
