import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatPath, isPlanError, parsePlan, type Locale, type Plan, type PlanProblem } from '@kehoach/core';
import { CliError } from './cli-error.js';
import { typeErrorsOf } from './type-check.js';

/** Where a plan came from, for messages and source locations. */
export interface LoadedPlan {
  plan: Plan;
  /** The file the plan was read from (`plan.ts` inside a folder argument). */
  file: string;
  /** The file's text. */
  text: string;
  kind: 'ts' | 'json';
}

/** How to load a plan. */
export interface LoadOptions {
  /** Folder relative arguments are resolved from; the process's by default. */
  cwd?: string;
  /** Read a `.ts` plan statically instead of running it (see docs/security.md). */
  noExec?: boolean;
  /** Language of error messages; English by default, like the command's other messages. */
  locale?: Locale;
}

/**
 * Loads a plan from a `.ts` plan file, a folder holding `plan.ts`, or a `.json` plan.
 * TypeScript plans run through jiti, so no build step is needed, or are read without running
 * them with `noExec`. Every failure becomes one `CliError` (exit status 2).
 *
 * @example
 * const { plan } = await loadPlan('examples/khanh-hoa-12127');
 * const { plan: untrusted } = await loadPlan('pr/plan.ts', { noExec: true });
 */
export async function loadPlan(argument: string, options: LoadOptions = {}): Promise<LoadedPlan> {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? 'en';
  const file = resolvePlanFile(path.resolve(cwd, argument), argument);
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    try {
      return { plan: parsePlan(text), file, text, kind: 'json' };
    } catch (error) {
      throw planLoadError(file, error, locale);
    }
  }
  const plan = options.noExec ? await readStatically(file, locale) : await importTsPlan(file, locale);
  return { plan, file, text, kind: 'ts' };
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

async function importTsPlan(file: string, locale: Locale): Promise<Plan> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(pathToFileURL(file).href, { interopDefault: true, moduleCache: false, fsCache: false });
  let exported: unknown;
  try {
    exported = await jiti.import(file, { default: true });
    return parsePlan(exported);
  } catch (error) {
    if (!isPlanError(error) && !isSyntaxError(error)) {
      // The plan threw while it ran: a type error is the likely cause, so say where it is.
      const typeError = (await typeErrorsOf(file).catch(() => []))[0];
      if (typeError) {
        const message = typeError.message.split('\n')[0];
        throw new CliError(`kehoach: ${relative(typeError.file)}:${typeError.line}:${typeError.column}: TS${typeError.code}: ${message}`);
      }
    }
    throw planLoadError(file, error, locale, isPlanError(error) ? await locator(file) : undefined);
  }
}

function isSyntaxError(error: unknown): boolean {
  return error instanceof Error && /^(ParseError|SyntaxError)\b/.test(error.message);
}

/** Where each model path of a plan.ts is written, for messages about plans that do not fit the model. */
async function locator(file: string): Promise<((path: (string | number)[]) => { line: number; column: number } | undefined) | undefined> {
  try {
    const { tsPlanLocator } = await import('@kehoach/validator/locate');
    return await tsPlanLocator(file);
  } catch {
    return undefined;
  }
}

async function readStatically(file: string, locale: Locale): Promise<Plan> {
  const { readPlanStatically } = await import('./static/read-plan-statically.js');
  const result = await readPlanStatically(file);
  if (result.ok) return result.plan;
  if ('planProblems' in result) throw planLoadError(file, { problems: result.planProblems }, locale);
  const lines = result.problems.map(
    (p) => `${relative(p.file)}:${p.line}:${p.column}: ${p.code} (${p.construct}): ${p.message[locale]}`,
  );
  const head = locale === 'vi' ? 'không đọc được kế hoạch mà không chạy (--no-exec)' : 'cannot read the plan without running it (--no-exec)';
  return Promise.reject(new CliError([`kehoach: ${relative(file)}: ${head}:`, ...lines.map((l) => `  ${l}`)].join('\n')));
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

function planLoadError(
  file: string,
  error: unknown,
  locale: Locale,
  locate?: (path: (string | number)[]) => { line: number; column: number } | undefined,
): CliError {
  const where = relative(file);
  const problems: readonly PlanProblem[] | undefined = isPlanError(error)
    ? error.problems
    : typeof error === 'object' && error !== null && 'problems' in error
      ? (error as { problems: readonly PlanProblem[] }).problems
      : undefined;
  if (problems) {
    const lines = problems.slice(0, 20).map((p) => {
      const at = locate?.(p.path);
      return `${at ? `${where}:${at.line}:${at.column}: ` : ''}${p.code} at ${formatPath(p.path)}: ${p.message[locale]}`;
    });
    if (problems.length === 1) return new CliError(`kehoach: ${lines[0]!.startsWith(where) ? '' : `${where}: `}${lines[0]}`);
    const more = problems.length > 20 ? [`  … ${problems.length - 20} more`] : [];
    const head = locale === 'vi' ? 'không phải kế hoạch hợp lệ' : 'is not a valid plan';
    return new CliError([`kehoach: ${where}: ${head}:`, ...lines.map((l) => `  ${l}`), ...more].join('\n'));
  }
  const text = error instanceof Error ? error.message : String(error);
  const message = text.split('\n')[0]!.trim();
  // jiti reports a syntax error as "ParseError: …" with "<file>:<line>:<column>" on the next line.
  const at = /\n\s*(\S+?):(\d+):(\d+)\s*$/.exec(text);
  const location = at ? `${relative(at[1]!)}:${at[2]}:${at[3]}: ` : '';
  return new CliError(`kehoach: ${location}${locale === 'vi' ? 'không tải được' : 'cannot load'} ${where}: ${message}`);
}
