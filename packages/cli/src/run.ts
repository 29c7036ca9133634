import { localeOf, usageError } from './args.js';
import { CliError, EXIT } from './cli-error.js';
import { nearest } from './help/suggest.js';
import { COMMAND_HELP, COMMAND_NAMES, USAGE, type CommandName } from './help/texts.js';
import { processIo, type Io } from './io.js';
import { errnoCode, outputError, writeFailureCode, writeFailureReason } from './output/errors.js';
import { terminalMessage } from './terminal.js';
import { cliVersion } from './version.js';

export type { Io } from './io.js';

type Command = (argv: readonly string[], io: Io) => Promise<number>;

// Each command's module is loaded only when it runs, so `validate` never loads the exporters.
const COMMANDS: Record<CommandName, () => Promise<Command>> = {
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
  status: async () => (await import('./progress/commands.js')).statusCommand,
  agenda: async () => (await import('./progress/commands.js')).agendaCommand,
  progress: async () => (await import('./progress/commands.js')).progressCommand,
};

const isCommand = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);
const HELP_FLAGS = new Set(['--help', '-h']);
const GLOBAL_FLAGS = new Set([...HELP_FLAGS, '--version', '-v', '--locale']);

/** The arguments before `--`, where flags are read. */
function flagsPart(argv: readonly string[]): readonly string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

/**
 * Runs the `kehoach` command with its arguments and returns the exit status. Help and usage
 * errors are in Vietnamese unless `--locale en` is given.
 *
 * @example
 * process.exitCode = await run(process.argv.slice(2));
 */
export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const locale = localeOf(argv);
  const flags = flagsPart(argv);
  // The command is the first argument that is not a global flag (`kehoach --locale en validate …` works too).
  const commandIndex = flags.findIndex((arg, i) => !arg.startsWith('-') && flags[i - 1] !== '--locale');
  const command = commandIndex === -1 ? undefined : flags[commandIndex]!;
  const rest = commandIndex === -1 ? [] : [...argv.slice(0, commandIndex), ...argv.slice(commandIndex + 1)];
  const before = commandIndex === -1 ? flags : flags.slice(0, commandIndex);
  try {
    const stray = before.find((arg, i) => arg.startsWith('-') && !GLOBAL_FLAGS.has(arg) && !arg.startsWith('--locale=') && before[i - 1] !== '--locale');
    if (stray !== undefined) {
      const guess = nearest(stray, ['--help', '--version', '--locale']);
      throw usageError('', {
        vi: `không có tùy chọn ${stray}${guess ? `; có phải ý bạn là ${guess}?` : ''}\nXem: kehoach --help`,
        en: `unknown option ${stray}${guess ? `; did you mean ${guess}?` : ''}\nSee: kehoach --help`,
      });
    }
    if (command === undefined || command === 'help') {
      const topic = command === 'help' ? rest.find((arg) => !arg.startsWith('-') && isCommand(arg)) : undefined;
      if (topic !== undefined) {
        io.stdout(COMMAND_HELP[topic as CommandName][locale]);
        return EXIT.ok;
      }
      if (flags.includes('--version') || flags.includes('-v')) {
        io.stdout(`${cliVersion()}\n`);
        return EXIT.ok;
      }
      if (command === 'help' || flags.some((arg) => HELP_FLAGS.has(arg))) {
        io.stdout(USAGE[locale]);
        return EXIT.ok;
      }
      io.stderr(USAGE[locale]);
      return EXIT.usage;
    }
    if (!isCommand(command)) {
      const guess = nearest(command, COMMAND_NAMES);
      throw usageError('', {
        vi: `không có lệnh "${command}"${guess ? `; có phải ý bạn là "kehoach ${guess}"?` : ''}\nCác lệnh: ${COMMAND_NAMES.join(', ')}. Xem: kehoach --help`,
        en: `unknown command "${command}"${guess ? `; did you mean "kehoach ${guess}"?` : ''}\nCommands: ${COMMAND_NAMES.join(', ')}. See: kehoach --help`,
      });
    }
    if (flagsPart(rest).some((arg) => HELP_FLAGS.has(arg))) {
      io.stdout(COMMAND_HELP[command][locale]);
      return EXIT.ok;
    }
    return await (await COMMANDS[command]())(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${terminalMessage(error.messageIn(locale))}\n`);
      return error.exitCode;
    }
    // A write that failed outside the output writer (a full disk, a closed pipe) is still coded.
    if (['ENOSPC', 'EDQUOT', 'EPIPE'].includes(errnoCode(error) ?? '')) {
      const reason = writeFailureReason(error);
      const failure = outputError(command ?? '', writeFailureCode(error), { vi: `không ghi được: ${reason.vi}`, en: `cannot write: ${reason.en}` });
      io.stderr(`${terminalMessage(failure.messageIn(locale))}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${terminalMessage(`kehoach: ${locale === 'vi' ? 'lỗi nội bộ' : 'internal error'}: ${message}`)}\n`);
    return EXIT.usage;
  }
}
