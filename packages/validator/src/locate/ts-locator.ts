import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { childId, createSegmentCounter } from '@kehoach/core';
import type { Node as TsNode, SourceFile } from 'ts-morph';
import type { Locate, ModelPath, SourceLocation } from '../types.js';

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
}

/**
 * A locator for a plan written with the builders in `plan.ts`. It reads the file statically
 * with ts-morph (loaded only here) and maps model paths to the builder call or property at
 * fault: `['body', 4, 'children', 0, 'children', 0, 'reports', 0, 'deadlines', 0]` to the
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
  const text = options.text ?? (await readFile(file, 'utf8'));
  const tsMorph = await import('ts-morph');
  const project = new tsMorph.Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true } });
  const spans = new Map<string, SourceLocation>();
  const ids = new Map<string, SourceLocation>();
  const sf = project.createSourceFile('/plan.ts', text);
  const mapper = new Mapper(tsMorph, sf, file, spans, ids);
  const spec = mapper.findCall('definePlan');
  if (spec !== undefined) {
    mapper.planSpec(spec);
    const registry = mapper.registryImport(spec);
    if (registry !== undefined && options.registry !== false) {
      const registryFile = path.join(path.dirname(file), registry.replace(/\.js$/, '.ts'));
      try {
        const registryText = await readFile(registryFile, 'utf8');
        const rsf = project.createSourceFile('/registry.ts', registryText);
        new Mapper(tsMorph, rsf, registryFile, spans, ids).registry();
      } catch {
        // Without the registry file, units and groups map to the `registry` property.
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

type TsMorph = typeof import('ts-morph');

const NODE_BUILDERS = new Set(['section', 'item', 'task']);
const ASSIGNMENT_BUILDERS = new Set(['each', 'together', 'related']);

class Mapper {
  constructor(
    private readonly ts: TsMorph,
    private readonly sf: SourceFile,
    private readonly file: string,
    private readonly spans: Map<string, SourceLocation>,
    private readonly ids: Map<string, SourceLocation>,
  ) {}

  findCall(name: string): TsNode | undefined {
    const { Node } = this.ts;
    for (const call of this.sf.getDescendantsOfKind(this.ts.SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      const calleeName = Node.isPropertyAccessExpression(callee) ? callee.getName() : callee.getText();
      if (calleeName === name) return call.getArguments()[0];
    }
    return undefined;
  }

  /** The module specifier the `registry` property's identifier is imported from. */
  registryImport(spec: TsNode): string | undefined {
    const { Node } = this.ts;
    const obj = this.resolve(spec);
    if (!Node.isObjectLiteralExpression(obj)) return undefined;
    const prop = obj.getProperty('registry');
    const value = Node.isPropertyAssignment(prop) ? prop.getInitializer() : Node.isShorthandPropertyAssignment(prop) ? prop.getNameNode() : undefined;
    if (value === undefined || !Node.isIdentifier(value)) return undefined;
    const name = value.getText();
    for (const decl of this.sf.getImportDeclarations()) {
      for (const named of decl.getNamedImports()) {
        if ((named.getAliasNode()?.getText() ?? named.getName()) === name) return decl.getModuleSpecifierValue();
      }
      if (decl.getDefaultImport()?.getText() === name) return decl.getModuleSpecifierValue();
    }
    return undefined;
  }

  planSpec(spec: TsNode): void {
    const { Node } = this.ts;
    const obj = this.resolve(spec);
    if (!Node.isObjectLiteralExpression(obj)) return;
    for (const prop of obj.getProperties()) {
      if (!Node.isPropertyAssignment(prop) && !Node.isShorthandPropertyAssignment(prop)) continue;
      const name = prop.getName();
      this.set([name], prop.getNameNode());
      const init = Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
      if (init === undefined) continue;
      if (name === 'body') this.nodes(init, ['body'], undefined);
      else if (name === 'registry') {
        this.set(['units'], prop.getNameNode());
        this.set(['groups'], prop.getNameNode());
      } else this.value(init, [name]);
    }
  }

  registry(): void {
    const { Node } = this.ts;
    const arg = this.findCall('defineRegistry');
    const obj = arg === undefined ? undefined : this.resolve(arg);
    if (!Node.isObjectLiteralExpression(obj)) return;
    for (const kind of ['units', 'groups'] as const) {
      const prop = obj.getProperty(kind);
      if (!Node.isPropertyAssignment(prop)) continue;
      this.set([kind], prop.getNameNode());
      const members = this.resolve(prop.getInitializer());
      if (!Node.isObjectLiteralExpression(members)) continue;
      members.getProperties().forEach((member, i) => {
        if (!Node.isPropertyAssignment(member)) return;
        this.set([kind, i], member.getNameNode());
        this.set([kind, i, 'key'], member.getNameNode());
        this.value(member.getInitializer(), [kind, i]);
      });
    }
  }

  /** An array of node builders: `[r.section(...), r.task(...)]`. */
  private nodes(value: TsNode | undefined, base: Path, parentId: string | undefined): void {
    const { Node } = this.ts;
    const list = this.resolve(value);
    if (!Node.isArrayLiteralExpression(list)) return;
    const segment = createSegmentCounter();
    const elements = list.getElements();
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      if (Node.isSpreadElement(element)) return;
      const call = this.resolve(element);
      const p = [...base, i];
      this.set(p, element);
      if (!Node.isCallExpression(call)) continue;
      const callee = call.getExpression();
      const kind = Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
      if (!NODE_BUILDERS.has(kind)) continue;
      const args = call.getArguments();
      const numbering = Node.isStringLiteral(args[0]) || Node.isNoSubstitutionTemplateLiteral(args[0]) ? args[0].getLiteralValue() : undefined;
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
  private value(value: TsNode | undefined, base: Path): void {
    const { Node } = this.ts;
    const v = this.resolve(value);
    if (v === undefined) return;
    if (Node.isObjectLiteralExpression(v)) {
      for (const prop of v.getProperties()) {
        if (!Node.isPropertyAssignment(prop) && !Node.isShorthandPropertyAssignment(prop)) continue;
        const name = prop.getName();
        const p = [...base, name];
        this.set(p, prop.getNameNode());
        const init = Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
        if (init === undefined) continue;
        if (name === 'lead' || name === 'from') this.assignment(init, p);
        else if (name === 'partners') this.list(init, p, (el, q) => this.assignment(el, q));
        else this.value(init, p);
      }
    } else if (Node.isArrayLiteralExpression(v)) {
      this.list(v, base, (el, q) => this.value(el, q));
    } else if (Node.isCallExpression(v)) {
      const callee = v.getExpression();
      const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
      if (name === 'report' || name === 'target') this.value(v.getArguments()[0], base);
    }
  }

  private list(value: TsNode, base: Path, each: (element: TsNode, p: Path) => void): void {
    const { Node } = this.ts;
    const v = this.resolve(value);
    if (!Node.isArrayLiteralExpression(v)) return;
    const elements = v.getElements();
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      if (Node.isSpreadElement(element)) return;
      this.set([...base, i], element);
      each(element, [...base, i]);
    }
  }

  /** `'soA'`, `r.each('huyen')`, `{ unit: 'soA', mode: 'each' }`. */
  private assignment(value: TsNode, base: Path): void {
    const { Node } = this.ts;
    const v = this.resolve(value);
    if (Node.isStringLiteral(v)) this.set([...base, 'unit'], v);
    else if (Node.isCallExpression(v)) {
      const callee = v.getExpression();
      const name = Node.isPropertyAccessExpression(callee) ? callee.getName() : '';
      const unit = v.getArguments()[0];
      if (ASSIGNMENT_BUILDERS.has(name) && unit !== undefined) this.set([...base, 'unit'], unit);
    } else this.value(v, base);
  }

  private stringProperty(value: TsNode | undefined, name: string): string | undefined {
    const { Node } = this.ts;
    const v = this.resolve(value);
    if (!Node.isObjectLiteralExpression(v)) return undefined;
    const prop = v.getProperty(name);
    const init = Node.isPropertyAssignment(prop) ? prop.getInitializer() : undefined;
    return Node.isStringLiteral(init) || Node.isNoSubstitutionTemplateLiteral(init) ? init.getLiteralValue() : undefined;
  }

  /** Follows identifiers to the initializer of a constant declared in the file; drops `as` and parentheses. */
  private resolve(value: TsNode | undefined, depth = 0): TsNode | undefined {
    const { Node } = this.ts;
    if (value === undefined || depth > 10) return value;
    if (Node.isAsExpression(value) || Node.isParenthesizedExpression(value) || Node.isSatisfiesExpression(value)) {
      return this.resolve(value.getExpression(), depth + 1);
    }
    if (Node.isIdentifier(value)) {
      const decl = this.sf.getVariableDeclaration(value.getText());
      const init = decl?.getInitializer();
      return init === undefined ? value : this.resolve(init, depth + 1);
    }
    return value;
  }

  /** Records where `p` is: the node's first line (the whole node when it fits on one line). */
  private set(p: Path, node: TsNode, override = false): void {
    const key = keyOf(p, p.length);
    if (!override && this.spans.has(key)) return;
    const start = node.getStart();
    const text = node.getText();
    const newline = text.indexOf('\n');
    const end = newline < 0 ? node.getEnd() : start + newline;
    const a = this.sf.getLineAndColumnAtPos(start);
    const b = this.sf.getLineAndColumnAtPos(end);
    this.spans.set(key, { file: this.file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column });
  }
}
