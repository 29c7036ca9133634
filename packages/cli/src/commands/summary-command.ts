import { dateFlag, expectPositionals, ONE_PLAN, parseFlags, readingFlag, usageError } from '../args.js';
import { calendarFlag } from '../calendar-file.js';
import { EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { summarizePlan } from './summary.js';
import { terminalMessage } from '../terminal.js';

/** `kehoach summary <plan> [--as-of DATE] [--limit N] [--reading safe|legal] [--calendar FILE]` */
export async function summaryCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('summary', argv, {
    'as-of': { type: 'string' },
    limit: { type: 'string' },
    reading: { type: 'string' },
    calendar: { type: 'string' },
    ...LOAD_FLAGS,
  });
  const [planArg] = expectPositionals('summary', positionals, ONE_PLAN);
  const asOf = dateFlag('summary', 'as-of', values['as-of']);
  const reading = readingFlag('summary', values.reading);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw usageError('summary', { vi: `--limit phải là số nguyên dương, nhận được "${values.limit}"`, en: `--limit must be a positive integer, got "${values.limit}"` });
  }
  const calendar = calendarFlag('summary', values.calendar);
  const { noExec, root } = await loadSettings('summary', values);
  const { plan } = await loadPlan(planArg!, { noExec, ...(root !== undefined && { root }) });
  io.stdout(terminalMessage(summarizePlan(plan, { ...(asOf && { asOf }), ...(limit !== undefined && { limit }), ...(reading && { reading }), ...(calendar && { calendar }), planPath: planArg! })));
  return EXIT.ok;
}
