import path from 'node:path';
import { childId, createSegmentCounter } from '@kehoach/core';
import type { Locate, ModelPath, SourceLocation } from '../types.js';
import { lineColumn, parseTypeScript, type EsNode } from './parse-ts.js';
import { readSiblingSource } from './read-sibling.js';

type Path = (string | number)[];

/** A locator for a TypeScript plan, that also finds nodes by id. */
export interface TsPlanLocator extends Locate {
  /** The location of the builder call of the node with this id. */
  byId(id: string): SourceLocation | undefined;
  /** How many model paths the locator knows; 0 when no `definePlan()` call was found. */
  readonly size: number;
}

/** Options of `tsPlanLocator()`. */
export interface TsPlanLocatorOptions {
  /** The source text, when already read; the file is read otherwise. */
  text?: string;
  /** Also map `units` and `groups` to the registry file the plan imports (default true). */
  registry?: boolean;
  /**
   * Gives the text of the registry file the plan imports, or `undefined` to leave it unread.
   * By default only a regular file in the plan's own folder (no link leading out of it, at most
   * 16 MiB) is read; a loader passes the files it already read, so the locator opens nothing else.
   */
  readSource?: (file: string) => string | undefined;
  /** Parses a source text; `parseTypeScript()` by default. */
  parse?: (text: string) => EsNode | undefined;
}

/**
 * A locator for a plan written with the builders in `plan.ts`. It parses the file (acorn, no
 * TypeScript compiler) and maps model paths to the builder call or property at fault:
 * `['body', 4, 'children', 0, 'children', 0, 'reports', 0, 'deadlines', 0]` to the
 * `before('2021-12-20')` call, following constants declared in the file, and `units` and
 * `groups` to the registry file it imports. Node ids are derived from the numbering exactly as
 * `definePlan()` derives them. Paths it cannot map fall back to the nearest enclosing one.
 *
 * @param file - Path of the plan file.
 * @example
 * import { tsPlanLocator } from '@kehoach/validator/locate';
 * const locate = await tsPlanLocator('examples/khanh-hoa-12127/plan.ts');
 * const diagnostics = validate(plan, config, { locate });
 */
export async function tsPlanLocator(file: string, options: TsPlanLocatorOptions = {}): Promise<TsPlanLocator> {
  const read = options.readSource ?? ((target: string) => readSiblingSource(file, target));
  const text = options.text ?? read(file) ?? '';
  const parse = options.parse ?? ((source: string) => {
    const result = parseTypeScript(source);
    return result.ok ? result.program : undefined;
  });
  const spans = new Map<string, SourceLocation>();
  const ids = new Map<string, SourceLocation>();
  const program = parse(text);
  if (program !== undefined) {
    const mapper = new Mapper(program, text, file, spans, ids);
    const spec = mapper.findCall('definePlan');
    if (spec !== undefined) {
      mapper.planSpec(spec);
      const registry = options.registry === false ? undefined : mapper.registryImport(spec);
      if (registry !== undefined && (registry.startsWith('./') || registry.startsWith('../'))) {
        const registryFile = path.join(path.dirname(file), registry.replace(/\.([cm]?)js$/, '.$1ts'));
        const registryText = read(registryFile);
        const registryProgram = registryText === undefined ? undefined : parse(registryText);
        // Without the registry file, units and groups map to the `registry` property.
        if (registryProgram !== undefined) new Mapper(registryProgram, registryText!, registryFile, spans, ids).registry();
      }
    }
  }
  const locate = ((p: ModelPath): SourceLocation | undefined => {
    for (let end = p.length; end >= 0; end--) {
      const hit = spans.get(keyOf(p, end));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }) as TsPlanLocator;
  Object.defineProperty(locate, 'byId', { value: (id: string) => ids.get(id) });
  Object.defineProperty(locate, 'size', { value: spans.size });
  return locate;
}

function keyOf(p: ModelPath, end: number): string {
  let key = '';
  for (let i = 0; i < end; i++) key += `${i === 0 ? '' : '\u0000'}${String(p[i])}`;
  return key;
}

const NODE_BUILDERS = new Set(['section', 'item', 'task']);
const ASSIGNMENT_BUILDERS = new Set(['each', 'together', 'related']);
const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression']);

function isNode(value: unknown): value is EsNode {
  return typeof value === 'object' && value !== null && typeof (value as EsNode).type === 'string';
}

/** The name a call is made by: `definePlan(…)` → definePlan, `r.task(…)` → task. */
function calleeName(call: EsNode): string {
  const callee = call['callee'] as EsNode;
  if (callee.type === 'Identifier') return callee['name'];
  if (callee.type === 'MemberExpression' && !callee['computed'] && callee['property'].type === 'Identifier') return callee['property']['name'];
  return '';
}

function propertyKey(prop: EsNode): string | undefined {
  if (prop.type !== 'Property' || prop['computed']) return undefined;
  const key = prop['key'] as EsNode;
  if (key.type === 'Identifier') return key['name'];
  if (key.type === 'Literal') return String(key['value']);
  return undefined;
}

function stringValue(node: EsNode | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (node.type === 'Literal' && typeof node['value'] === 'string') return node['value'];
  if (node.type === 'TemplateLiteral' && node['expressions'].length === 0) return node['quasis'][0]['value']['cooked'];
  return undefined;
}

class Mapper {
  private readonly at: (offset: number) => { line: number; column: number };
  private readonly constants = new Map<string, EsNode>();

  constructor(
    private readonly program: EsNode,
    private readonly text: string,
    private readonly file: string,
    private readonly spans: Map<string, SourceLocation>,
    private readonly ids: Map<string, SourceLocation>,
  ) {
    this.at = lineColumn(text);
    for (const statement of program['body'] as EsNode[]) {
      const declaration = statement.type === 'ExportNamedDeclaration' ? statement['declaration'] : statement;
      if (!isNode(declaration) || declaration.type !== 'VariableDeclaration') continue;
      for (const declarator of declaration['declarations'] as EsNode[]) {
        if (declarator['id'].type === 'Identifier' && declarator['init'] && !this.constants.has(declarator['id']['name'])) {
          this.constants.set(declarator['id']['name'], declarator['init']);
        }
      }
    }
  }

  /** The first argument of the first call named `name`, in source order. */
  findCall(name: string): EsNode | undefined {
    const stack: EsNode[] = [this.program];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'CallExpression' && calleeName(node) === name) return node['arguments'][0];
      // Children in reverse source order, so the walk visits the file from top to bottom.
      const keys = Object.keys(node);
      for (let k = keys.length - 1; k >= 0; k--) {
        if (keys[k] === 'loc') continue;
        const value = node[keys[k]!];
        if (Array.isArray(value)) {
          for (let i = value.length - 1; i >= 0; i--) if (isNode(value[i])) stack.push(value[i]);
        } else if (isNode(value)) {
          stack.push(value);
        }
      }
    }
    return undefined;
  }

  /** The module specifier the `registry` property's identifier is imported from (value imports only). */
  registryImport(spec: EsNode): string | undefined {
    const obj = this.resolve(spec);
    if (obj?.type !== 'ObjectExpression') return undefined;
    const prop = (obj['properties'] as EsNode[]).find((p) => propertyKey(p) === 'registry');
    const value = prop?.['value'] as EsNode | undefined;
    if (value?.type !== 'Identifier') return undefined;
    const name = value['name'];
    for (const statement of this.program['body'] as EsNode[]) {
      if (statement.type !== 'ImportDeclaration' || statement['importKind'] === 'type') continue;
      for (const specifier of statement['specifiers'] as EsNode[]) {
        if (specifier['importKind'] === 'type' || specifier['local']['name'] !== name) continue;
        return typeof statement['source']['value'] === 'string' ? statement['source']['value'] : undefined;
      }
    }
    return undefined;
  }

  planSpec(spec: EsNode): void {
    const obj = this.resolve(spec);
    if (obj?.type !== 'ObjectExpression') return;
    for (const prop of obj['properties'] as EsNode[]) {
      const name = propertyKey(prop);
      if (name === undefined) continue;
      this.set([name], prop['key']);
      const init = prop['value'] as EsNode;
      if (name === 'body') this.nodes(init, ['body'], undefined);
      else if (name === 'registry') {
        this.set(['units'], prop['key']);
        this.set(['groups'], prop['key']);
      } else this.value(init, [name]);
    }
  }

  registry(): void {
    const arg = this.findCall('defineRegistry');
    const obj = arg === undefined ? undefined : this.resolve(arg);
    if (obj?.type !== 'ObjectExpression') return;
    for (const kind of ['units', 'groups'] as const) {
      const prop = (obj['properties'] as EsNode[]).find((p) => propertyKey(p) === kind);
      if (prop === undefined) continue;
      this.set([kind], prop['key']);
      const members = this.resolve(prop['value']);
      if (members?.type !== 'ObjectExpression') continue;
      (members['properties'] as EsNode[]).forEach((member, i) => {
        if (propertyKey(member) === undefined) return;
        this.set([kind, i], member['key']);
        this.set([kind, i, 'key'], member['key']);
        this.value(member['value'], [kind, i]);
      });
    }
  }

  /** An array of node builders: `[r.section(...), r.task(...)]`. */
  private nodes(value: EsNode | undefined, base: Path, parentId: string | undefined): void {
    const list = this.resolve(value);
    if (list?.type !== 'ArrayExpression') return;
    const segment = createSegmentCounter();
    const elements = list['elements'] as (EsNode | null)[];
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      if (element == null || element.type === 'SpreadElement') return;
      const call = this.resolve(element);
      const p = [...base, i];
      this.set(p, element);
      if (call?.type !== 'CallExpression') continue;
      const kind = call['callee'].type === 'MemberExpression' ? calleeName(call) : '';
      if (!NODE_BUILDERS.has(kind)) continue;
      const args = call['arguments'] as EsNode[];
      const numbering = stringValue(args[0]);
      if (numbering === undefined) return;
      const draft = numbering === '-' || numbering === '+' ? { bullet: numbering as '-' | '+' } : numbering === '' ? {} : { number: numbering };
      const options = kind === 'section' ? args[3] : kind === 'item' ? args[2] : args[1];
      const explicit = this.stringProperty(options, 'id');
      const derived = segment(draft);
      const id = explicit ?? childId(parentId, derived);
      this.set(p, call, true);
      const here = this.spans.get(keyOf(p, p.length));
      if (here !== undefined && !this.ids.has(id)) this.ids.set(id, here);
      if (kind === 'section') {
        if (args[1] !== undefined) this.set([...p, 'title'], args[1]);
        this.value(args[3], p);
        this.nodes(args[2], [...p, 'children'], id);
      } else if (kind === 'item') {
        if (args[1] !== undefined) this.set([...p, 'text'], args[1]);
        this.value(args[2], p);
        this.nodes(args[3], [...p, 'children'], id);
      } else {
        this.value(args[1], p);
        this.nodes(args[2], [...p, 'children'], id);
      }
    }
  }

  /** Maps an expression's own properties and elements under `base`. */
  private value(value: EsNode | undefined, base: Path): void {
    const v = this.resolve(value);
    if (v === undefined) return;
    if (v.type === 'ObjectExpression') {
      for (const prop of v['properties'] as EsNode[]) {
        const name = propertyKey(prop);
        if (name === undefined) continue;
        const p = [...base, name];
        this.set(p, prop['key']);
        const init = prop['value'] as EsNode;
        if (name === 'lead' || name === 'from') this.assignment(init, p);
        else if (name === 'partners') this.list(init, p, (el, q) => this.assignment(el, q));
        else this.value(init, p);
      }
    } else if (v.type === 'ArrayExpression') {
      this.list(v, base, (el, q) => this.value(el, q));
    } else if (v.type === 'CallExpression' && v['callee'].type === 'MemberExpression') {
      const name = calleeName(v);
      if (name === 'report' || name === 'target') this.value(v['arguments'][0], base);
    }
  }

  private list(value: EsNode, base: Path, each: (element: EsNode, p: Path) => void): void {
    const v = this.resolve(value);
    if (v?.type !== 'ArrayExpression') return;
    const elements = v['elements'] as (EsNode | null)[];
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      if (element == null || element.type === 'SpreadElement') return;
      this.set([...base, i], element);
      each(element, [...base, i]);
    }
  }

  /** `'soA'`, `r.each('huyen')`, `{ unit: 'soA', mode: 'each' }`. */
  private assignment(value: EsNode, base: Path): void {
    const v = this.resolve(value);
    if (v === undefined) return;
    if (v.type === 'Literal' && typeof v['value'] === 'string') this.set([...base, 'unit'], v);
    else if (v.type === 'CallExpression') {
      const unit = v['arguments'][0] as EsNode | undefined;
      if (v['callee'].type === 'MemberExpression' && ASSIGNMENT_BUILDERS.has(calleeName(v)) && unit !== undefined) this.set([...base, 'unit'], unit);
    } else this.value(v, base);
  }

  private stringProperty(value: EsNode | undefined, name: string): string | undefined {
    const v = this.resolve(value);
    if (v?.type !== 'ObjectExpression') return undefined;
    const prop = (v['properties'] as EsNode[]).find((p) => propertyKey(p) === name);
    return prop === undefined ? undefined : stringValue(this.resolve(prop['value']) ?? prop['value']);
  }

  /** Follows identifiers to the initializer of a constant declared in the file; drops `as`, `satisfies` and parentheses. */
  private resolve(value: EsNode | undefined, depth = 0): EsNode | undefined {
    if (value === undefined || value === null || depth > 10) return value ?? undefined;
    if (WRAPPERS.has(value.type)) return this.resolve(value['expression'], depth + 1);
    if (value.type === 'Identifier') {
      const init = this.constants.get(value['name']);
      return init === undefined ? value : this.resolve(init, depth + 1);
    }
    return value;
  }

  /** Records where `p` is: the node's first line (the whole node when it fits on one line). */
  private set(p: Path, node: EsNode, override = false): void {
    const key = keyOf(p, p.length);
    if (!override && this.spans.has(key)) return;
    const newline = this.text.indexOf('\n', node.start);
    const end = newline < 0 || newline > node.end ? node.end : newline;
    const a = this.at(node.start);
    const b = this.at(end);
    this.spans.set(key, { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  }
}
