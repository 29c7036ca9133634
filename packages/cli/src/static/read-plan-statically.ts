import path from 'node:path';
import { isPlanError, isProgressError, type LocalizedText, type Plan, type PlanProblem, type Progress } from '@kehoach/core';
import { lineColumn, parseTypeScript, type EsNode } from '@kehoach/validator/locate';
import { SourceRefusal } from '../load/load-error.js';
import { isInside, readSource, sourceRoot, type SourceRoot } from '../load/read-source.js';
import { CORE_FUNCTIONS, builtRegistries } from './core-functions.js';
import { checkGrammar, clip, type Binding, type ModuleShape } from './grammar.js';

/** Why a plan could not be read without running it, and where. */
export interface StaticProblem {
  /**
   * `static/unsupported`, `static/side-effect`, `static/import`, `static/syntax`,
   * `static/no-plan`, `static/too-large`, `static/invalid-call`, `input/too-deep`, or an
   * `input/…` code of a file that may not be read (outside the root, not a regular file, too
   * large, not UTF-8).
   */
  code: string;
  /** The construct at fault, e.g. "function call console.log". */
  construct: string;
  file: string;
  line: number;
  column: number;
  message: { vi: string; en: string };
}

/** The outcome of reading a plan without running it. */
export type StaticReadResult =
  | { ok: true; plan: Plan; sources: Map<string, string>; programs: Map<string, EsNode> }
  | { ok: false; problems: StaticProblem[] }
  | { ok: false; planProblems: readonly PlanProblem[]; sources: Map<string, string>; programs: Map<string, EsNode> };

/** Options of `readPlanStatically()`. */
export interface StaticReadOptions {
  /** The folder every file read must be in; the plan file's folder by default. */
  root?: string;
}

/**
 * Most values the reader builds for one plan, counting every array element, object property
 * and string as one even when a constant is used several times: about 150,000 tasks.
 */
export const MAX_STATIC_VALUES = 2_000_000;
/** Longest string the reader builds by concatenation or templates. */
export const MAX_STATIC_STRING = 1_000_000;
/** Deepest chain of constants referring to constants. */
const MAX_REFERENCE_DEPTH = 500;

class Refusal extends Error {
  constructor(readonly problem: StaticProblem) {
    super(problem.message.en);
  }
}

/**
 * Reads a `plan.ts` without importing or evaluating it. The file is parsed (acorn, in
 * JavaScript) and the WHOLE file, used or not, must keep to a small grammar: named imports of
 * the `@kehoach/core` builders and of relative plan files inside the root, `const` bindings of
 * literals, arrays, objects, spreads, templates and `+`, references to constants, calls of the
 * core builders and registry methods, type declarations and the default export. Anything else
 * is refused with its code, the construct and its location; no code of the plan ever runs.
 * What the reader builds is bounded (`MAX_STATIC_VALUES`, `MAX_STATIC_STRING`), and every file
 * it reads is a regular file inside the root.
 *
 * @example
 * const result = await readPlanStatically('plans/khanh-hoa/plan.ts');
 * if (result.ok) console.log(result.plan.number);
 */
export async function readPlanStatically(file: string, options: StaticReadOptions = {}): Promise<StaticReadResult> {
  const result = await readDefaultExport(file, options, isPlanLike, {
    vi: 'Tệp không xuất mặc định (export default) một kế hoạch tạo bởi definePlan().',
    en: 'The file does not export a plan made by definePlan() as its default export.',
  });
  return result.ok ? { ok: true, plan: result.value as Plan, sources: result.sources, programs: result.programs } : result;
}

/** The outcome of reading a progress record without running it. */
export type StaticProgressResult =
  | { ok: true; progress: Progress; sources: Map<string, string>; programs: Map<string, EsNode> }
  | { ok: false; problems: StaticProblem[] }
  | { ok: false; planProblems: readonly PlanProblem[]; sources: Map<string, string>; programs: Map<string, EsNode> };

/**
 * Reads a `progress.ts` without importing or evaluating it, under the same grammar and limits
 * as `readPlanStatically()`: the progress builders (`progressBuilders`, `defineProgress`) and
 * their methods are the calls it may make, and the generated `progress-index.ts` is a constant.
 *
 * @example
 * const result = await readProgressStatically('plans/khanh-hoa/progress.ts');
 * if (result.ok) console.log(result.progress.submissions.length);
 */
export async function readProgressStatically(file: string, options: StaticReadOptions = {}): Promise<StaticProgressResult> {
  const result = await readDefaultExport(file, options, isProgressLike, {
    vi: 'Tệp không xuất mặc định (export default) một hồ sơ tiến độ tạo bởi defineProgress().',
    en: 'The file does not export a progress record made by defineProgress() as its default export.',
  });
  return result.ok ? { ok: true, progress: result.value as Progress, sources: result.sources, programs: result.programs } : result;
}

async function readDefaultExport(
  file: string,
  options: StaticReadOptions,
  accept: (value: unknown) => boolean,
  none: LocalizedText,
): Promise<
  | { ok: true; value: unknown; sources: Map<string, string>; programs: Map<string, EsNode> }
  | { ok: false; problems: StaticProblem[] }
  | { ok: false; planProblems: readonly PlanProblem[]; sources: Map<string, string>; programs: Map<string, EsNode> }
> {
  const absolute = path.resolve(file);
  const reader = new StaticReader();
  try {
    reader.root = sourceRoot(options.root ?? path.dirname(absolute));
    const value = reader.defaultExport(absolute);
    if (!accept(value)) {
      const record = reader.moduleOf(absolute);
      throw reader.refuse(record, record.shape.defaultExport ?? record.program, 'static/no-plan', 'export default', none);
    }
    return { ok: true, value, sources: reader.sources, programs: reader.programs };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems: [error.problem] };
    if (error instanceof SourceRefusal) {
      const p = error.problem;
      return { ok: false, problems: [{ code: p.code, construct: 'file', file: p.file ?? absolute, line: p.line ?? 1, column: p.column ?? 1, message: p.message }] };
    }
    if (isPlanError(error) || isProgressError(error)) return { ok: false, planProblems: error.problems, sources: reader.sources, programs: reader.programs };
    if (error instanceof RangeError) {
      return {
        ok: false,
        problems: [{ code: 'input/too-deep', construct: 'nesting', file: absolute, line: 1, column: 1, message: { vi: 'Dữ liệu lồng nhau quá sâu.', en: 'The plan is nested too deeply to read.' } }],
      };
    }
    throw error;
  }
}

function isProgressLike(value: unknown): value is Progress {
  return typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === 'kehoach/progress@1';
}

function isPlanLike(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === 'kehoach/plan@1';
}

interface ModuleRecord {
  file: string;
  text: string;
  program: EsNode;
  shape: ModuleShape;
  /** Relative specifier → the module file it names. */
  targets: Map<string, string>;
  values: Map<string, unknown>;
  evaluating: Set<string>;
}

const CORE_FUNCTION = Symbol('core function');
interface CoreFunctionRef {
  [CORE_FUNCTION]: string;
}

class StaticReader {
  root!: SourceRoot;
  readonly sources = new Map<string, string>();
  readonly programs = new Map<string, EsNode>();
  private readonly modules = new Map<string, ModuleRecord>();
  /** Values built, weighed by how many values they hold when written out. */
  private readonly weights = new WeakMap<object, number>();
  private depth = 0;

  defaultExport(file: string): unknown {
    const record = this.moduleOf(file);
    if (record.shape.defaultExport === undefined) {
      throw this.refuse(record, record.program, 'static/no-plan', 'export default', {
        vi: 'Tệp không có export default.',
        en: 'The file has no default export.',
      });
    }
    return this.evaluate(record, record.shape.defaultExport);
  }

  moduleOf(file: string): ModuleRecord {
    const cached = this.modules.get(file);
    if (cached) return cached;
    const text = readSource(file, this.root, 'ts');
    this.sources.set(file, text);
    const parsed = parseTypeScript(text);
    if (!parsed.ok) {
      const { line, column } = lineColumn(text)(parsed.offset);
      throw new Refusal({
        code: parsed.reason === 'too-deep' ? 'input/too-deep' : 'static/syntax',
        construct: parsed.reason === 'too-deep' ? 'nesting' : 'syntax',
        file,
        line,
        column,
        message:
          parsed.reason === 'too-deep'
            ? { vi: 'Mã nguồn lồng nhau quá sâu để đọc.', en: 'The source is nested too deeply to read.' }
            : { vi: `Lỗi cú pháp: ${parsed.message}`, en: `Syntax error: ${parsed.message}` },
      });
    }
    this.programs.set(file, parsed.program);
    const partial = { file, text, program: parsed.program } as ModuleRecord;
    const checked = checkGrammar(parsed.program, text, (specifier, node) => this.target(partial, specifier, node));
    if (!checked.ok) throw this.refuse(partial, checked.violation.node, checked.violation.code, checked.violation.construct, checked.violation.message);
    const record: ModuleRecord = { ...partial, shape: checked.shape, targets: new Map(), values: new Map(), evaluating: new Set() };
    this.modules.set(file, record);
    for (const { specifier, node } of checked.shape.typeImports) this.target(record, specifier, node);
    for (const { specifier, node } of checked.shape.imports) {
      const target = this.target(record, specifier, node);
      record.targets.set(specifier, target);
      // Every imported plan file is read and checked whole, used or not. A file that may not be
      // read is refused at the import that names it.
      try {
        this.moduleOf(target);
      } catch (error) {
        if (!(error instanceof SourceRefusal) || error.problem.file !== target) throw error;
        throw this.refuse(record, node, error.problem.code, `import from "${clip(specifier)}"`, error.problem.message);
      }
    }
    return record;
  }

  /** The file a relative import names, refused when it leaves the root; `.js` stands for `.ts`. */
  private target(record: Pick<ModuleRecord, 'file' | 'text'>, specifier: string, node: EsNode): string {
    const base = path.resolve(path.dirname(record.file), specifier);
    if (!isInside(this.root.dir, base) && !isInside(this.root.real, base)) {
      throw this.refuse(record, node, 'input/outside-root', `import from "${clip(specifier)}"`, {
        vi: `"${clip(specifier)}" nằm ngoài thư mục gốc ${this.root.dir}; kế hoạch chỉ được nhập tệp trong thư mục gốc (--root).`,
        en: `"${clip(specifier)}" is outside the root ${this.root.dir}; a plan may only import files inside its root (--root).`,
      });
    }
    return /\.[cm]?js$/.test(base) ? base.replace(/\.([cm]?)js$/, '.$1ts') : /\.[cm]?ts$/.test(base) ? base : `${base}.ts`;
  }

  private lookup(record: ModuleRecord, name: string, at: EsNode): unknown {
    if (name === 'undefined') return undefined;
    const binding = record.shape.bindings.get(name) as Binding;
    if (binding.kind === 'constant') {
      if (record.values.has(name)) return record.values.get(name);
      if (record.evaluating.has(name)) {
        throw this.refuse(record, at, 'static/unsupported', `circular constant ${name}`, {
          vi: `Hằng ${name} tham chiếu vòng tới chính nó.`,
          en: `Constant ${name} refers to itself.`,
        });
      }
      if (++this.depth > MAX_REFERENCE_DEPTH) {
        throw this.refuse(record, at, 'input/too-deep', `constant ${name}`, {
          vi: `Chuỗi hằng tham chiếu lẫn nhau dài quá ${MAX_REFERENCE_DEPTH}.`,
          en: `Constants refer to each other more than ${MAX_REFERENCE_DEPTH} levels deep.`,
        });
      }
      record.evaluating.add(name);
      const value = this.evaluate(record, binding.init);
      record.evaluating.delete(name);
      this.depth--;
      record.values.set(name, value);
      return value;
    }
    if (binding.kind === 'core') return { [CORE_FUNCTION]: binding.name } satisfies CoreFunctionRef;
    const other = this.moduleOf(record.targets.get(binding.specifier)!);
    const local = other.shape.exports.get(binding.name);
    if (local === undefined) {
      throw this.refuse(record, binding.node, 'static/unsupported', `import ${binding.name}`, {
        vi: `Tệp ${path.basename(other.file)} không xuất hằng ${binding.name}.`,
        en: `${path.basename(other.file)} exports no constant ${binding.name}.`,
      });
    }
    return this.lookup(other, local, at);
  }

  private evaluate(record: ModuleRecord, node: EsNode): unknown {
    switch (node.type) {
      case 'Literal':
        return node['value'];
      case 'TemplateLiteral': {
        const quasis = node['quasis'] as EsNode[];
        let out = quasis[0]!['value']['cooked'] as string;
        (node['expressions'] as EsNode[]).forEach((expression, i) => {
          out = this.concat(record, node, out, String(this.scalar(record, expression)));
          out = this.concat(record, node, out, quasis[i + 1]!['value']['cooked'] as string);
        });
        return out;
      }
      case 'BinaryExpression': {
        const left = this.scalar(record, node['left']);
        const right = this.scalar(record, node['right']);
        return typeof left === 'number' && typeof right === 'number' ? left + right : this.concat(record, node, String(left), String(right));
      }
      case 'UnaryExpression':
        return -(node['argument']['value'] as number);
      case 'Identifier':
        return this.lookup(record, node['name'], node);
      case 'ArrayExpression': {
        const parts: unknown[][] = [];
        let weight = 1;
        for (const element of node['elements'] as EsNode[]) {
          if (element.type === 'SpreadElement') {
            const spread = this.evaluate(record, element['argument']);
            if (!Array.isArray(spread)) throw this.unsupported(record, element, 'spread of a non-array');
            weight += this.weightOf(spread) - 1;
            parts.push(spread);
          } else {
            const value = this.evaluate(record, element);
            weight += this.weightOf(value);
            parts.push([value]);
          }
          this.budget(record, element, weight);
        }
        return this.weigh(parts.flat(), weight);
      }
      case 'ObjectExpression': {
        const out: Record<string, unknown> = {};
        let weight = 1;
        for (const property of node['properties'] as EsNode[]) {
          if (property.type === 'SpreadElement') {
            const spread = this.evaluate(record, property['argument']);
            if (typeof spread !== 'object' || spread === null || Array.isArray(spread)) throw this.unsupported(record, property, 'spread of a non-object');
            weight += this.weightOf(spread) - 1;
            for (const [key, value] of Object.entries(spread)) define(out, key, value);
          } else {
            const key = property['computed'] ? String(this.scalar(record, property['key'])) : propertyName(property['key']);
            const value = this.evaluate(record, property['value']);
            weight += 1 + this.weightOf(value);
            define(out, key, value);
          }
          this.budget(record, property, weight);
        }
        return this.weigh(out, weight);
      }
      case 'CallExpression':
        return this.call(record, node);
      default:
        // Type assertions and parentheses: the grammar let nothing else through.
        return this.evaluate(record, node['expression']);
    }
  }

  private scalar(record: ModuleRecord, node: EsNode): string | number {
    const value = this.evaluate(record, node);
    if (typeof value === 'string' || typeof value === 'number') return value;
    throw this.unsupported(record, node, 'non-text value in a string');
  }

  private concat(record: ModuleRecord, node: EsNode, left: string, right: string): string {
    if (left.length + right.length > MAX_STATIC_STRING) {
      throw this.refuse(record, node, 'static/too-large', 'string', {
        vi: `Chuỗi dựng được dài quá ${MAX_STATIC_STRING.toLocaleString('en-US')} ký tự.`,
        en: `A string built by the plan is longer than ${MAX_STATIC_STRING.toLocaleString('en-US')} characters.`,
      });
    }
    return left + right;
  }

  private call(record: ModuleRecord, node: EsNode): unknown {
    const callee = node['callee'] as EsNode;
    const args: unknown[] = [];
    let weight = 1;
    for (const argument of node['arguments'] as EsNode[]) {
      const value = this.evaluate(record, argument);
      weight += this.weightOf(value);
      args.push(value);
    }
    this.budget(record, node, weight);
    let name: string;
    let run: () => unknown;
    if (callee.type === 'MemberExpression') {
      const target = this.evaluate(record, callee['object']);
      const method = callee['property']['name'] as string;
      if (typeof target !== 'object' || target === null || !builtRegistries.has(target)) {
        throw this.unsupported(record, node, `call of ${clip(record.text.slice(callee.start, callee.end))}`);
      }
      name = method;
      run = () => (target as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
    } else {
      const fn = this.evaluate(record, callee) as CoreFunctionRef;
      name = fn[CORE_FUNCTION];
      run = () => (CORE_FUNCTIONS[name] as (...a: unknown[]) => unknown)(...args);
    }
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      if (isPlanError(error) || isProgressError(error)) throw error;
      throw this.refuse(record, node, 'static/invalid-call', `call of ${name}`, {
        vi: `Hàm dựng ${name} không nhận các đối số này.`,
        en: `The builder ${name} does not accept these arguments.`,
      });
    }
    if ((name === 'defineRegistry' || name === 'progressBuilders') && typeof result === 'object' && result !== null) builtRegistries.add(result);
    return typeof result === 'object' && result !== null ? this.weigh(result, weight) : result;
  }

  private weigh<T>(value: T, weight: number): T {
    if (typeof value === 'object' && value !== null && !this.weights.has(value)) this.weights.set(value, weight);
    return value;
  }

  private weightOf(value: unknown): number {
    if (typeof value === 'string') return 1 + (value.length >> 6);
    return typeof value === 'object' && value !== null ? (this.weights.get(value) ?? 1) : 1;
  }

  private budget(record: ModuleRecord, node: EsNode, weight: number): void {
    if (weight <= MAX_STATIC_VALUES) return;
    throw this.refuse(record, node, 'static/too-large', 'value', {
      vi: `Kế hoạch dựng nhiều hơn ${MAX_STATIC_VALUES.toLocaleString('en-US')} giá trị (kể cả các hằng dùng lại); không đọc tiếp.`,
      en: `The plan builds more than ${MAX_STATIC_VALUES.toLocaleString('en-US')} values (counting constants used again); it is not read further.`,
    });
  }

  private unsupported(record: ModuleRecord, node: EsNode, construct: string): Refusal {
    return this.refuse(record, node, 'static/unsupported', construct, {
      vi: `Không đọc được "${construct}" mà không chạy kế hoạch.`,
      en: `"${construct}" cannot be read without running the plan.`,
    });
  }

  refuse(record: Pick<ModuleRecord, 'file' | 'text'>, node: EsNode, code: string, construct: string, message: LocalizedText): Refusal {
    const { line, column } = lineColumn(record.text)(node.start);
    return new Refusal({ code, construct, file: record.file, line, column, message });
  }
}

function propertyName(key: EsNode): string {
  return key.type === 'Identifier' ? (key['name'] as string) : String(key['value']);
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // `__proto__` becomes an own property, never the prototype.
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
