import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatPath, safeParseSchedules, vietnamCalendar, type WorkingDayCalendar } from '@kehoach/core';
import { usageError } from './args.js';

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
    const reason = (error as Error).message.split('\n')[0];
    throw usageError(command, { vi: `không đọc được tệp lịch ${file}: ${reason}`, en: `cannot read calendar ${file}: ${reason}` });
  }
  const parsed = safeParseSchedules(text);
  if (!parsed.ok) {
    const lines = (locale: 'vi' | 'en') => parsed.problems.map((p) => `\n  ${formatPath(p.path)}: ${p.code}: ${p.message[locale]}`).join('');
    throw usageError(command, { vi: `tệp lịch ${file} không hợp lệ:${lines('vi')}`, en: `invalid calendar ${file}:${lines('en')}` });
  }
  return vietnamCalendar({ schedules: parsed.schedules });
}
