import { createRequire } from 'node:module';
import type { Parser } from 'acorn';
import { isShallow } from './shallow.js';

/**
 * A node of an ESTree syntax tree with TypeScript nodes (`TSAsExpression`, …), as oxc-parser
 * or acorn with its TypeScript plugin produce it. `start` and `end` are UTF-16 offsets.
 */
export interface EsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: any;
}

/** The outcome of `parseTypeScript()`: a program, or where and why the text is not TypeScript. */
export type ParseTypeScriptResult =
  | { ok: true; program: EsNode }
  | { ok: false; reason: 'syntax' | 'too-deep'; message: string; offset: number };

/** Options of `parseTypeScript()`. */
export interface ParseTypeScriptOptions {
  /** `auto` (the default): the native parser for shallow sources, the JavaScript one otherwise. */
  parser?: 'auto' | 'javascript';
}

// Parsers load on first use, synchronously (require of ES modules), so importing the locator costs nothing.
const load = createRequire(import.meta.url);
let acornParser: typeof Parser | undefined;
let oxc: typeof import('oxc-parser') | undefined;

/**
 * Parses a TypeScript module into an ESTree program with exact UTF-16 offsets. A source
 * whose nesting is certainly shallow (`isShallow`) goes to oxc-parser (native, fast); any other
 * to acorn with its TypeScript plugin, in JavaScript, where input nested too deeply for the
 * stack is a result (`reason: 'too-deep'`), never a crash. Hostile files are parsed safely.
 *
 * @example
 * const result = parseTypeScript("export const a: string = 'x';");
 * if (result.ok) console.log(result.program.body.length); // 1
 */
export function parseTypeScript(text: string, options: ParseTypeScriptOptions = {}): ParseTypeScriptResult {
  if (options.parser !== 'javascript' && isShallow(text)) {
    oxc ??= load('oxc-parser') as typeof import('oxc-parser');
    const result = oxc.parseSync('plan.ts', text, { lang: 'ts', sourceType: 'module', preserveParens: false });
    const error = result.errors[0];
    if (error !== undefined) return { ok: false, reason: 'syntax', message: error.message, offset: error.labels[0]?.start ?? 0 };
    return { ok: true, program: result.program as unknown as EsNode };
  }
  if (acornParser === undefined) {
    const { Parser: AcornParser } = load('acorn') as typeof import('acorn');
    const { tsPlugin } = load('@sveltejs/acorn-typescript') as typeof import('@sveltejs/acorn-typescript');
    acornParser = AcornParser.extend(tsPlugin());
  }
  try {
    const program = acornParser.parse(text, { ecmaVersion: 'latest', sourceType: 'module', locations: true }) as unknown as EsNode;
    return { ok: true, program };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : String(error);
    const offset = typeof (error as { pos?: unknown }).pos === 'number' ? (error as { pos: number }).pos : 0;
    // acorn reports a stack overflow as a syntax error "Not enough stack space to parse input".
    if (error instanceof RangeError || /stack space|call stack/i.test(message)) return { ok: false, reason: 'too-deep', message: 'nested too deeply', offset };
    return { ok: false, reason: 'syntax', message, offset };
  }
}

/**
 * Line and column (both from 1, columns in UTF-16 code units) of offsets into a text.
 *
 * @example
 * const at = lineColumn('a\nbc');
 * at(3); // { line: 2, column: 2 }
 */
export function lineColumn(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}
