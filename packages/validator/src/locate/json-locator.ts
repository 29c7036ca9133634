import type { Locate, ModelPath, SourceLocation } from '../types.js';
import { lineColumn } from './parse-ts.js';

/** Where the members of one object or array start and end in the text. */
type Members = { kind: 'object'; keys: Map<string, { start: number; end: number; value: number }> } | { kind: 'array'; starts: number[]; ends: number[] };

/**
 * A locator for a plan read from JSON text: maps a model path to the line and column of its
 * key in the file (for an array element, of the element itself). Paths deeper than the text
 * (a value the model derived) fall back to the nearest enclosing key. Only the objects and
 * arrays on the way to a located path are indexed, each once, so a large plan with a few
 * diagnostics costs little memory; text that is not valid JSON gives locations up to the point
 * of the error.
 *
 * @param text - The JSON text of the plan.
 * @param file - The file name to put in locations.
 * @example
 * import { jsonLocator } from '@kehoach/validator/locate';
 * const locate = jsonLocator(readFileSync('plan.json', 'utf8'), 'plan.json');
 * validate(parsePlan(text), config, { locate });
 */
export function jsonLocator(text: string, file: string): Locate {
  const position = lineColumn(text);
  const scanner = new Scanner(text);
  const root = scanner.ws(text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return (path: ModelPath): SourceLocation | undefined => {
    let container = root;
    let found: { start: number; end: number } | undefined;
    for (const segment of path) {
      const members = scanner.members(container);
      if (members === undefined) break;
      let next: { start: number; end: number; value: number } | undefined;
      if (members.kind === 'object') {
        next = members.keys.get(String(segment));
      } else if (typeof segment === 'number' && segment < members.starts.length) {
        next = { start: members.starts[segment]!, end: members.ends[segment]!, value: members.starts[segment]! };
      }
      if (next === undefined) break;
      found = next;
      container = next.value;
    }
    if (found === undefined) return undefined;
    const start = position(found.start);
    const stop = position(found.end);
    const location: SourceLocation = { file, line: start.line, column: start.column };
    if (stop.line === start.line) {
      location.endLine = stop.line;
      location.endColumn = stop.column;
    }
    return location;
  };
}

class Scanner {
  private readonly cache = new Map<number, Members | undefined>();

  constructor(private readonly text: string) {}

  ws(i: number): number {
    const text = this.text;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    return i;
  }

  /** The members of the object or array at `start`, indexed on first use; `undefined` for a scalar. */
  members(start: number): Members | undefined {
    if (this.cache.has(start)) return this.cache.get(start);
    const c = this.text[start];
    let members: Members | undefined;
    if (c === '{') members = { kind: 'object', keys: new Map() };
    else if (c === '[') members = { kind: 'array', starts: [], ends: [] };
    if (members !== undefined) {
      try {
        this.index(start, members);
      } catch {
        // Keep the members read before the text stopped being JSON.
      }
    }
    this.cache.set(start, members);
    return members;
  }

  private index(start: number, members: Members): void {
    const text = this.text;
    const close = members.kind === 'object' ? '}' : ']';
    let i = this.ws(start + 1);
    if (text[i] === close) return;
    for (;;) {
      i = this.ws(i);
      if (members.kind === 'object') {
        const keyStart = i;
        const keyEnd = this.skipString(i);
        const key = (JSON.parse(text.slice(keyStart, keyEnd)) as string).normalize('NFC');
        i = this.ws(keyEnd);
        if (text[i] !== ':') throw new SyntaxError('stop');
        const value = this.ws(i + 1);
        members.keys.set(key, { start: keyStart, end: keyEnd, value });
        i = this.skipValue(value);
      } else {
        const index = members.starts.push(i) - 1;
        members.ends.push(i);
        i = this.skipValue(i);
        members.ends[index] = i;
      }
      i = this.ws(i);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) return;
      throw new SyntaxError('stop');
    }
  }

  private skipString(i: number): number {
    const text = this.text;
    if (text[i] !== '"') throw new SyntaxError('stop');
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) return i + 1;
      i += c === 92 ? 2 : 1;
    }
    throw new SyntaxError('stop');
  }

  /** The offset just after the value at `i`. */
  private skipValue(i: number): number {
    const text = this.text;
    const c = text[i];
    if (c === '"') return this.skipString(i);
    if (c === '{' || c === '[') {
      let depth = 0;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          i = this.skipString(i);
          continue;
        }
        if (d === 123 || d === 91) depth++;
        else if (d === 125 || d === 93) {
          depth--;
          if (depth === 0) return i + 1;
        }
        i++;
      }
      throw new SyntaxError('stop');
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (m === null) throw new SyntaxError('stop');
    return i + m[0].length;
  }
}
