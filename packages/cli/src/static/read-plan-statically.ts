import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isPlanError, type Plan, type PlanProblem } from '@kehoach/core';
import type { Node, SourceFile } from 'ts-morph';
import { CORE_FUNCTIONS, REGISTRY_METHODS, builtRegistries } from './core-functions.js';

/** Why a plan could not be read without running it, and where. */
export interface StaticProblem {
  /** `static/unsupported`, `static/side-effect`, `static/import`, `static/syntax`, `static/no-plan`. */
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
  | { ok: true; plan: Plan }
  | { ok: false; problems: StaticProblem[] }
  | { ok: false; planProblems: readonly PlanProblem[] };

class Refusal extends Error {
  constructor(readonly problem: StaticProblem) {
    super(problem.message.en);
  }
}

type TsMorph = typeof import('ts-morph');

/**
 * Reads a `plan.ts` without importing or evaluating it. ts-morph parses the file; the reader
 * accepts imports of `@kehoach/core` and of relative plan files, `const` declarations,
 * literals, arrays, objects, spreads, string concatenation and templates, references to
 * constants, and calls of the core builders and registry methods, and nothing else. Anything
 * outside that subset is refused with the construct and its location; no code of the plan
 * ever runs.
 *
 * @example
 * const result = await readPlanStatically('plans/khanh-hoa/plan.ts');
 * if (result.ok) console.log(result.plan.number);
 */
export async function readPlanStatically(file: string): Promise<StaticReadResult> {
  const tsMorph = await import('ts-morph');
  const reader = new StaticReader(tsMorph);
  try {
    const plan = reader.defaultExport(path.resolve(file));
    if (!isPlanLike(plan)) {
      throw reader.refuse(reader.moduleOf(path.resolve(file)).sourceFile, 'static/no-plan', 'export default', {
        vi: 'Tệp không xuất mặc định (export default) một kế hoạch tạo bởi definePlan().',
        en: 'The file does not export a plan made by definePlan() as its default export.',
      });
    }
    return { ok: true, plan };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problems: [error.problem] };
    if (isPlanError(error)) return { ok: false, planProblems: error.problems };
    throw error;
  }
}

function isPlanLike(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && (value as { schema?: unknown }).schema === 'kehoach/plan@1';
}

interface ModuleRecord {
  file: string;
  sourceFile: SourceFile;
  /** Local name → where it comes from. */
  imports: Map<string, { kind: 'core'; name: string } | { kind: 'module'; file: string; name: string }>;
  /** Top-level constants, by name. */
  constants: Map<string, Node>;
  /** Exported name → local name. */
  exports: Map<string, string>;
  defaultExport?: Node;
  values: Map<string, unknown>;
  evaluating: Set<string>;
}

const CORE_FUNCTION = Symbol('core function');
interface CoreFunctionRef {
  [CORE_FUNCTION]: string;
}

class StaticReader {
  private readonly modules = new Map<string, ModuleRecord>();
  private readonly project;

  constructor(private readonly ts: TsMorph) {
    this.project = new ts.Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  }

  defaultExport(file: string): unknown {
    const record = this.moduleOf(file);
    if (record.defaultExport === undefined) {
      throw this.refuse(record.sourceFile, 'static/no-plan', 'export default', {
        vi: 'Tệp không có export default.',
        en: 'The file has no default export.',
      });
    }
    return this.evaluate(record, record.defaultExport);
  }

  moduleOf(file: string): ModuleRecord {
    const cached = this.modules.get(file);
    if (cached) return cached;
    const text = readFileSync(file, 'utf8');
    const sourceFile = this.project.createSourceFile(file, text, { overwrite: true });
    const record: ModuleRecord = {
      file,
      sourceFile,
      imports: new Map(),
      constants: new Map(),
      exports: new Map(),
      values: new Map(),
      evaluating: new Set(),
    };
    this.modules.set(file, record);
    this.checkSyntax(record);
    for (const statement of sourceFile.getStatements()) this.topLevel(record, statement);
    return record;
  }

  private checkSyntax(record: ModuleRecord): void {
    const diagnostics = this.project.getProgram().compilerObject.getSyntacticDiagnostics(record.sourceFile.compilerNode);
    const first = diagnostics[0];
    if (first === undefined) return;
    const { line, character } = record.sourceFile.compilerNode.getLineAndCharacterOfPosition(first.start ?? 0);
    const text = this.ts.ts.flattenDiagnosticMessageText(first.messageText, ' ');
    throw new Refusal({
      code: 'static/syntax',
      construct: 'syntax',
      file: record.file,
      line: line + 1,
      column: character + 1,
      message: { vi: `Lỗi cú pháp: ${text}`, en: `Syntax error: ${text}` },
    });
  }

  private topLevel(record: ModuleRecord, statement: Node): void {
    const { Node: N } = this.ts;
    if (N.isImportDeclaration(statement)) return this.importDeclaration(record, statement);
    if (N.isTypeAliasDeclaration(statement) || N.isInterfaceDeclaration(statement) || N.isEmptyStatement(statement)) return;
    if (N.isVariableStatement(statement)) {
      if (statement.getDeclarationKind() !== 'const') {
        throw this.refuse(statement, 'static/unsupported', `${statement.getDeclarationKind()} declaration`, {
          vi: 'Chỉ hỗ trợ khai báo const khi đọc kế hoạch mà không chạy.',
          en: 'Only const declarations are read without running the plan.',
        });
      }
      for (const declaration of statement.getDeclarations()) {
        const nameNode = declaration.getNameNode();
        const initializer = declaration.getInitializer();
        if (!N.isIdentifier(nameNode) || initializer === undefined) {
          throw this.refuse(declaration, 'static/unsupported', 'destructuring or uninitialised constant', {
            vi: 'Khai báo hằng phải có tên đơn và giá trị.',
            en: 'A constant must have a plain name and a value.',
          });
        }
        record.constants.set(nameNode.getText(), initializer);
        if (statement.isExported()) record.exports.set(nameNode.getText(), nameNode.getText());
      }
      return;
    }
    if (N.isExportAssignment(statement) && !statement.isExportEquals()) {
      record.defaultExport = statement.getExpression();
      return;
    }
    if (N.isExportDeclaration(statement) && !statement.hasModuleSpecifier() && !statement.isTypeOnly()) {
      for (const specifier of statement.getNamedExports()) {
        record.exports.set(specifier.getAliasNode()?.getText() ?? specifier.getName(), specifier.getName());
      }
      return;
    }
    const isEffect = N.isExpressionStatement(statement);
    throw this.refuse(statement, isEffect ? 'static/side-effect' : 'static/unsupported', describe(this.ts, statement), {
      vi: isEffect
        ? 'Câu lệnh ở cấp cao nhất có tác dụng phụ; kế hoạch không được chạy để đọc.'
        : 'Cấu trúc này nằm ngoài phần được đọc mà không chạy kế hoạch.',
      en: isEffect
        ? 'A top-level statement has a side effect; the plan is not run to read it.'
        : 'This construct is outside what can be read without running the plan.',
    });
  }

  private importDeclaration(record: ModuleRecord, statement: import('ts-morph').ImportDeclaration): void {
    const specifier = statement.getModuleSpecifierValue();
    if (statement.isTypeOnly()) return;
    const isCore = specifier === '@kehoach/core';
    const target = specifier.startsWith('./') || specifier.startsWith('../') ? resolveRelative(record.file, specifier) : undefined;
    if (!isCore && target === undefined) {
      throw this.refuse(statement, 'static/import', `import from "${specifier}"`, {
        vi: `Chỉ được nhập từ @kehoach/core và các tệp kế hoạch cùng thư mục; "${specifier}" không được đọc.`,
        en: `Only @kehoach/core and relative plan files may be imported; "${specifier}" is not read.`,
      });
    }
    if (statement.getDefaultImport() || statement.getNamespaceImport()) {
      throw this.refuse(statement, 'static/unsupported', 'default or namespace import', {
        vi: 'Chỉ hỗ trợ nhập theo tên: import { ... } from ...',
        en: 'Only named imports are read: import { ... } from ...',
      });
    }
    for (const named of statement.getNamedImports()) {
      if (named.isTypeOnly()) continue;
      const local = named.getAliasNode()?.getText() ?? named.getName();
      record.imports.set(local, isCore ? { kind: 'core', name: named.getName() } : { kind: 'module', file: target!, name: named.getName() });
    }
  }

  private lookup(record: ModuleRecord, name: string, at: Node): unknown {
    if (name === 'undefined') return undefined;
    const constant = record.constants.get(name);
    if (constant !== undefined) {
      if (record.values.has(name)) return record.values.get(name);
      if (record.evaluating.has(name)) {
        throw this.refuse(at, 'static/unsupported', `circular constant ${name}`, {
          vi: `Hằng ${name} tham chiếu vòng tới chính nó.`,
          en: `Constant ${name} refers to itself.`,
        });
      }
      record.evaluating.add(name);
      const value = this.evaluate(record, constant);
      record.evaluating.delete(name);
      record.values.set(name, value);
      return value;
    }
    const imported = record.imports.get(name);
    if (imported?.kind === 'core') {
      if (!Object.hasOwn(CORE_FUNCTIONS, imported.name)) {
        throw this.refuse(at, 'static/unsupported', `${imported.name} from @kehoach/core`, {
          vi: `${imported.name} không phải hàm dựng được hỗ trợ khi đọc mà không chạy.`,
          en: `${imported.name} is not a builder the static reader supports.`,
        });
      }
      return { [CORE_FUNCTION]: imported.name } satisfies CoreFunctionRef;
    }
    if (imported?.kind === 'module') {
      const other = this.moduleOf(imported.file);
      const local = other.exports.get(imported.name);
      if (local === undefined) {
        throw this.refuse(at, 'static/unsupported', `import ${imported.name}`, {
          vi: `Tệp ${path.basename(imported.file)} không xuất hằng ${imported.name}.`,
          en: `${path.basename(imported.file)} exports no constant ${imported.name}.`,
        });
      }
      return this.lookup(other, local, at);
    }
    throw this.refuse(at, 'static/unsupported', `identifier ${name}`, {
      vi: `Không đọc được ${name}: chỉ dùng được hằng khai báo trong kế hoạch và hàm dựng của @kehoach/core.`,
      en: `Cannot read ${name}: only constants of the plan and builders of @kehoach/core can be used.`,
    });
  }

  private evaluate(record: ModuleRecord, node: Node): unknown {
    const { Node: N, SyntaxKind: K } = this.ts;
    if (N.isStringLiteral(node) || N.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
    // ts-morph's getLiteralValue() drops exponents (8e-323 → 8); the scanner's text is the number.
    if (N.isNumericLiteral(node)) return Number(node.compilerNode.text);
    if (node.getKind() === K.TrueKeyword) return true;
    if (node.getKind() === K.FalseKeyword) return false;
    if (node.getKind() === K.NullKeyword) return null;
    if (N.isParenthesizedExpression(node) || N.isAsExpression(node) || N.isSatisfiesExpression(node) || N.isNonNullExpression(node) || N.isTypeAssertion(node)) {
      return this.evaluate(record, node.getExpression());
    }
    if (N.isPrefixUnaryExpression(node) && node.getOperatorToken() === K.MinusToken) {
      const value = this.evaluate(record, node.getOperand());
      if (typeof value === 'number') return -value;
    }
    if (N.isTemplateExpression(node)) {
      let out = node.getHead().getLiteralText();
      for (const span of node.getTemplateSpans()) {
        out += String(this.scalar(record, span.getExpression())) + span.getLiteral().getLiteralText();
      }
      return out;
    }
    if (N.isBinaryExpression(node) && node.getOperatorToken().getKind() === K.PlusToken) {
      const left = this.scalar(record, node.getLeft());
      const right = this.scalar(record, node.getRight());
      return typeof left === 'number' && typeof right === 'number' ? left + right : String(left) + String(right);
    }
    if (N.isIdentifier(node)) return this.lookup(record, node.getText(), node);
    if (N.isArrayLiteralExpression(node)) {
      const out: unknown[] = [];
      for (const element of node.getElements()) {
        if (N.isSpreadElement(element)) {
          const spread = this.evaluate(record, element.getExpression());
          if (!Array.isArray(spread)) throw this.unsupported(element, 'spread of a non-array');
          out.push(...spread);
        } else if (N.isOmittedExpression(element)) {
          throw this.unsupported(element, 'array hole');
        } else {
          out.push(this.evaluate(record, element));
        }
      }
      return out;
    }
    if (N.isObjectLiteralExpression(node)) {
      const out: Record<string, unknown> = {};
      for (const property of node.getProperties()) {
        if (N.isPropertyAssignment(property)) {
          const name = this.propertyName(record, property.getNameNode());
          define(out, name, this.evaluate(record, property.getInitializerOrThrow()));
        } else if (N.isShorthandPropertyAssignment(property)) {
          define(out, property.getName(), this.lookup(record, property.getName(), property));
        } else if (N.isSpreadAssignment(property)) {
          const spread = this.evaluate(record, property.getExpression());
          if (typeof spread !== 'object' || spread === null || Array.isArray(spread)) throw this.unsupported(property, 'spread of a non-object');
          for (const [key, value] of Object.entries(spread)) define(out, key, value);
        } else {
          throw this.unsupported(property, describe(this.ts, property));
        }
      }
      return out;
    }
    if (N.isCallExpression(node)) return this.call(record, node);
    throw this.unsupported(node, describe(this.ts, node));
  }

  private scalar(record: ModuleRecord, node: Node): string | number {
    const value = this.evaluate(record, node);
    if (typeof value === 'string' || typeof value === 'number') return value;
    throw this.unsupported(node, 'non-text value in a string');
  }

  private propertyName(record: ModuleRecord, name: Node): string {
    const { Node: N } = this.ts;
    if (N.isIdentifier(name) || N.isStringLiteral(name) || N.isNumericLiteral(name) || N.isNoSubstitutionTemplateLiteral(name)) {
      return N.isIdentifier(name) ? name.getText() : String(name.getLiteralValue());
    }
    if (N.isComputedPropertyName(name)) return String(this.scalar(record, name.getExpression()));
    throw this.unsupported(name, describe(this.ts, name));
  }

  private call(record: ModuleRecord, node: import('ts-morph').CallExpression): unknown {
    const { Node: N } = this.ts;
    const callee = node.getExpression();
    const args = node.getArguments().map((a) => {
      if (N.isSpreadElement(a)) throw this.unsupported(a, 'spread arguments');
      return this.evaluate(record, a);
    });
    if (N.isPropertyAccessExpression(callee)) {
      const target = this.evaluate(record, callee.getExpression());
      const method = callee.getName();
      if (typeof target === 'object' && target !== null && builtRegistries.has(target) && REGISTRY_METHODS.has(method)) {
        return (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method]!(...args);
      }
      throw this.unsupported(node, `call of ${callee.getText()}`);
    }
    const fn = this.evaluate(record, callee);
    if (typeof fn === 'object' && fn !== null && CORE_FUNCTION in fn) {
      const name = (fn as CoreFunctionRef)[CORE_FUNCTION];
      const result = (CORE_FUNCTIONS[name] as (...a: unknown[]) => unknown)(...args);
      if (name === 'defineRegistry' && typeof result === 'object' && result !== null) builtRegistries.add(result);
      return result;
    }
    throw this.unsupported(node, `call of ${callee.getText()}`);
  }

  private unsupported(node: Node, construct: string): Refusal {
    return this.refuse(node, 'static/unsupported', construct, {
      vi: `Không đọc được "${construct}" mà không chạy kế hoạch.`,
      en: `"${construct}" cannot be read without running the plan.`,
    });
  }

  refuse(node: Node, code: string, construct: string, message: { vi: string; en: string }): Refusal {
    const sourceFile = node.getSourceFile();
    const { line, column } = sourceFile.getLineAndColumnAtPos(node.getStart());
    return new Refusal({ code, construct, file: sourceFile.getFilePath(), line, column, message });
  }
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, base, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function describe(ts: TsMorph, node: Node): string {
  const { Node: N } = ts;
  if (N.isExpressionStatement(node)) {
    const expression = node.getExpression();
    if (N.isCallExpression(expression)) return `function call ${clip(expression.getExpression().getText())}`;
    if (N.isAwaitExpression(expression)) return 'await';
    return `expression ${clip(expression.getText())}`;
  }
  if (N.isFunctionDeclaration(node)) return `function ${node.getName() ?? ''}`.trim();
  if (N.isClassDeclaration(node)) return `class ${node.getName() ?? ''}`.trim();
  if (N.isArrowFunction(node) || N.isFunctionExpression(node)) return 'function expression';
  if (N.isPropertyAccessExpression(node) || N.isElementAccessExpression(node)) return `property access ${clip(node.getText())}`;
  return node.getKindName();
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
