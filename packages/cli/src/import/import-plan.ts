import * as core from '@kehoach/core';
import { parsePlan, stringifyPlan, type Plan } from '@kehoach/core';
import { calledFunctions, evaluate, print, type Expr, type Scope } from './expr.js';
import { commentText } from './literal.js';
import { buildPlanSource, pathKey, type PlanSource } from './plan-source.js';

/** Options of {@link importPlan}. */
export interface ImportOptions {
  /** Module the generated code imports the builders from; `@kehoach/core` by default. */
  coreImport?: string;
}

/** One value the generated code could not reproduce. */
export interface ImportProblem {
  /** Path of the value in the plan data: `['legal', 0, 'kind']`. */
  path: readonly (string | number)[];
  /** The value in the plan (`undefined` when absent). */
  expected: unknown;
  /** The value the DSL would build (`undefined` when absent). */
  actual: unknown;
}

/**
 * Thrown by {@link importPlan} when the plan cannot be written with the DSL so that it
 * rebuilds byte for byte, e.g. two units with the same key, or a legal reference without a
 * `kind` whose number names one (the DSL would fill it in).
 */
export class ImportError extends Error {
  readonly problems: readonly ImportProblem[];
  constructor(message: string, problems: readonly ImportProblem[] = []) {
    super(message);
    this.name = 'ImportError';
    this.problems = problems;
  }
}

/** Candidates the builder may need to write out, found in at most this many rounds. */
const MAX_ROUNDS = 6;

/**
 * Writes a canonical plan as readable TypeScript using the `@kehoach/core` DSL: a
 * `defineRegistry()` of its units and groups and a `definePlan()` whose body uses
 * `r.section`, `r.task`, `r.item`, `r.report`, `r.each`/`r.together`/`r.related` and the
 * deadline factories. Values the DSL supplies by itself (derived ids, default authority,
 * group mode `each`, task mode `assign`, empty lists...) are left out.
 *
 * Round trip: loading the returned module and passing its default export to
 * `stringifyPlan()` gives exactly `stringifyPlan(plan)`. Before printing, the generated
 * code is evaluated in memory with the real builders and compared with the plan; a plan the
 * DSL cannot rebuild exactly raises an {@link ImportError} instead of wrong code.
 *
 * ts-morph is loaded on first use.
 *
 * @param plan - A canonical plan (it is checked and normalised with `parsePlan()` first).
 * @returns The module source, formatted with two-space indentation and single quotes, ending
 *   with a newline. The same plan always gives the same text.
 * @throws PlanError when `plan` is not a valid plan; {@link ImportError} when it cannot be
 *   written exactly with the DSL.
 * @example
 * import { parsePlan } from '@kehoach/core';
 * import { importPlan } from '@kehoach/cli';
 * const source = await importPlan(parsePlan(await readFile('plan.json', 'utf8')));
 * await writeFile('plan.ts', source);
 * // import { before, definePlan, defineRegistry, yearly } from '@kehoach/core';
 * // const r = defineRegistry({ units: { ... } });
 * // export default definePlan({ registry: r, number: '12127/KH-UBND', ... });
 */
export async function importPlan(plan: Plan, options: ImportOptions = {}): Promise<string> {
  const canonical = parsePlan(plan);
  checkKeys(canonical);
  const source = resolveSource(canonical);
  return printSource(canonical, source, options.coreImport ?? '@kehoach/core');
}

/** Units and groups are object keys in `defineRegistry()`, so each must be unique. */
function checkKeys(plan: Plan): void {
  for (const [label, list] of [
    ['unit', plan.units],
    ['group', plan.groups],
  ] as const) {
    const seen = new Set<string>();
    for (const { key } of list) {
      if (seen.has(key)) {
        throw new ImportError(`kehoach import: the plan declares the ${label} key "${key}" twice; defineRegistry() needs unique keys`);
      }
      seen.add(key);
    }
  }
}

const scope: Scope = { ...core };
const useParagraphs = typeof (core as Record<string, unknown>)['paragraphs'] === 'function';

/**
 * Builds the source, evaluates it with the real DSL and writes out every left-out value the
 * DSL did not reproduce, until the evaluated plan equals the input.
 */
function resolveSource(plan: Plan): PlanSource {
  const expected = stringifyPlan(plan);
  const explicit = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const source = buildPlanSource(plan, { explicit, paragraphs: useParagraphs });
    const built = evaluateSource(source);
    if (stringifyPlan(built) === expected) return source;
    const problems = differences(plan, built);
    const fixable = problems.filter((p) => source.candidates.has(pathKey(p.path)) && !explicit.has(pathKey(p.path)));
    if (fixable.length === 0) {
      const shown = problems
        .slice(0, 5)
        .map((p) => `  at ${pathKey(p.path) || '(root)'}: plan has ${show(p.expected)}, the DSL builds ${show(p.actual)}`);
      const more = problems.length > 5 ? [`  … and ${problems.length - 5} more`] : [];
      throw new ImportError(
        ['kehoach import: the DSL cannot rebuild this plan exactly:', ...shown, ...more].join('\n'),
        problems,
      );
    }
    for (const p of fixable) explicit.add(pathKey(p.path));
  }
  throw new ImportError('kehoach import: could not settle which values to write out');
}

function evaluateSource(source: PlanSource): Plan {
  const local: Scope = { ...scope };
  try {
    local['r'] = evaluate(source.registry, local);
    return evaluate(source.plan, local) as Plan;
  } catch (error) {
    if (core.isPlanError(error)) {
      const problems = error.problems.map((p) => ({ path: p.path, expected: undefined, actual: p.message.en }));
      const shown = error.problems.slice(0, 5).map((p) => `  ${p.code} at ${core.formatPath(p.path)}: ${p.message.en}`);
      throw new ImportError(['kehoach import: the generated code does not build a valid plan:', ...shown].join('\n'), problems);
    }
    throw error;
  }
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Leaf paths where two JSON values differ; a key present on one side only is a leaf. */
function differences(expected: unknown, actual: unknown, path: (string | number)[] = [], out: ImportProblem[] = []): ImportProblem[] {
  if (Object.is(expected, actual)) return out;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) {
      out.push({ path, expected, actual });
      return out;
    }
    expected.forEach((e, i) => differences(e, actual[i], [...path, i], out));
    return out;
  }
  if (isRecord(expected) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const key of keys) {
      const inE = Object.hasOwn(expected, key) && expected[key] !== undefined;
      const inA = Object.hasOwn(actual, key) && actual[key] !== undefined;
      if (inE && inA) differences(expected[key], actual[key], [...path, key], out);
      else if (inE || inA) out.push({ path: [...path, key], expected: expected[key], actual: actual[key] });
    }
    return out;
  }
  out.push({ path, expected, actual });
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Prints the module with ts-morph and formats it: two-space indentation, single quotes. */
async function printSource(plan: Plan, source: PlanSource, coreImport: string): Promise<string> {
  const { Project, IndentationText, NewLineKind, QuoteKind, VariableDeclarationKind } = await import('ts-morph');
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  const file = project.createSourceFile('/plan.ts', '', { overwrite: true });
  const names = calledFunctions([source.registry, source.plan]);
  file.addImportDeclaration({ namedImports: names, moduleSpecifier: coreImport });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'r', initializer: printTop(source.registry, 'const r = ') }],
  });
  file.addExportAssignment({ isExportEquals: false, expression: printTop(source.plan, 'export default ') });
  file.insertText(0, `// Kế hoạch ${commentText(plan.number)}: generated by \`kehoach import\` from ${plan.schema} JSON.\n`);
  file.formatText({
    indentSize: 2,
    tabSize: 2,
    convertTabsToSpaces: true,
    insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
    insertSpaceAfterCommaDelimiter: true,
  });
  const text = file.getFullText();
  return text.endsWith('\n') ? text : `${text}\n`;
}

function printTop(expr: Expr, prefix: string): string {
  return print(expr, 0, prefix.length, 1);
}
