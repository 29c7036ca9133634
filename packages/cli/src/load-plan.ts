import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatPath, isPlanError, parsePlan, type Plan } from '@kehoach/core';
import { CliError } from './cli-error.js';

/** Where a plan came from, for messages and source locations. */
export interface LoadedPlan {
  plan: Plan;
  /** The file the plan was read from (`plan.ts` inside a folder argument). */
  file: string;
}

/**
 * Loads a plan from a `.ts` plan file, a folder holding `plan.ts`, or a `.json` plan.
 * TypeScript plans run through jiti, so no build step is needed. Every failure becomes
 * one `CliError` line.
 *
 * @example
 * const { plan } = await loadPlan('examples/khanh-hoa-12127');
 */
export async function loadPlan(argument: string, cwd: string = process.cwd()): Promise<LoadedPlan> {
  const file = resolvePlanFile(path.resolve(cwd, argument), argument);
  if (file.endsWith('.json')) return { plan: readJsonPlan(file), file };
  return { plan: await importTsPlan(file), file };
}

function resolvePlanFile(absolute: string, argument: string): string {
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

function readJsonPlan(file: string): Plan {
  try {
    return parsePlan(readFileSync(file, 'utf8'));
  } catch (error) {
    throw planLoadError(file, error);
  }
}

async function importTsPlan(file: string): Promise<Plan> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(pathToFileURL(file).href, { interopDefault: true, moduleCache: false, fsCache: false });
  let exported: unknown;
  try {
    exported = await jiti.import(file, { default: true });
  } catch (error) {
    throw planLoadError(file, error);
  }
  try {
    return parsePlan(exported);
  } catch (error) {
    throw planLoadError(file, error);
  }
}

function planLoadError(file: string, error: unknown): CliError {
  const where = path.relative(process.cwd(), file) || file;
  if (isPlanError(error)) {
    const lines = error.problems.slice(0, 20).map((p) => `  ${p.code} at ${formatPath(p.path)}: ${p.message.en}`);
    const more = error.problems.length > 20 ? [`  … and ${error.problems.length - 20} more`] : [];
    return new CliError([`kehoach: ${where} is not a valid plan:`, ...lines, ...more].join('\n'));
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new CliError(`kehoach: cannot load ${where}: ${message}`);
}
