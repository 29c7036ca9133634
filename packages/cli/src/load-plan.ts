import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatPath, isPlanError, parsePlan, type Locale, type Plan, type PlanProblem } from '@kehoach/core';
import type { EsNode } from '@kehoach/validator/locate';
import { CliError } from './cli-error.js';
import { LoadError, SourceRefusal, type LoadProblem } from './load/load-error.js';
import { readSource, sourceRoot, type SourceRoot } from './load/read-source.js';
import { typeErrorsOf } from './type-check.js';

/** Where a plan came from, for messages and source locations. */
export interface LoadedPlan {
  plan: Plan;
  /** The file the plan was read from (`plan.ts` inside a folder argument). */
  file: string;
  /** The file's text. */
  text: string;
  kind: 'ts' | 'json';
  /** The text of every file the plan was read from (the plan file and the plan files it imports), by absolute path. */
  sources: ReadonlyMap<string, string>;
  /** @internal The syntax trees of the TypeScript sources, by text, for source locations. */
  programs?: ReadonlyMap<string, EsNode>;
}

/** How to load a plan. */
export interface LoadOptions {
  /** Folder relative arguments are resolved from; the process's by default. */
  cwd?: string;
  /** Read a `.ts` plan statically instead of running it (see docs/security.md). */
  noExec?: boolean;
  /** Language of error messages; English by default, like the command's other messages. */
  locale?: Locale;
  /**
   * The folder every file the plan reads must be inside (see docs/security.md); the plan
   * file's own folder by default.
   */
  root?: string;
}

/**
 * Loads a plan from a `.ts` plan file, a folder holding `plan.ts`, or a `.json` plan.
 * TypeScript plans run as ES modules after their types are stripped (oxc-transform), so no
 * build step is needed, or are read without running them with `noExec`. Every file read must
 * be a regular file inside the root. Every failure becomes one `LoadError` (exit status 2)
 * carrying coded problems.
 *
 * @example
 * const { plan } = await loadPlan('examples/khanh-hoa-12127');
 * const { plan: untrusted } = await loadPlan('pr/plan.ts', { noExec: true, root: 'pr' });
 */
export async function loadPlan(argument: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? 'en';
  const file = resolvePlanFile(path.resolve(cwd, argument), argument);
  const kind = file.endsWith('.json') ? 'json' : 'ts';
  let root: SourceRoot;
  let text: string;
  try {
    root = sourceRoot(options.root === undefined ? path.dirname(file) : path.resolve(cwd, options.root));
    text = readSource(file, root, kind);
  } catch (error) {
    if (error instanceof SourceRefusal) throw refusalError(file, [error.problem], locale);
    throw error;
  }
  if (kind === 'json') {
    try {
      return { plan: parsePlan(text), file, text, kind, sources: new Map([[file, text]]) };
    } catch (error) {
      const { jsonLocator, lineColumn } = await import('@kehoach/validator/locate');
      const byPath = jsonLocator(text, file);
      throw planLoadError(file, error, locale, jsonProblemLocator(text, file, (p) => byPath(p), lineColumn));
    }
  }
  return options.noExec ? await readStatically(file, root, locale) : await importTsPlan(file, root, locale);
}

/** @internal The plan file an argument names: the file itself, or `plan.ts`/`plan.json` in a folder. */
export function resolvePlanFile(absolute: string, argument: string): string {
  if (!existsSync(absolute)) throw new CliError(`kehoach: no such file or folder: ${argument}`);
  if (statSync(absolute).isDirectory()) {
    for (const name of ['plan.ts', 'plan.json']) {
      const candidate = path.join(absolute, name);
      if (existsSync(candidate)) return candidate;
    }
    throw new CliError(`kehoach: folder ${argument} holds no plan.ts or plan.json`);
  }
  if (!/\.(json|[cm]?ts)$/.test(absolute)) {
    throw new CliError(`kehoach: ${argument} is not a plan: expected a .ts or .json file, or a folder with plan.ts`);
  }
  return absolute;
}

async function importTsPlan(file: string, root: SourceRoot, locale: Locale): Promise<LoadedPlan> {
  const { runTsModule } = await import('./load/run-ts-module.js');
  const sources = new Map<string, string>();
  const programs = new Map<string, EsNode>();
  try {
    const plan = parsePlan(await runTsModule(file, root, { sources, programs }));
    return { plan, file, text: sources.get(file)!, kind: 'ts', sources, programs: byText(sources, programs) };
  } catch (error) {
    if (error instanceof SourceRefusal) throw refusalError(file, [error.problem], locale);
    if (!isPlanError(error)) {
      // The plan threw while it ran: a type error is the likely cause, so say where it is.
      const typeError = (await typeErrorsOf(file, root.dir).catch(() => []))[0];
      if (typeError) {
        const message = typeError.message.split('\n')[0]!;
        throw new LoadError(`kehoach: ${relative(typeError.file)}:${typeError.line}:${typeError.column}: TS${typeError.code}: ${message}`, file, [
          { code: `typescript/TS${typeError.code}`, file: typeError.file, line: typeError.line, column: typeError.column, message: { vi: message, en: message } },
        ]);
      }
      throw planLoadError(file, error, locale);
    }
    const locate = await locator(file, sources, byText(sources, programs));
    throw planLoadError(file, error, locale, locate);
  }
}

function byText(sources: Map<string, string>, programs: Map<string, EsNode>): Map<string, EsNode> {
  const out = new Map<string, EsNode>();
  for (const [file, program] of programs) out.set(sources.get(file)!, program);
  return out;
}

type Locator = (path: (string | number)[], problem?: PlanProblem) => { file: string; line: number; column: number } | undefined;

/**
 * Where a problem of a JSON plan is: a syntax error at the offset JSON.parse names, any other
 * problem at the key of its path.
 */
function jsonProblemLocator(
  text: string,
  file: string,
  byPath: Locator,
  lineColumn: (text: string) => (offset: number) => { line: number; column: number },
): Locator {
  return (at, problem) => {
    const offset = problem?.code === 'json/syntax' ? /position (\d+)/.exec(problem.message.en)?.[1] : undefined;
    if (offset !== undefined) {
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      return { file, ...lineColumn(text)(Number(offset) + bom) };
    }
    return at.length === 0 ? undefined : byPath(at);
  };
}

/** Where each model path of a plan.ts is written, for messages about plans that do not fit the model. */
async function locator(file: string, sources: ReadonlyMap<string, string>, programs: ReadonlyMap<string, EsNode>): Promise<Locator | undefined> {
  try {
    const { tsPlanLocator } = await import('@kehoach/validator/locate');
    const locate = await tsPlanLocator(file, {
      text: sources.get(file) ?? '',
      readSource: (f) => sources.get(f),
      ...(programs.size > 0 && { parse: (text: string) => programs.get(text) }),
    });
    return (p) => locate(p);
  } catch {
    return undefined;
  }
}

async function readStatically(file: string, root: SourceRoot, locale: Locale): Promise<LoadedPlan> {
  const { readPlanStatically } = await import('./static/read-plan-statically.js');
  const result = await readPlanStatically(file, { root: root.dir });
  if (result.ok) {
    return { plan: result.plan, file, text: result.sources.get(file)!, kind: 'ts', sources: result.sources, programs: byText(result.sources, result.programs) };
  }
  if ('planProblems' in result) {
    const locate = await locator(file, result.sources, byText(result.sources, result.programs));
    throw planLoadError(file, { problems: result.planProblems }, locale, locate);
  }
  const problems: LoadProblem[] = result.problems.map((p) => ({ code: p.code, file: p.file, line: p.line, column: p.column, message: p.message }));
  const lines = result.problems.map((p) => `${relative(p.file)}:${p.line}:${p.column}: ${p.code} (${p.construct}): ${p.message[locale]}`);
  const head = locale === 'vi' ? 'không đọc được kế hoạch mà không chạy (--no-exec)' : 'cannot read the plan without running it (--no-exec)';
  throw new LoadError([`kehoach: ${relative(file)}: ${head}:`, ...lines.map((l) => `  ${l}`)].join('\n'), file, problems);
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

/** A refusal to read a file: one line per problem, with the file and, when known, the line. */
function refusalError(file: string, problems: LoadProblem[], locale: Locale): LoadError {
  const lines = problems.map((p) => {
    const where = p.file === undefined ? relative(file) : `${relative(p.file)}${p.line === undefined ? '' : `:${p.line}:${p.column}`}`;
    return `kehoach: ${where}: ${p.code}: ${p.message[locale]}`;
  });
  return new LoadError(lines.join('\n'), file, problems);
}

function planLoadError(file: string, error: unknown, locale: Locale, locate?: Locator): LoadError {
  const where = relative(file);
  const problems: readonly PlanProblem[] | undefined = isPlanError(error)
    ? error.problems
    : typeof error === 'object' && error !== null && 'problems' in error
      ? (error as { problems: readonly PlanProblem[] }).problems
      : undefined;
  if (problems) {
    const located = problems.map((p) => ({ problem: p, at: locate?.(p.path, p) }));
    const data: LoadProblem[] = located.map(({ problem: p, at }) => ({
      code: p.code,
      message: p.message,
      path: p.path,
      file: at?.file ?? file,
      ...(at !== undefined && { line: at.line, column: at.column }),
    }));
    const lines = located.slice(0, 20).map(({ problem: p, at }) => `${at ? `${relative(at.file)}:${at.line}:${at.column}: ` : ''}${p.code} at ${formatPath(p.path)}: ${p.message[locale]}`);
    if (problems.length === 1) return new LoadError(`kehoach: ${located[0]!.at ? '' : `${where}: `}${lines[0]}`, file, data);
    const more = problems.length > 20 ? [`  … ${problems.length - 20} more`] : [];
    const head = locale === 'vi' ? 'không phải kế hoạch hợp lệ' : 'is not a valid plan';
    return new LoadError([`kehoach: ${where}: ${head}:`, ...lines.map((l) => `  ${l}`), ...more].join('\n'), file, data);
  }
  const message = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]!.trim();
  return new LoadError(`kehoach: ${locale === 'vi' ? 'không tải được' : 'cannot load'} ${where}: ${message}`, file, [
    { code: 'ts/runtime-error', file, message: { vi: `Kế hoạch lỗi khi chạy: ${message}`, en: `The plan failed while it ran: ${message}` } },
  ]);
}
