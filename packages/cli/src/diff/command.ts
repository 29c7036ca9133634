import { diffPlans, formatDiff } from '@kehoach/core';
import { choiceFlag, expectPositionals, parseFlags } from '../args.js';
import { EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { terminalMessage } from '../terminal.js';

/**
 * `kehoach diff <old> <new> [--format text|json] [--locale vi|en] [--renumbered]`: prints what
 * changed between two versions of a plan. Exit status, as `diff(1)`: 0 no changes, 1 changes,
 * 2 bad usage or a plan that cannot be loaded.
 *
 * @internal Wired into `run()`.
 */
export async function diffCommand(argv: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
  const { values, positionals } = parseFlags('diff', argv, {
    format: { type: 'string' },
    locale: { type: 'string' },
    renumbered: { type: 'boolean' },
    ...LOAD_FLAGS,
  });
  const [oldArg, newArg] = expectPositionals('diff', positionals, { vi: 'hai kế hoạch: phiên bản cũ và phiên bản mới', en: 'two plan arguments: the old version and the new one' }, 2);
  const format = choiceFlag('diff', 'format', values.format, ['text', 'json'] as const, 'text');
  const locale = choiceFlag('diff', 'locale', values.locale, ['vi', 'en'] as const, 'vi');
  const { noExec, root } = await loadSettings('diff', values);
  const loading = { cwd, noExec, ...(root !== undefined && { root }) };
  const before = await loadPlan(oldArg!, loading);
  const after = await loadPlan(newArg!, loading);
  const diff = diffPlans(before.plan, after.plan, { renumbered: values.renumbered === true });
  io.stdout(format === 'text' ? terminalMessage(formatDiff(diff, { format, locale })) : formatDiff(diff, { format, locale }));
  return diff.changes.length === 0 ? EXIT.ok : EXIT.problems;
}
