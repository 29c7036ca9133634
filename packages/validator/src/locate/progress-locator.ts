import type { Locate, ModelPath, SourceLocation } from '../types.js';
import { lineColumn, parseTypeScript, type EsNode } from './parse-ts.js';

const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression']);

/**
 * Arguments of the progress builders, by list: which record field each positional argument
 * holds; the last argument is the object of the other fields.
 */
const POSITIONAL: Record<string, readonly string[]> = {
  submission: ['occurrence', 'unit'],
  status: ['task', 'status'],
  measurement: ['target'],
  exemption: ['occurrence'],
};

/**
 * A locator for a progress record written with the builders in `progress.ts`: maps a path of
 * the record (`['submissions', 3, 'unit']`) to the argument or property of the
 * `p.submission(…)` call at fault, following constants declared in the file. Paths it cannot
 * map fall back to the nearest enclosing one. Parses the text (no TypeScript compiler); never
 * runs it.
 *
 * @example
 * import { tsProgressLocator } from '@kehoach/validator/locate';
 * const locate = tsProgressLocator(readFileSync('progress.ts', 'utf8'), 'progress.ts');
 * validateProgress(plan, progress, { locate });
 */
export function tsProgressLocator(text: string, file: string): Locate {
  const parsed = parseTypeScript(text);
  const at = lineColumn(text);
  const spans = new Map<string, SourceLocation>();
  if (parsed.ok) {
    const constants = new Map<string, EsNode>();
    let spec: EsNode | undefined;
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        for (const child of node) visit(child);
        return;
      }
      const n = node as EsNode;
      if (n.type === 'VariableDeclarator' && n['id']?.type === 'Identifier' && n['init']) constants.set(n['id']['name'], n['init']);
      if (spec === undefined && n.type === 'CallExpression' && n['callee']?.type === 'Identifier' && n['callee']['name'] === 'defineProgress') spec = n['arguments'][0];
      for (const key of Object.keys(n)) if (key !== 'type' && key !== 'start' && key !== 'end' && key !== 'loc' && key !== 'range') visit(n[key]);
    };
    visit(parsed.program);
    const resolve = (node: EsNode | undefined, depth = 0): EsNode | undefined => {
      let current = node;
      while (current !== undefined && WRAPPERS.has(current.type)) current = current['expression'];
      if (current?.type === 'Identifier' && depth < 50) return resolve(constants.get(current['name']), depth + 1);
      return current;
    };
    const put = (path: readonly (string | number)[], node: EsNode) => {
      const key = path.join('\u0000');
      if (spans.has(key)) return;
      const start = at(node.start);
      const end = at(node.end);
      spans.set(key, { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
    };
    const object = (path: (string | number)[], node: EsNode | undefined): void => {
      const value = resolve(node);
      if (value?.type === 'ObjectExpression') {
        for (const prop of value['properties'] as EsNode[]) {
          if (prop.type !== 'Property' || prop['computed']) continue;
          const key = prop['key'].type === 'Identifier' ? prop['key']['name'] : String(prop['key']['value']);
          put([...path, key], prop);
          object([...path, key], prop['value']);
        }
      } else if (value?.type === 'ArrayExpression') {
        (value['elements'] as EsNode[]).forEach((element, i) => {
          if (element === null || element.type === 'SpreadElement') return;
          put([...path, i], element);
          object([...path, i], element);
        });
      }
    };
    const root = resolve(spec);
    if (root?.type === 'ObjectExpression') {
      for (const prop of root['properties'] as EsNode[]) {
        if (prop.type !== 'Property' || prop['computed']) continue;
        const list = prop['key'].type === 'Identifier' ? prop['key']['name'] : String(prop['key']['value']);
        put([list], prop);
        const array = resolve(prop['value']);
        if (array?.type !== 'ArrayExpression') continue;
        // Spreads of constant arrays keep counting elements in order.
        let index = 0;
        const elements = (items: EsNode[], depth: number): void => {
          for (const element of items) {
            if (element === null) continue;
            if (element.type === 'SpreadElement') {
              const spread = resolve(element['argument']);
              if (spread?.type === 'ArrayExpression' && depth < 20) elements(spread['elements'], depth + 1);
              else return;
              continue;
            }
            const path = [list, index++];
            const value = resolve(element);
            put(path, element);
            if (value?.type === 'CallExpression') {
              const callee = value['callee'];
              const name = callee.type === 'MemberExpression' && callee['property'].type === 'Identifier' ? callee['property']['name'] : '';
              const positional = POSITIONAL[name] ?? [];
              const args = value['arguments'] as EsNode[];
              positional.forEach((field, i) => args[i] && put([...path, field], args[i]));
              object(path, args[positional.length]);
            } else object(path, value);
          }
        };
        elements(array['elements'], 0);
      }
    }
  }
  return (path: ModelPath) => {
    for (let end = path.length; end >= 0; end--) {
      const hit = spans.get(path.slice(0, end).join('\u0000'));
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
}
