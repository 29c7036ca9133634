import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { toCsvMatrix, toCsvTargets, toHtml, toIcs, toJson, toMarkdown, unitCalendars, planJsonSchema } from '@kehoach/export';
import { choiceFlag, expectPositionals, ONE_PLAN, parseFlags, readingFlag, usageError } from '../args.js';
import { calendarFlag } from '../calendar-file.js';
import { CliError, EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { writeOutputs, type OutputFile } from '../output/output-folder.js';
import { terminalMessage } from '../terminal.js';
import { knownUnit } from '../unit-names.js';

const FORMATS = ['json', 'json-schema', 'ics', 'html', 'md', 'csv'] as const;
type ExportFormat = (typeof FORMATS)[number];
const EXTENSIONS: Record<ExportFormat, string> = { json: 'json', 'json-schema': 'schema.json', ics: 'ics', html: 'html', md: 'md', csv: 'csv' };

/**
 * `kehoach export <plan> --format json|json-schema|ics|html|md|csv [--table matrix|targets] [--unit KEY] [--out PATH]
 * [--dates effective|stated] [--reading safe|legal] [--alarm DAYS] [--calendar FILE] [--force] [--no-exec]`. Writes to
 * stdout without `--out`. With `--format ics --out DIR` and no `--unit`, writes the plan
 * calendar and one per unit. Files are written atomically, only inside the output folder, and
 * never over a file kehoach did not write there (see `.kehoach-export.json`) unless `--force`.
 */
export async function exportCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('export', argv, {
    format: { type: 'string', short: 'f' },
    unit: { type: 'string' },
    out: { type: 'string', short: 'o' },
    dates: { type: 'string' },
    reading: { type: 'string' },
    alarm: { type: 'string' },
    force: { type: 'boolean' },
    calendar: { type: 'string' },
    table: { type: 'string' },
    ...LOAD_FLAGS,
  });
  const [planArg] = expectPositionals('export', positionals, ONE_PLAN);
  if (values.format === undefined) {
    throw usageError('export', { vi: `cần --format (${FORMATS.join(', ')})`, en: `--format is required (${FORMATS.join(', ')})` });
  }
  const format = choiceFlag('export', 'format', values.format, FORMATS, 'json');
  const dates = choiceFlag('export', 'dates', values.dates, ['effective', 'stated'] as const, 'effective');
  const reading = readingFlag('export', values.reading);
  // Reminders a week and a day before by default; `--alarm none` drops them.
  const alarm = values.alarm === undefined ? undefined : values.alarm === 'none' ? [] : values.alarm.split(',').map((n) => (/^\d+$/.test(n.trim()) ? Number(n) : NaN));
  if (alarm?.some((n) => !Number.isInteger(n) || n < 0 || n > 366)) {
    throw usageError('export', {
      vi: `--alarm nhận số ngày nhắc trước hạn, ví dụ 7 hoặc 7,1, hoặc none để bỏ nhắc; nhận được "${values.alarm}"`,
      en: `--alarm takes whole days before the deadline, e.g. 7 or 7,1, or none for no reminders; got "${values.alarm}"`,
    });
  }
  const table = choiceFlag('export', 'table', values.table, ['matrix', 'targets'] as const, 'matrix');
  if (values.table !== undefined && format !== 'csv') throw usageError('export', { vi: '--table chỉ dùng với --format csv', en: '--table applies to --format csv only' });
  if (values.unit !== undefined && format !== 'ics') throw usageError('export', { vi: '--unit chỉ dùng với --format ics', en: '--unit applies to --format ics only' });
  const calendar = calendarFlag('export', values.calendar);
  const { noExec, root } = await loadSettings('export', values);
  const { plan } = await loadPlan(planArg!, { noExec, ...(root !== undefined && { root }) });
  const unit = knownUnit('export', plan, values.unit);
  const duties = { ...(reading && { reading }), ...(calendar && { calendar }) };
  const icsOptions = { dates, ...duties, ...(alarm && { alarmDaysBefore: alarm }) };

  const render = (): string => {
    switch (format) {
      case 'json':
        return toJson(plan);
      case 'json-schema':
        return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
      case 'ics':
        return toIcs(plan, { ...icsOptions, ...(unit !== undefined && { unit }) });
      case 'html':
        return toHtml(plan, duties);
      case 'md':
        return toMarkdown(plan, duties);
      case 'csv':
        return table === 'targets' ? toCsvTargets(plan) : toCsvMatrix(plan, duties);
    }
  };

  if (values.out === undefined) {
    io.stdout(render());
    return EXIT.ok;
  }
  const out = path.resolve(values.out);
  let folder: string;
  const files: OutputFile[] = [];
  if (format === 'ics' && unit === undefined && (isDirectory(out) || !out.endsWith('.ics'))) {
    folder = out;
    files.push({ name: `${plan.id}.ics`, text: render() });
    for (const calendar of unitCalendars(plan, icsOptions)) files.push({ name: calendar.fileName, text: calendar.ics });
  } else if (isDirectory(out)) {
    folder = out;
    files.push({ name: `${plan.id}.${table === 'targets' ? 'targets.' : ''}${EXTENSIONS[format]}`, text: render() });
  } else {
    folder = path.dirname(out);
    files.push({ name: path.basename(out), text: render() });
  }
  const written = writeOutputs(folder, files, { command: 'export', manifest: true, force: values.force === true });
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  io.stderr(terminalMessage(`kehoach export: wrote ${written.length === 1 ? shown(written[0]!) : `${written.length} files to ${path.relative(process.cwd(), out) || '.'}`}\n`));
  return EXIT.ok;
}

function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}
