import type { LocalizedText } from '@kehoach/core';
import type { EsNode } from '@kehoach/validator/locate';
import { CORE_FUNCTIONS, REGISTRY_METHODS } from './core-functions.js';

/** Deepest expression nesting the static reader accepts; plans nest a dozen levels. */
export const MAX_EXPRESSION_DEPTH = 200;

/** @internal A construct outside the grammar, and where it starts. */
export interface GrammarViolation {
  code: string;
  construct: string;
  node: EsNode;
  message: LocalizedText;
}

/** @internal Where a local name comes from. */
export type Binding =
  | { kind: 'constant'; init: EsNode; node: EsNode }
  | { kind: 'core'; name: string }
  | { kind: 'module'; specifier: string; name: string; node: EsNode };

/** @internal What the grammar check learns of a module. */
export interface ModuleShape {
  bindings: Map<string, Binding>;
  /** Exported name → local name. */
  exports: Map<string, string>;
  defaultExport?: EsNode;
  /** Relative specifiers of value imports, with the import declaration. */
  imports: { specifier: string; node: EsNode }[];
  /** Relative specifiers of type-only imports (checked for where they point, never read). */
  typeImports: { specifier: string; node: EsNode }[];
}

const CORE = '@kehoach/core';
const TYPE_DECLARATIONS = new Set(['TSTypeAliasDeclaration', 'TSInterfaceDeclaration', 'EmptyStatement']);
const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression']);

class Violation extends Error {
  constructor(readonly violation: GrammarViolation) {
    super(violation.message.en);
  }
}

/**
 * @internal Checks a whole module against the static reader's grammar, used or not: named
 * imports of the core builders and of relative plan files, `const` bindings of literals,
 * arrays, objects, templates, `+`, references and builder calls, type declarations, named
 * exports of constants and the default export. Returns the module's shape, or the first
 * construct outside the grammar in source order.
 */
export function checkGrammar(
  program: EsNode,
  text: string,
  onRelativeImport: (specifier: string, node: EsNode) => void = () => {},
): { ok: true; shape: ModuleShape } | { ok: false; violation: GrammarViolation } {
  try {
    return { ok: true, shape: new GrammarChecker(text, onRelativeImport).module(program) };
  } catch (error) {
    if (error instanceof Violation) return { ok: false, violation: error.violation };
    if (error instanceof RangeError) {
      return { ok: false, violation: { code: 'input/too-deep', construct: 'nesting', node: program, message: tooDeep } };
    }
    throw error;
  }
}

const tooDeep: LocalizedText = {
  vi: `Biểu thức lồng nhau quá ${MAX_EXPRESSION_DEPTH} cấp.`,
  en: `An expression is nested more than ${MAX_EXPRESSION_DEPTH} levels deep.`,
};

class GrammarChecker {
  private readonly shape: ModuleShape = { bindings: new Map(), exports: new Map(), imports: [], typeImports: [] };

  constructor(
    private readonly text: string,
    private readonly onRelativeImport: (specifier: string, node: EsNode) => void,
  ) {}

  module(program: EsNode): ModuleShape {
    const statements = program['body'] as EsNode[];
    // Bindings first, so a constant may be used before the line that declares it.
    for (const statement of statements) this.declare(statement);
    for (const statement of statements) this.statement(statement);
    return this.shape;
  }

  private declare(statement: EsNode): void {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement['declaration'] : statement;
    if (declaration?.type === 'VariableDeclaration' && declaration['kind'] === 'const') {
      for (const declarator of declaration['declarations'] as EsNode[]) {
        if (declarator['id'].type === 'Identifier' && declarator['init']) {
          this.shape.bindings.set(declarator['id']['name'], { kind: 'constant', init: declarator['init'], node: declarator });
        }
      }
    }
    if (statement.type === 'ImportDeclaration' && statement['importKind'] !== 'type') {
      const specifier = statement['source']['value'] as string;
      for (const s of statement['specifiers'] as EsNode[]) {
        if (s.type !== 'ImportSpecifier' || s['importKind'] === 'type') continue;
        const imported = s['imported'].type === 'Identifier' ? s['imported']['name'] : String(s['imported']['value']);
        const binding: Binding = specifier === CORE ? { kind: 'core', name: imported } : { kind: 'module', specifier, name: imported, node: s };
        this.shape.bindings.set(s['local']['name'], binding);
      }
    }
  }

  private statement(statement: EsNode): void {
    switch (statement.type) {
      case 'ImportDeclaration':
        return this.importDeclaration(statement);
      case 'VariableDeclaration':
        return this.variables(statement, false);
      case 'ExportNamedDeclaration': {
        const declaration = statement['declaration'] as EsNode | null;
        if (declaration !== null) {
          if (declaration.type === 'VariableDeclaration') return this.variables(declaration, true);
          if (TYPE_DECLARATIONS.has(declaration.type)) return;
          throw this.unsupported(declaration, this.describe(declaration));
        }
        if (statement['source'] !== null && statement['source'] !== undefined) {
          if (statement['exportKind'] === 'type') return;
          throw this.unsupported(statement, 'export … from');
        }
        for (const s of statement['specifiers'] as EsNode[]) {
          if (s['exportKind'] === 'type' || statement['exportKind'] === 'type') continue;
          const local = s['local']['name'] as string;
          if (!this.shape.bindings.has(local)) throw this.unsupported(s, `export ${local}`);
          const exported = s['exported'].type === 'Identifier' ? s['exported']['name'] : String(s['exported']['value']);
          this.shape.exports.set(exported, local);
        }
        return;
      }
      case 'ExportDefaultDeclaration': {
        const declaration = statement['declaration'] as EsNode;
        this.expression(declaration, 0);
        this.shape.defaultExport = declaration;
        return;
      }
      default:
        if (TYPE_DECLARATIONS.has(statement.type)) return;
        if (statement.type === 'ExpressionStatement') {
          throw this.violation(statement, 'static/side-effect', this.describe(statement), {
            vi: 'Câu lệnh ở cấp cao nhất có tác dụng phụ; kế hoạch không được chạy để đọc.',
            en: 'A top-level statement has a side effect; the plan is not run to read it.',
          });
        }
        throw this.violation(statement, 'static/unsupported', this.describe(statement), {
          vi: 'Cấu trúc này nằm ngoài phần được đọc mà không chạy kế hoạch.',
          en: 'This construct is outside what can be read without running the plan.',
        });
    }
  }

  private importDeclaration(statement: EsNode): void {
    const specifier = statement['source']['value'] as string;
    const isCore = specifier === CORE;
    const isRelative = specifier.startsWith('./') || specifier.startsWith('../');
    if (!isCore && !isRelative) {
      throw this.violation(statement, 'static/import', `import from "${clip(specifier)}"`, {
        vi: `Chỉ được nhập từ @kehoach/core và các tệp kế hoạch cùng thư mục; "${clip(specifier)}" không được đọc.`,
        en: `Only @kehoach/core and relative plan files may be imported; "${clip(specifier)}" is not read.`,
      });
    }
    if ((statement['attributes'] as EsNode[] | undefined)?.length) throw this.unsupported(statement, 'import attributes');
    const typeOnly = statement['importKind'] === 'type';
    const specifiers = statement['specifiers'] as EsNode[];
    if (specifiers.length === 0) {
      throw this.violation(statement, 'static/import', `import "${clip(specifier)}"`, {
        vi: 'Lệnh nhập chỉ để chạy một tệp (không nhập tên nào) không được đọc mà không chạy kế hoạch.',
        en: 'An import that only runs a file (and imports no name) cannot be read without running the plan.',
      });
    }
    if (!typeOnly) {
      for (const s of specifiers) {
        if (s.type !== 'ImportSpecifier') {
          throw this.violation(statement, 'static/unsupported', 'default or namespace import', {
            vi: 'Chỉ hỗ trợ nhập theo tên: import { ... } from ...',
            en: 'Only named imports are read: import { ... } from ...',
          });
        }
        if (s['importKind'] === 'type' || !isCore) continue;
        const name = s['imported'].type === 'Identifier' ? (s['imported']['name'] as string) : String(s['imported']['value']);
        if (!Object.hasOwn(CORE_FUNCTIONS, name)) {
          throw this.violation(s, 'static/unsupported', `${name} from @kehoach/core`, {
            vi: `${name} không phải hàm dựng được hỗ trợ khi đọc mà không chạy.`,
            en: `${name} is not a builder the static reader supports.`,
          });
        }
      }
    }
    if (isRelative) {
      // Where a relative import points is checked here, in source order, whatever its kind.
      this.onRelativeImport(specifier, statement);
      const allTypes = typeOnly || specifiers.every((s) => s['importKind'] === 'type');
      (allTypes ? this.shape.typeImports : this.shape.imports).push({ specifier, node: statement });
    }
  }

  private variables(declaration: EsNode, exported: boolean): void {
    if (declaration['kind'] !== 'const' || declaration['declare']) {
      throw this.violation(declaration, 'static/unsupported', `${declaration['declare'] ? 'declare' : declaration['kind']} declaration`, {
        vi: 'Chỉ hỗ trợ khai báo const khi đọc kế hoạch mà không chạy.',
        en: 'Only const declarations are read without running the plan.',
      });
    }
    for (const declarator of declaration['declarations'] as EsNode[]) {
      if (declarator['id'].type !== 'Identifier' || !declarator['init']) {
        throw this.violation(declarator, 'static/unsupported', 'destructuring or uninitialised constant', {
          vi: 'Khai báo hằng phải có tên đơn và giá trị.',
          en: 'A constant must have a plain name and a value.',
        });
      }
      this.expression(declarator['init'], 0);
      if (exported) this.shape.exports.set(declarator['id']['name'], declarator['id']['name']);
    }
  }

  /** Checks an expression and everything in it. */
  private expression(node: EsNode, depth: number): void {
    if (depth > MAX_EXPRESSION_DEPTH) throw this.violation(node, 'input/too-deep', 'nesting', tooDeep);
    const next = depth + 1;
    switch (node.type) {
      case 'Literal':
        if (node['regex'] !== undefined || node['bigint'] !== undefined) throw this.unsupported(node, node['regex'] ? 'regular expression' : 'bigint');
        return;
      case 'TemplateLiteral':
        for (const e of node['expressions'] as EsNode[]) this.expression(e, next);
        return;
      case 'ArrayExpression':
        for (const e of node['elements'] as (EsNode | null)[]) {
          if (e === null) throw this.unsupported(node, 'array hole');
          this.expression(e.type === 'SpreadElement' ? e['argument'] : e, next);
        }
        return;
      case 'ObjectExpression':
        for (const p of node['properties'] as EsNode[]) {
          if (p.type === 'SpreadElement') {
            this.expression(p['argument'], next);
            continue;
          }
          if (p.type !== 'Property' || p['kind'] !== 'init' || p['method']) throw this.unsupported(p, p['kind'] === 'get' || p['kind'] === 'set' ? `${p['kind']}ter` : 'method');
          if (p['computed']) this.expression(p['key'], next);
          this.expression(p['value'], next);
        }
        return;
      case 'Identifier':
        if (node['name'] === 'undefined' || this.shape.bindings.has(node['name'])) return;
        throw this.violation(node, 'static/unsupported', `identifier ${node['name']}`, {
          vi: `Không đọc được ${node['name']}: chỉ dùng được hằng khai báo trong kế hoạch và hàm dựng của @kehoach/core.`,
          en: `Cannot read ${node['name']}: only constants of the plan and builders of @kehoach/core can be used.`,
        });
      case 'CallExpression':
        return this.call(node, next);
      case 'UnaryExpression':
        if (node['operator'] === '-' && node['argument'].type === 'Literal' && typeof node['argument']['value'] === 'number') return;
        throw this.unsupported(node, `operator ${node['operator']}`);
      case 'BinaryExpression':
        if (node['operator'] !== '+') throw this.unsupported(node, `operator ${node['operator']}`);
        this.expression(node['left'], next);
        this.expression(node['right'], next);
        return;
      default:
        if (WRAPPERS.has(node.type)) return this.expression(node['expression'], next);
        throw this.unsupported(node, this.describe(node));
    }
  }

  private call(node: EsNode, depth: number): void {
    const callee = node['callee'] as EsNode;
    const refuse = () => this.unsupported(node, `call of ${clip(this.text.slice(callee.start, callee.end))}`);
    if (node['optional']) throw refuse();
    if (callee.type === 'Identifier') {
      const binding = this.shape.bindings.get(callee['name']);
      if (binding?.kind !== 'core' || !Object.hasOwn(CORE_FUNCTIONS, binding.name)) throw refuse();
    } else if (callee.type === 'MemberExpression') {
      const object = callee['object'] as EsNode;
      const property = callee['property'] as EsNode;
      if (callee['computed'] || callee['optional'] || object.type !== 'Identifier' || property.type !== 'Identifier') throw refuse();
      if (!REGISTRY_METHODS.has(property['name']) || this.shape.bindings.get(object['name']) === undefined) throw refuse();
    } else {
      throw refuse();
    }
    for (const argument of node['arguments'] as EsNode[]) {
      if (argument.type === 'SpreadElement') throw this.unsupported(argument, 'spread arguments');
      this.expression(argument, depth);
    }
  }

  private unsupported(node: EsNode, construct: string): Violation {
    return this.violation(node, 'static/unsupported', construct, {
      vi: `Không đọc được "${construct}" mà không chạy kế hoạch.`,
      en: `"${construct}" cannot be read without running the plan.`,
    });
  }

  private violation(node: EsNode, code: string, construct: string, message: LocalizedText): Violation {
    return new Violation({ code, construct, node, message });
  }

  private describe(node: EsNode): string {
    const source = (n: EsNode) => clip(this.text.slice(n.start, n.end));
    switch (node.type) {
      case 'ExpressionStatement': {
        const e = node['expression'] as EsNode;
        if (e.type === 'CallExpression') return `function call ${source(e['callee'])}`;
        if (e.type === 'AwaitExpression') return 'await';
        if (e.type === 'ImportExpression') return 'import()';
        return `expression ${source(e)}`;
      }
      case 'FunctionDeclaration':
        return `function ${node['id']?.['name'] ?? ''}`.trim();
      case 'ClassDeclaration':
      case 'ClassExpression':
        return `class ${node['id']?.['name'] ?? ''}`.trim();
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        return 'function expression';
      case 'MemberExpression':
        return `property access ${source(node)}`;
      case 'NewExpression':
        return `new ${source(node['callee'])}`;
      case 'ImportExpression':
        return 'import()';
      case 'AwaitExpression':
        return 'await';
      case 'TaggedTemplateExpression':
        return `tagged template ${source(node['tag'])}`;
      case 'TSEnumDeclaration':
        return `enum ${node['id']?.['name'] ?? ''}`.trim();
      case 'TSModuleDeclaration':
        return 'namespace';
      case 'TSImportEqualsDeclaration':
        return 'import … = require()';
      case 'TSExportAssignment':
        return 'export =';
      case 'ExportAllDeclaration':
        return 'export * from';
      default:
        return node.type;
    }
  }
}

/** @internal One line of at most 40 characters, for naming a construct. */
export function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
