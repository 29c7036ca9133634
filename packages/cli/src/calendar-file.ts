import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatPath, safeParseSchedules, vietnamCalendar, type WorkingDayCalendar } from '@kehoach/core';
import { CliError } from './cli-error.js';

/**
 * @internal
 * The working-day calendar of a `--calendar FILE.json` flag: Vietnam's, with the schedules
 * of the file over the built-in ones; `undefined` without the flag (the commands' default).
 * A file that cannot be read or holds invalid schedules is a usage error listing each problem.
 */
export function calendarFlag(command: string, file: string | undefined): WorkingDayCalendar | undefined {
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path.resolve(file), 'utf8');
  } catch (error) {
    throw new CliError(`kehoach ${command}: cannot read calendar ${file}: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = safeParseSchedules(text);
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => `  ${formatPath(p.path)}: ${p.code}: ${p.message.en}`);
    throw new CliError([`kehoach ${command}: invalid calendar ${file}:`, ...lines].join('\n'));
  }
  return vietnamCalendar({ schedules: parsed.schedules });
}
