import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatPath, isProgressError, parseProgress, type Locale, type PlanProblem, type Progress } from '@kehoach/core';
import { CliError } from '../cli-error.js';
import { LoadError, SourceRefusal, type LoadProblem } from '../load/load-error.js';
import { readSource, sourceRoot, type SourceRoot } from '../load/read-source.js';

/** A progress record and where it came from. */
export interface LoadedProgress {
  progress: Progress;
  file: string;
  text: string;
  kind: 'ts' | 'json';
}

/** How to load a progress record: as plans are loaded (see `loadPlan`). */
export interface LoadProgressOptions {
  cwd?: string;
  /** Read a `progress.ts` statically instead of running it. */
  noExec?: boolean;
  locale?: Locale;
  root?: string;
}

/**
 * The progress file beside a plan: `progress.ts`, else `progress.json`, in the plan's folder;
 * `undefined` when there is none.
 */
export function progressBeside(planFile: string): string | undefined {
  for (const name of ['progress.ts', 'progress.json']) {
    const candidate = path.join(path.dirname(planFile), name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Whether a file argument names a progress record rather than a plan: `progress*.ts`, or JSON whose schema says so. */
export function isProgressFile(file: string, text?: string): boolean {
  if (/\.json$/i.test(file)) return text !== undefined && /"schema"\s*:\s*"kehoach\/progress@1"/.test(text);
  return /^progress[^/\\]*\.[cm]?ts$/i.test(path.basename(file));
}

/**
 * Loads a progress record from `progress.ts` (run, or read without running with `noExec`) or
 * `progress.json`. Every failure is one `LoadError` (exit status 2) with coded problems at
 * their file and line.
 *
 * @example
 * const { progress } = await loadProgress('examples/khanh-hoa-12127/progress.ts');
 */
export async function loadProgress(argument: string, options: LoadProgressOptions = {}): Promise<LoadedProgress> {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? 'en';
  let file = path.resolve(cwd, argument);
  if (!existsSync(file)) throw new CliError(`kehoach: no such file or folder: ${argument}`);
  if (statSync(file).isDirectory()) {
    const found = progressBeside(path.join(file, 'plan.ts'));
    if (found === undefined) throw new CliError(`kehoach: folder ${argument} holds no progress.ts or progress.json`);
    file = found;
  }
  const kind = file.endsWith('.json') ? 'json' : 'ts';
  let root: SourceRoot;
  let text: string;
  try {
    root = sourceRoot(options.root === undefined ? path.dirname(file) : path.resolve(cwd, options.root));
    text = readSource(file, root, kind);
  } catch (error) {
    if (error instanceof SourceRefusal) throw refusal(file, [error.problem], locale);
    throw error;
  }
  if (kind === 'json') {
    try {
      return { progress: parseProgress(text), file, text, kind };
    } catch (error) {
      const { jsonLocator } = await import('@kehoach/validator/locate');
      throw problemsError(file, error, locale, jsonLocator(text, file));
    }
  }
  const { tsProgressLocator } = await import('@kehoach/validator/locate');
  if (options.noExec) {
    const { readProgressStatically } = await import('../static/read-plan-statically.js');
    const result = await readProgressStatically(file, { root: root.dir });
    if (result.ok) return { progress: result.progress, file, text, kind };
    if ('planProblems' in result) throw problemsError(file, { problems: result.planProblems }, locale, tsProgressLocator(text, file));
    const problems: LoadProblem[] = result.problems.map((p) => ({ code: p.code, file: p.file, line: p.line, column: p.column, message: p.message }));
    const lines = result.problems.map((p) => `${relative(p.file)}:${p.line}:${p.column}: ${p.code} (${p.construct}): ${p.message[locale]}`);
    const head = locale === 'vi' ? 'không đọc được hồ sơ tiến độ mà không chạy (--no-exec)' : 'cannot read the progress record without running it (--no-exec)';
    throw new LoadError([`kehoach: ${relative(file)}: ${head}:`, ...lines.map((l) => `  ${l}`)].join('\n'), file, problems);
  }
  const { runTsModule } = await import('../load/run-ts-module.js');
  try {
    const value = await runTsModule(file, root, { sources: new Map(), programs: new Map() });
    return { progress: parseProgress(value), file, text, kind };
  } catch (error) {
    if (error instanceof SourceRefusal) throw refusal(file, [error.problem], locale);
    throw problemsError(file, error, locale, tsProgressLocator(text, file));
  }
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function refusal(file: string, problems: LoadProblem[], locale: Locale): LoadError {
  const lines = problems.map((p) => `kehoach: ${p.file === undefined ? relative(file) : `${relative(p.file)}${p.line === undefined ? '' : `:${p.line}:${p.column}`}`}: ${p.code}: ${p.message[locale]}`);
  return new LoadError(lines.join('\n'), file, problems);
}

function problemsError(file: string, error: unknown, locale: Locale, locate: (p: (string | number)[]) => { file: string; line: number; column: number } | undefined): LoadError {
  const problems: readonly PlanProblem[] | undefined = isProgressError(error)
    ? error.problems
    : typeof error === 'object' && error !== null && 'problems' in error
      ? (error as { problems: readonly PlanProblem[] }).problems
      : undefined;
  if (problems === undefined) {
    const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.trim();
    return new LoadError(`kehoach: ${locale === 'vi' ? 'không tải được' : 'cannot load'} ${relative(file)}: ${message}`, file, [
      { code: 'ts/runtime-error', file, message: { vi: `Hồ sơ tiến độ lỗi khi chạy: ${message}`, en: `The progress record failed while it ran: ${message}` } },
    ]);
  }
  const located = problems.map((p) => ({ p, at: p.path.length === 0 ? undefined : locate(p.path) }));
  const head = locale === 'vi' ? 'không phải hồ sơ tiến độ hợp lệ' : 'is not a valid progress record';
  const lines = located.slice(0, 20).map(({ p, at }) => `${at ? `${relative(at.file)}:${at.line}:${at.column}: ` : ''}${p.code} at ${formatPath(p.path)}: ${p.message[locale]}`);
  return new LoadError(
    [`kehoach: ${relative(file)}: ${head}:`, ...lines.map((l) => `  ${l}`)].join('\n'),
    file,
    located.map(({ p, at }) => ({ code: p.code, message: p.message, path: p.path, file: at?.file ?? file, ...(at && { line: at.line, column: at.column }) })),
  );
}
