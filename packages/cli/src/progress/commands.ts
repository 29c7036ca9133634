import { writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  parseProgress,
  progressIndexSource,
  status,
  type IsoDate,
  type Locale,
  type OccurrenceStatus,
  type Plan,
  type PlanStatus,
  type Progress,
} from '@kehoach/core';
import { csvRecords, documentName } from '@kehoach/export';
import { choiceFlag, dateFlag, parseFlags, readingFlag, usageError } from '../args.js';
import { calendarFlag } from '../calendar-file.js';
import { CliError, EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan, type LoadedPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { readingLine } from '../duty-text.js';
import { terminalMessage } from '../terminal.js';
import { knownUnit, unitNames } from '../unit-names.js';
import { loadProgress, progressBeside } from './load-progress.js';
import { TARGET_VERDICT, TASK_STATE, VERDICT_LABEL, calendarDistance, day, verdictText } from './wording.js';

/** Today in Vietnam (UTC+7), the default day to stand on. */
function today(): IsoDate {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10) as IsoDate;
}

function emptyProgress(plan: Plan): Progress {
  return parseProgress({ schema: 'kehoach/progress@1', plan: plan.id, submissions: [], statuses: [], measurements: [], exemptions: [] });
}

/**
 * Loads the plan and its progress record (`--progress FILE`, else `progress.ts` or
 * `progress.json` beside the plan, else an empty record), and checks the record against the
 * plan: errors stop the command (exit 1) with their file and line, warnings are printed.
 */
async function planAndProgress(command: string, planArg: string, values: Record<string, unknown>, io: Io, locale: Locale) {
  const { noExec, root } = await loadSettings(command, values as never);
  const loading = { noExec, ...(root !== undefined && { root }), locale };
  const loaded: LoadedPlan = await loadPlan(planArg, loading);
  const file = typeof values['progress'] === 'string' ? values['progress'] : progressBeside(loaded.file);
  if (file === undefined) return { loaded, progress: emptyProgress(loaded.plan), file: undefined, failed: false };
  const record = await loadProgress(file, loading);
  const { validateProgress, format } = await import('@kehoach/validator');
  const { tsProgressLocator, jsonLocator } = await import('@kehoach/validator/locate');
  const locate = record.kind === 'ts' ? tsProgressLocator(record.text, record.file) : jsonLocator(record.text, record.file);
  const diagnostics = validateProgress(loaded.plan, record.progress, { locate, file: record.file });
  if (diagnostics.length > 0) io.stderr(terminalMessage(format(diagnostics, { format: 'stylish', locale })));
  return { loaded, progress: record.progress, file: record.file, failed: diagnostics.some((d) => d.severity === 'error') };
}

const FAIL_ON = ['overdue', 'late'] as const;

/**
 * `kehoach status <plan> [--progress FILE] [--as-of DATE] [--unit KEY] [--format table|json|csv]
 * [--fail-on overdue|late] [--soon N] [--reading safe|legal] [--calendar FILE]`
 */
export async function statusCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('status', argv, {
    progress: { type: 'string' },
    'as-of': { type: 'string' },
    unit: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    soon: { type: 'string' },
    reading: { type: 'string' },
    calendar: { type: 'string' },
    ...LOAD_FLAGS,
  });
  if (positionals.length > 1) throw usageError('status', { vi: 'chỉ một kế hoạch; xem: kehoach status --help', en: 'one plan argument; see: kehoach status --help' });
  const locale = (values.locale === 'en' ? 'en' : 'vi') as Locale;
  const asOf = dateFlag('status', 'as-of', values['as-of']) ?? today();
  const format = choiceFlag('status', 'format', values.format, ['table', 'json', 'csv'] as const, 'table');
  const failOn = values['fail-on'] === undefined ? undefined : choiceFlag('status', 'fail-on', values['fail-on'], FAIL_ON, 'overdue');
  const soon = countFlag('status', 'soon', values.soon);
  const reading = readingFlag('status', values.reading);
  const calendar = calendarFlag('status', values.calendar);
  const { loaded, progress, failed } = await planAndProgress('status', positionals[0] ?? '.', values, io, locale);
  if (failed) return EXIT.problems;
  const plan = loaded.plan;
  const unit = knownUnit('status', plan, values.unit);
  const result = status(plan, progress, { asOf, ...(unit !== undefined && { unit }), ...(reading && { reading }), ...(calendar && { calendar }), ...(soon !== undefined && { soon }) });
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'csv' ? statusCsv(plan, result) : terminalMessage(statusTable(plan, result, locale)));
  if (failOn !== undefined && result.occurrences.some((o) => o.verdict === 'overdue' || (failOn === 'late' && o.verdict === 'late'))) return EXIT.problems;
  return EXIT.ok;
}

function countFlag(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,4}$/.test(value)) throw usageError(command, { vi: `--${flag} cần một số ngày làm việc, ví dụ --${flag} 30`, en: `--${flag} takes a number of working days, e.g. --${flag} 30` });
  return Number(value);
}

function statusTable(plan: Plan, s: PlanStatus, locale: Locale): string {
  const v = locale === 'vi';
  const name = unitNames(plan);
  const c = s.counts;
  const out = [
    v ? `${documentName(plan).ref}: tình hình thực hiện đến ngày ${day(s.asOf)}` : `${documentName(plan).ref}: where things stand on ${day(s.asOf)}`,
    readingLine(s.reading),
    v
      ? `${c.total} lần đến hạn: ${c.onTime} đúng hạn, ${c.late} trễ hạn, ${c.overdue} quá hạn, ${c.dueSoon} sắp đến hạn, ${c.notYetDue} chưa đến hạn, ${c.waived} được miễn`
      : `${c.total} occurrences: ${c.onTime} on time, ${c.late} late, ${c.overdue} overdue, ${c.dueSoon} due soon, ${c.notYetDue} not yet due, ${c.waived} waived`,
  ];
  const shown = s.occurrences.filter((o) => o.verdict !== 'not-yet-due');
  if (shown.length > 0) {
    const header = v ? ['Hạn', 'Đơn vị', 'Nội dung', 'Tình trạng', 'Văn bản'] : ['Due', 'Unit', 'What', 'Status', 'Document'];
    const rows = shown.map((o) => [day(o.due.effective), name(o.unit), oneLine(o.what, 40), verdictText(o, s.asOf, locale), document(o)]);
    out.push('', ...align([header, ...rows]));
  }
  const later = c.notYetDue;
  if (later > 0) out.push(v ? `… và ${later} lần chưa đến hạn (--format json hoặc csv để xem hết).` : `… and ${later} not yet due (--format json or csv lists them).`);
  if (s.units.length > 0) {
    const header = v ? ['Đơn vị', 'Tổng', 'Đúng hạn', 'Trễ', 'Quá hạn', 'Sắp đến hạn', 'Chưa đến hạn', 'Miễn'] : ['Unit', 'Total', 'On time', 'Late', 'Overdue', 'Due soon', 'Not yet due', 'Waived'];
    const rows = s.units.map((u) => [name(u.unit), ...[u.total, u.onTime, u.late, u.overdue, u.dueSoon, u.notYetDue, u.waived].map(String)]);
    out.push('', v ? 'Theo đơn vị:' : 'By unit:', ...align([header, ...rows]));
  }
  if (s.targets.length > 0) {
    out.push('', v ? 'Chỉ tiêu:' : 'Targets:');
    for (const t of s.targets) {
      const unit = t.unit === undefined ? '' : ` ${t.unit}`;
      const base = t.baseline?.value !== undefined ? `${t.baseline.value}${unit}${t.baseline.year ? ` (${t.baseline.year})` : ''}` : t.baseline?.year !== undefined ? `${t.baseline.year}` : '—';
      const latest = t.latest === undefined ? '—' : `${t.latest.value}${unit} (${t.latest.year ?? t.latest.period?.to ?? ''})`;
      const goal = t.goal.value !== undefined ? `${t.goal.value}${unit}` : t.goal.range !== undefined ? `${t.goal.range.min}–${t.goal.range.max}${unit}` : '—';
      const by = t.goal.by === undefined ? '' : ` (${t.goal.by})`;
      const expected = t.expected === undefined ? '' : v ? `; lộ trình: ${t.expected}${unit}` : `; path: ${t.expected}${unit}`;
      out.push(`  ${t.target}${t.scope ? ` ${name(t.scope)}` : ''} — ${oneLine(t.metric, 50)}: ${base} → ${latest} → ${goal}${by}: ${TARGET_VERDICT[t.verdict][locale]}${expected}`);
    }
  }
  if (s.tasks.length > 0) {
    out.push('', v ? 'Nhiệm vụ:' : 'Tasks:');
    for (const t of s.tasks) out.push(`  ${t.task}${t.unit ? ` ${name(t.unit)}` : ''}: ${TASK_STATE[t.status][locale]} ${v ? 'từ' : 'since'} ${day(t.since)}${t.evidence ? ` — ${oneLine(t.evidence, 60)}` : ''}`);
  }
  if (s.unscheduled.length > 0) out.push('', v ? `Bản nộp cho nghĩa vụ không nêu ngày: ${s.unscheduled.length}` : `Submissions for undated duties: ${s.unscheduled.length}`);
  if (s.unmatched.length > 0) out.push('', v ? `Bản nộp không khớp nghĩa vụ nào: ${s.unmatched.length}` : `Submissions matching no duty: ${s.unmatched.length}`);
  return `${out.join('\n')}\n`;
}

function document(o: OccurrenceStatus): string {
  const s = o.submission;
  if (s === undefined) return '';
  return `${s.document?.number ?? ''}${s.document?.number ? ', ' : ''}${day(s.received)}`;
}

/** @internal The columns of `status --format csv`, one row per dated duty. */
export const STATUS_CSV_HEADER = [
  'occurrence', 'duty', 'unit', 'unit_name', 'stated', 'effective', 'legal', 'verdict', 'working_days',
  'received', 'document', 'document_date', 'waived_by', 'what',
] as const;

function statusCsv(plan: Plan, s: PlanStatus): string {
  const name = unitNames(plan);
  const rows = s.occurrences.map((o) => [
    o.occurrence,
    o.duty,
    o.unit,
    name(o.unit),
    o.due.stated,
    o.due.effective,
    o.due.legal.date,
    o.verdict,
    String(o.lateBy ?? o.overdueBy ?? o.remaining ?? ''),
    o.submission?.received ?? '',
    o.submission?.document?.number ?? '',
    o.submission?.document?.date ?? '',
    o.waivedBy === undefined ? '' : o.waivedBy.kind === 'exemption' ? o.waivedBy.exemption.decision.number : (o.waivedBy.status.decision?.number ?? 'cancelled'),
    o.what,
  ]);
  return csvRecords([[...STATUS_CSV_HEADER], ...rows]);
}

/**
 * `kehoach agenda [plan] --unit KEY [--within N] [--as-of DATE] [--progress FILE]
 * [--format table|json] [--reading safe|legal] [--calendar FILE]`: what a unit must do next.
 */
export async function agendaCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('agenda', argv, {
    unit: { type: 'string' },
    within: { type: 'string' },
    progress: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    reading: { type: 'string' },
    calendar: { type: 'string' },
    ...LOAD_FLAGS,
  });
  if (positionals.length > 1) throw usageError('agenda', { vi: 'chỉ một kế hoạch; xem: kehoach agenda --help', en: 'one plan argument; see: kehoach agenda --help' });
  if (values.unit === undefined) throw usageError('agenda', { vi: 'cần --unit KEY: đơn vị cần xem việc phải làm', en: 'needs --unit KEY: the unit whose agenda to list' });
  const locale = (values.locale === 'en' ? 'en' : 'vi') as Locale;
  const asOf = dateFlag('agenda', 'as-of', values['as-of']) ?? today();
  const within = countFlag('agenda', 'within', values.within) ?? 30;
  const format = choiceFlag('agenda', 'format', values.format, ['table', 'json'] as const, 'table');
  const reading = readingFlag('agenda', values.reading);
  const calendar = calendarFlag('agenda', values.calendar);
  const { loaded, progress, failed } = await planAndProgress('agenda', positionals[0] ?? '.', values, io, locale);
  if (failed) return EXIT.problems;
  const plan = loaded.plan;
  const unit = knownUnit('agenda', plan, values.unit)!;
  const result = status(plan, progress, { asOf, unit, soon: within, ...(reading && { reading }), ...(calendar && { calendar }) });
  const items = result.occurrences.filter((o) => o.verdict === 'overdue' || o.verdict === 'due-soon');
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ asOf, unit, within, items }, null, 2)}\n`);
    return EXIT.ok;
  }
  const v = locale === 'vi';
  const name = unitNames(plan);
  const out = [
    v
      ? `${name(unit)}: việc phải làm đến ${within} ngày làm việc sau ngày ${day(asOf)} (${documentName(plan).ref})`
      : `${name(unit)}: what is due within ${within} working days of ${day(asOf)} (${documentName(plan).ref})`,
  ];
  if (items.length === 0) out.push(v ? 'Không có việc nào quá hạn hoặc đến hạn.' : 'Nothing overdue or due.');
  for (const o of items) {
    const legal = o.due.legal.date === o.due.effective ? '' : v ? `, hạn theo luật ${day(o.due.legal.date)}` : `, legal limit ${day(o.due.legal.date)}`;
    out.push(`- ${day(o.due.effective)}${legal}: ${oneLine(o.what, 70)} — ${verdictText(o, asOf, locale)} [${o.occurrence}]`);
  }
  io.stdout(terminalMessage(`${out.join('\n')}\n`));
  return EXIT.ok;
}

/**
 * `kehoach progress index <plan> [--out FILE] [--check]`: writes the module that types a
 * progress record's builders by the plan (see `progressIndexSource`); `--check` fails (exit 1)
 * when the file is not up to date.
 */
export async function progressCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('progress', argv, { out: { type: 'string', short: 'o' }, check: { type: 'boolean' }, ...LOAD_FLAGS });
  const [sub, planArg, ...extra] = positionals;
  if (sub !== 'index' || extra.length > 0) {
    throw usageError('progress', { vi: 'cách dùng: kehoach progress index <kế hoạch> [--out FILE] [--check]', en: 'usage: kehoach progress index <plan> [--out FILE] [--check]' });
  }
  const { noExec, root } = await loadSettings('progress', values);
  const loaded = await loadPlan(planArg ?? '.', { noExec, ...(root !== undefined && { root }) });
  const text = progressIndexSource(loaded.plan);
  const out = values.out === undefined ? (values.check ? path.join(path.dirname(loaded.file), 'progress-index.ts') : undefined) : path.resolve(values.out);
  if (values.check) {
    const current = out !== undefined && existsSync(out) ? readFileSync(out, 'utf8') : undefined;
    if (current === text) return EXIT.ok;
    io.stderr(`kehoach: ${path.relative(process.cwd(), out!) || out}: ${current === undefined ? 'missing' : 'out of date'}; run: kehoach progress index ${planArg ?? '.'} --out ${path.relative(process.cwd(), out!)}\n`);
    return EXIT.problems;
  }
  if (out === undefined) {
    io.stdout(text);
    return EXIT.ok;
  }
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, text);
  } catch (error) {
    throw new CliError(`kehoach: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return EXIT.ok;
}

function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join('  ').trimEnd());
}

function oneLine(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  return [...line].length <= width ? line : `${[...line].slice(0, width - 1).join('')}…`;
}

