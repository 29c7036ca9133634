import path from 'node:path';
import { printable, type Locale } from '@kehoach/core';
import { format, summarize, validate, type Diagnostic, type FormatName } from '@kehoach/validator';
import { choiceFlag, parseFlags, usageError } from '../args.js';
import { calendarFlag } from '../calendar-file.js';
import { CliError, EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan, resolvePlanFile, type LoadedPlan } from '../load-plan.js';
import { LoadError, type LoadProblem } from '../load/load-error.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { terminalMessage } from '../terminal.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
const GLOB = /[*?[\]{}]/;

/**
 * `kehoach validate <plans or globs…> [--format stylish|json|sarif|github] [--max-warnings N]
 * [--config FILE] [--calendar FILE] [--locale vi|en] [--no-exec]`. Exit status: 0 no errors (and no more warnings
 * than allowed), 1 problems found, 2 bad usage or a plan that cannot be loaded.
 */
export async function validateCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('validate', argv, {
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    locale: { type: 'string' },
    calendar: { type: 'string' },
    typecheck: { type: 'boolean' },
    ...LOAD_FLAGS,
  });
  if (positionals.length === 0) {
    throw usageError('validate', { vi: 'cần ít nhất một kế hoạch, thư mục hoặc mẫu glob; xem: kehoach validate --help', en: 'expected at least one plan, folder or glob; see: kehoach validate --help' });
  }
  const formatName: FormatName = choiceFlag('validate', 'format', values.format, FORMATS, 'stylish');
  const locale: Locale = choiceFlag('validate', 'locale', values.locale, ['vi', 'en'] as const, 'vi');
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw usageError('validate', { vi: `--max-warnings phải là số nguyên không âm, nhận được "${values['max-warnings']}"`, en: `--max-warnings must be a whole number, got "${values['max-warnings']}"` });
  }
  const settings = await loadSettings('validate', values);
  const config = settings.config;
  const calendar = calendarFlag('validate', values.calendar);
  const files = await expandPlans(positionals);
  const { noExec, root } = settings;

  const diagnostics: Diagnostic[] = [];
  const loadErrors: { file: string; message: string }[] = [];
  const progress = io.isTTY === true && files.length > 1;
  for (const [i, file] of files.entries()) {
    if (progress) io.stderr(`\r\u001b[2K${i + 1}/${files.length} ${printable(path.relative(process.cwd(), file), { inline: true })}`);
    let refused = false;
    try {
      const loaded = await loadPlan(file, { noExec, locale, ...(root !== undefined && { root }) });
      const locate = await locatorFor(loaded);
      for (const d of validate(loaded.plan, config, { locate, ...(calendar && { calendar }) })) diagnostics.push({ ...d, file: loaded.file });
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      loadErrors.push({ file, message: error.messageIn(locale) });
      // A plan that cannot be loaded is data too: machine formats carry it as an error diagnostic.
      diagnostics.push(...loadDiagnostics(error, file));
      refused = error instanceof LoadError && error.problems.some((p) => p.code.startsWith('input/'));
    }
    // A file that may not be read is not type-checked either.
    if (values.typecheck === true && !file.endsWith('.json') && !refused) diagnostics.push(...(await typeDiagnostics(file, root)));
  }
  if (progress) io.stderr('\r\u001b[2K');

  // stylish is for people: when no plan could be loaded there is nothing to print but the load
  // errors. The machine formats always print a whole result, load errors included, so a CI
  // upload never receives an empty file.
  const shown = formatName === 'stylish' ? diagnostics.filter((d) => d.messageId !== LOAD_MESSAGE_ID) : diagnostics;
  if (formatName !== 'stylish' || loadErrors.length < files.length || shown.length > 0) {
    io.stdout(format(shown, { format: formatName, locale, cwd: process.cwd(), ...(files.length === 1 && { file: files[0] }) }));
  }
  // Under --format github the load errors are already encoded annotations on stdout.
  if (formatName !== 'github') for (const { message } of loadErrors) io.stderr(`${terminalMessage(message)}\n`);
  const summary = summarize(diagnostics.filter((d) => d.messageId !== LOAD_MESSAGE_ID));
  if (files.length > 1 && formatName === 'stylish') {
    const checked = files.length - loadErrors.length;
    io.stderr(
      locale === 'vi'
        ? `Đã kiểm tra ${checked}/${files.length} kế hoạch: ${summary.errors} lỗi, ${summary.warnings} cảnh báo.\n`
        : `Checked ${checked}/${files.length} plans: ${summary.errors} errors, ${summary.warnings} warnings.\n`,
    );
  }
  if (loadErrors.length > 0) return EXIT.usage;
  if (summary.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr(
      locale === 'vi'
        ? `kehoach validate: ${summary.warnings} cảnh báo, vượt mức cho phép --max-warnings ${maxWarnings}\n`
        : `kehoach validate: ${summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`,
    );
    return EXIT.problems;
  }
  return EXIT.ok;
}

/** The TypeScript errors of a plan file and the plan files it imports, as diagnostics `typescript/TS…`. */
async function typeDiagnostics(file: string, root: string | undefined): Promise<Diagnostic[]> {
  const { typeErrorsOf } = await import('../type-check.js');
  const errors = await typeErrorsOf(file, root ?? path.dirname(file));
  return errors.map((e) => ({
    ruleId: `typescript/TS${e.code}`,
    code: `TS${e.code}`,
    severity: 'error',
    messageId: 'typeError',
    message: { vi: `Lỗi kiểu TypeScript: ${e.message}`, en: e.message },
    path: [],
    file,
    location: { file: e.file, line: e.line, column: e.column },
  }));
}

/** The messageId of diagnostics that stand for a plan that could not be loaded. */
const LOAD_MESSAGE_ID = 'loadFailed';

/** A load error as error diagnostics, one per coded problem, at its file, line and column. */
function loadDiagnostics(error: CliError, planFile: string): Diagnostic[] {
  const problems: readonly LoadProblem[] = error instanceof LoadError
    ? error.problems
    : [{ code: 'input/load-failed', file: planFile, message: error.text }];
  return problems.map((p) => {
    const file = p.file ?? planFile;
    // A problem of the whole file (a file outside the root, not UTF-8, …) points at its start.
    const location = { file, line: p.line ?? 1, column: p.column ?? 1 };
    return { ruleId: p.code, code: p.code, severity: 'error', messageId: LOAD_MESSAGE_ID, message: p.message, path: p.path ?? [], file, location };
  });
}

async function locatorFor(loaded: LoadedPlan) {
  const { jsonLocator, tsPlanLocator } = await import('@kehoach/validator/locate');
  if (loaded.kind === 'json') return jsonLocator(loaded.text, loaded.file);
  const programs = loaded.programs;
  return await tsPlanLocator(loaded.file, {
    text: loaded.text,
    readSource: (file) => loaded.sources.get(file),
    ...(programs !== undefined && { parse: (text: string) => programs.get(text) }),
  });
}

/** Plan files named by the arguments: files, folders holding plan.ts, and globs. */
async function expandPlans(args: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    if (GLOB.test(arg)) {
      const { glob } = await import('tinyglobby');
      // A linked folder is not followed: it could lead out of the tree being checked.
      const matches = (await glob(arg, { absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] }))
        .filter((f) => /\.(json|[cm]?ts)$/.test(f))
        .sort();
      if (matches.length === 0) throw usageError('validate', { vi: `không có kế hoạch nào khớp ${arg}`, en: `no plan matches ${arg}` });
      out.push(...matches);
    } else {
      out.push(resolvePlanFile(path.resolve(arg), arg));
    }
  }
  return [...new Set(out)];
}
