import type { Locate, ModelPath, SourceLocation } from '../types.js';

interface Span {
  start: number;
  end: number;
}

/**
 * A locator for a plan read from JSON text: maps a model path to the line and column of its
 * key in the file (for an array element, of the element itself). Paths deeper than the text
 * (a value the model derived) fall back to the nearest enclosing key. The text is scanned once,
 * on first use; text that is not valid JSON gives locations up to the point of the error.
 *
 * @param text - The JSON text of the plan.
 * @param file - The file name to put in locations.
 * @example
 * import { jsonLocator } from '@kehoach/validator/locate';
 * const locate = jsonLocator(readFileSync('plan.json', 'utf8'), 'plan.json');
 * validate(parsePlan(text), config, { locate });
 */
export function jsonLocator(text: string, file: string): Locate {
  let spans: Map<string, Span> | undefined;
  let lineStarts: number[] | undefined;
  const position = (offset: number): { line: number; column: number } => {
    lineStarts ??= computeLineStarts(text);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  return (path: ModelPath): SourceLocation | undefined => {
    spans ??= scan(text);
    for (let end = path.length; end >= 0; end--) {
      const span = spans.get(keyOf(path, end));
      if (span === undefined) continue;
      const start = position(span.start);
      const stop = position(span.end);
      const location: SourceLocation = { file, line: start.line, column: start.column };
      if (stop.line === start.line) {
        location.endLine = stop.line;
        location.endColumn = stop.column;
      }
      return location;
    }
    return undefined;
  };
}

function keyOf(path: ModelPath, end: number): string {
  let key = '';
  for (let i = 0; i < end; i++) key += `${i === 0 ? '' : '\u0000'}${String(path[i])}`;
  return key;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Scans JSON text, recording the span of every key (objects) and element (arrays) by path. */
function scan(text: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const fail = (): never => {
    throw new SyntaxError('stop');
  };
  const string = (): string => {
    if (text[i] !== '"') fail();
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (key: string): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        const start = i;
        const name = string().normalize('NFC');
        const childKey = key === '' ? name : `${key}\u0000${name}`;
        spans.set(childKey, { start, end: i });
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(childKey);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        ws();
        const childKey = key === '' ? String(index) : `${key}\u0000${index}`;
        const start = i;
        value(childKey);
        if (!spans.has(childKey)) spans.set(childKey, { start, end: i });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') {
      string();
    } else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
      if (m === null) fail();
      i += m![0].length;
    }
  };
  try {
    value('');
  } catch {
    // Keep what was scanned before the error.
  }
  return spans;
}
