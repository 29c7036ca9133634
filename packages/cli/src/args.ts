import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE, isIsoDate, isSupportedDate, type DeadlineReading, type IsoDate, type LocalizedText, type Locale } from '@kehoach/core';
import { CliError } from './cli-error.js';
import { nearest } from './help/suggest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** @internal Options every command takes besides its own. */
const COMMON_OPTIONS = { locale: { type: 'string' } } as const satisfies Options;

/** @internal What `parseFlags` returns for a set of options. */
export type ParsedFlags<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof COMMON_OPTIONS; allowPositionals: true; strict: true }>
>;

/**
 * @internal The language of help and usage errors: `--locale en` (or `--locale=en`) anywhere
 * before `--`, Vietnamese otherwise.
 */
export function localeOf(argv: readonly string[]): Locale {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    const value = arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value === 'en') return 'en';
  }
  return 'vi';
}

/** @internal A usage error of one command, in both languages. */
export function usageError(command: string, text: LocalizedText): CliError {
  const prefix = command === '' ? 'kehoach' : `kehoach ${command}`;
  return new CliError({ vi: `${prefix}: ${text.vi}`, en: `${prefix}: ${text.en}` });
}

/**
 * @internal Parses one command's flags, with `--locale` added to its options. An unknown flag
 * is a usage error that suggests the nearest known one and lists them all.
 */
export function parseFlags<O extends Options>(command: string, argv: readonly string[], options: O): ParsedFlags<O> {
  const all = { ...COMMON_OPTIONS, ...options } as O & typeof COMMON_OPTIONS;
  checkFlagNames(command, argv, all);
  try {
    return parseArgs({ args: [...argv], options: all, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const name = /--([\w-]+)/.exec(message)?.[1];
    const option = name === undefined ? undefined : all[name];
    if (option?.type === 'string') {
      throw usageError(command, { vi: `tùy chọn --${name} cần một giá trị, ví dụ --${name}=…`, en: `option --${name} needs a value, e.g. --${name}=…` });
    }
    if (option?.type === 'boolean') throw usageError(command, { vi: `tùy chọn --${name} không nhận giá trị`, en: `option --${name} takes no value` });
    throw usageError(command, { vi: message, en: message });
  }
}

function checkFlagNames(command: string, argv: readonly string[], options: Options): void {
  const longs = Object.keys(options);
  const shorts = new Map(Object.entries(options).flatMap(([name, o]) => (o.short === undefined ? [] : [[o.short, name] as const])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return;
    if (!arg.startsWith('-') || arg === '-') continue;
    const long = arg.startsWith('--');
    const name = long ? arg.slice(2).split('=')[0]! : shorts.get(arg[1]!);
    if (name === undefined || !Object.hasOwn(options, name)) throw unknownOption(command, long ? `--${name ?? ''}` : arg.slice(0, 2), longs);
    // A string option without `=` takes the next argument as its value.
    if (options[name]!.type === 'string' && !arg.includes('=') && (long || arg.length === 2)) i += 1;
  }
}

function unknownOption(command: string, typed: string, longs: readonly string[]): CliError {
  const known = [...longs.filter((name) => name !== 'locale'), 'locale', 'help'].map((name) => `--${name}`);
  const guess = typed.startsWith('--') ? nearest(typed, known) : undefined;
  const list = known.join(', ');
  return usageError(command, {
    vi: `không có tùy chọn ${typed}${guess ? `; có phải ý bạn là ${guess}?` : ''}\nCác tùy chọn của lệnh ${command}: ${list}. Xem: kehoach ${command} --help`,
    en: `unknown option ${typed}${guess ? `; did you mean ${guess}?` : ''}\nOptions of ${command}: ${list}. See: kehoach ${command} --help`,
  });
}

/** @internal A `YYYY-MM-DD` flag value, or a usage error naming the flag. */
export function dateFlag(command: string, flag: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) {
    throw usageError(command, { vi: `--${flag} phải là một ngày dạng YYYY-MM-DD, nhận được "${value}"`, en: `--${flag} must be a date YYYY-MM-DD, got "${value}"` });
  }
  // The calendars compute working days from 1900 to 2100, as plans may state them.
  if (!isSupportedDate(value)) {
    throw usageError(command, {
      vi: `--${flag} phải nằm trong khoảng ${FIRST_SUPPORTED_DATE} đến ${LAST_SUPPORTED_DATE}, nhận được "${value}"`,
      en: `--${flag} must be between ${FIRST_SUPPORTED_DATE} and ${LAST_SUPPORTED_DATE}, got "${value}"`,
    });
  }
  return value;
}

/** @internal A flag restricted to a set of values; a near miss is suggested. */
export function choiceFlag<T extends string>(command: string, flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    const guess = nearest(value, choices);
    const hint = { vi: guess === undefined ? '' : `; có phải ý bạn là ${guess}?`, en: guess === undefined ? '' : `; did you mean ${guess}?` };
    throw usageError(command, {
      vi: `--${flag} phải là một trong ${choices.join(', ')}, nhận được "${value}"${hint.vi}`,
      en: `--${flag} must be one of ${choices.join(', ')}, got "${value}"${hint.en}`,
    });
  }
  return value as T;
}

/** @internal What a command's positional arguments are, for its usage errors. */
export const ONE_PLAN: LocalizedText = { vi: 'một kế hoạch (tệp .ts, .json hoặc thư mục chứa plan.ts)', en: 'one plan argument (a .ts or .json file, or a folder holding plan.ts)' };

/** @internal Exactly `count` positional arguments, or a usage error. */
export function expectPositionals(command: string, positionals: readonly string[], what: LocalizedText, count = 1): string[] {
  if (positionals.length !== count) {
    throw usageError(command, { vi: `cần ${what.vi}; xem: kehoach ${command} --help`, en: `expected ${what.en}; see: kehoach ${command} --help` });
  }
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
