import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffPlans, diffProgress, formatDiff, formatProgressDiff } from '@kehoach/core';
import { isProgressFile, loadProgress } from '../progress/load-progress.js';
import { choiceFlag, expectPositionals, parseFlags } from '../args.js';
import { EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { terminalMessage } from '../terminal.js';

/** Whether a file argument is a progress record: `progress*.ts`, or a JSON file whose schema is `kehoach/progress@1`. */
function isProgress(file: string): boolean {
  try {
    return isProgressFile(file, /\.json$/i.test(file) ? readFileSync(file, 'utf8').slice(0, 4096) : undefined);
  } catch {
    return false;
  }
}

/**
 * `kehoach diff <old> <new> [--format text|json] [--locale vi|en] [--renumbered]`: prints what
 * changed between two versions of a plan, or of a progress record (see `isProgressFile`). Exit status, as `diff(1)`: 0 no changes, 1 changes,
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
  if (isProgress(path.resolve(cwd, oldArg!)) && isProgress(path.resolve(cwd, newArg!))) {
    const a = await loadProgress(oldArg!, loading);
    const b = await loadProgress(newArg!, loading);
    const diff = diffProgress(a.progress, b.progress);
    const text = formatProgressDiff(diff, { format, locale });
    io.stdout(format === 'text' ? terminalMessage(text) : text);
    return diff.changes.length === 0 ? EXIT.ok : EXIT.problems;
  }
  const before = await loadPlan(oldArg!, loading);
  const after = await loadPlan(newArg!, loading);
  const diff = diffPlans(before.plan, after.plan, { renumbered: values.renumbered === true });
  io.stdout(format === 'text' ? terminalMessage(formatDiff(diff, { format, locale })) : formatDiff(diff, { format, locale }));
  return diff.changes.length === 0 ? EXIT.ok : EXIT.problems;
}
