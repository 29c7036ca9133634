/**
 * @internal A tiny expression tree for generated plan source. The same tree is printed as
 * TypeScript and evaluated against the real `@kehoach/core` builders, so `importPlan()` can
 * check, before printing, that the code it writes rebuilds the plan exactly.
 */
import { numberLiteral, propertyKey, stringLiteral } from './literal.js';

export type Expr = LiteralExpr | RefExpr | ObjectExpr | ArrayExpr | CallExpr;

export interface LiteralExpr {
  kind: 'literal';
  value: string | number | boolean | undefined;
}

/** A name in scope: `r`. */
export interface RefExpr {
  kind: 'ref';
  name: string;
}

export interface ObjectExpr {
  kind: 'object';
  entries: readonly (readonly [string, Expr])[];
  /** Always one entry per line. */
  multiline?: boolean;
}

export interface ArrayExpr {
  kind: 'array';
  items: readonly Expr[];
  /** Always one item per line. */
  multiline?: boolean;
}

export interface CallExpr {
  kind: 'call';
  /** A function in scope (`before`) or a method of a name in scope (`r.task`). */
  callee: string;
  args: readonly Expr[];
  /** When the call does not fit on one line, put each argument on its own line. */
  argsPerLine?: boolean;
}

export const lit = (value: string | number | boolean | undefined): LiteralExpr => ({ kind: 'literal', value });
export const ref = (name: string): RefExpr => ({ kind: 'ref', name });
export const arr = (items: readonly Expr[], multiline = false): ArrayExpr => ({ kind: 'array', items, multiline });
export const call = (callee: string, args: readonly Expr[], argsPerLine = false): CallExpr => ({
  kind: 'call',
  callee,
  args,
  argsPerLine,
});

/** An object literal from entries; `undefined` values are left out. */
export function obj(entries: readonly (readonly [string, Expr | undefined])[], multiline = false): ObjectExpr {
  return {
    kind: 'object',
    entries: entries.filter((e): e is readonly [string, Expr] => e[1] !== undefined),
    multiline,
  };
}

/** Arguments with trailing `undefined`s dropped and inner ones printed as `undefined`. */
export function args(...values: (Expr | undefined)[]): Expr[] {
  let end = values.length;
  while (end > 0 && values[end - 1] === undefined) end--;
  return values.slice(0, end).map((v) => v ?? lit(undefined));
}

/** Functions and values the generated code refers to. */
export type Scope = Record<string, unknown>;

/** Evaluates an expression as JavaScript would. */
export function evaluate(expr: Expr, scope: Scope): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'ref':
      if (!Object.hasOwn(scope, expr.name)) throw new ReferenceError(`${expr.name} is not defined`);
      return scope[expr.name];
    case 'array':
      return expr.items.map((item) => evaluate(item, scope));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of expr.entries) {
        Object.defineProperty(out, key, { value: evaluate(value, scope), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    case 'call': {
      const parts = expr.callee.split('.');
      let target: unknown = scope[parts[0]!];
      for (const part of parts.slice(1)) target = (target as Record<string, unknown>)[part];
      if (typeof target !== 'function') throw new TypeError(`${expr.callee} is not a function`);
      return (target as (...a: unknown[]) => unknown)(...expr.args.map((a) => evaluate(a, scope)));
    }
  }
}

/** Every function name a tree calls directly (not `r.…` methods), sorted. */
export function calledFunctions(exprs: readonly Expr[]): string[] {
  const names = new Set<string>();
  const visit = (e: Expr): void => {
    if (e.kind === 'call') {
      if (!e.callee.includes('.')) names.add(e.callee);
      e.args.forEach(visit);
    } else if (e.kind === 'array') e.items.forEach(visit);
    else if (e.kind === 'object') e.entries.forEach(([, v]) => visit(v));
  };
  exprs.forEach(visit);
  return [...names].sort();
}

/** Target line width; long strings may run past it (they are never split). */
export const PRINT_WIDTH = 100;

const INDENT = '  ';

const flatCache = new WeakMap<Expr, string | undefined>();

/** One-line text of an expression, or `undefined` when it must span lines. */
function flat(e: Expr): string | undefined {
  if (flatCache.has(e)) return flatCache.get(e);
  const text = flatText(e);
  flatCache.set(e, text);
  return text;
}

function flatText(e: Expr): string | undefined {
  switch (e.kind) {
    case 'literal':
      return literalText(e.value);
    case 'ref':
      return e.name;
    case 'array': {
      if (e.items.length === 0) return '[]';
      if (e.multiline) return undefined;
      const items = e.items.map(flat);
      return items.includes(undefined) ? undefined : `[${items.join(', ')}]`;
    }
    case 'object': {
      if (e.entries.length === 0) return '{}';
      if (e.multiline) return undefined;
      const entries = e.entries.map(([k, v]) => {
        const value = flat(v);
        return value === undefined ? undefined : `${propertyKey(k)}: ${value}`;
      });
      return entries.includes(undefined) ? undefined : `{ ${entries.join(', ')} }`;
    }
    case 'call': {
      const a = e.args.map(flat);
      return a.includes(undefined) ? undefined : `${e.callee}(${a.join(', ')})`;
    }
  }
}

function literalText(value: string | number | boolean | undefined): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return numberLiteral(value);
  return String(value);
}

function width(text: string): number {
  // Code points, not UTF-16 units: Vietnamese letters count once.
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Prints an expression starting at `column` on a line indented by `depth` levels. Lines
 * after the first carry their own indentation.
 *
 * @param reserve - Characters that follow on the same line (`,` or `);`).
 */
export function print(e: Expr, depth = 0, column = 0, reserve = 1): string {
  const one = flat(e);
  if (one !== undefined && (column + width(one) + reserve <= PRINT_WIDTH || !canBreak(e))) return one;
  const pad = INDENT.repeat(depth);
  const inner = INDENT.repeat(depth + 1);
  switch (e.kind) {
    case 'array':
      return `[\n${e.items.map((item) => `${inner}${print(item, depth + 1, inner.length)},\n`).join('')}${pad}]`;
    case 'object':
      return `{\n${e.entries
        .map(([k, v]) => {
          const key = `${propertyKey(k)}: `;
          return `${inner}${key}${print(v, depth + 1, inner.length + width(key))},\n`;
        })
        .join('')}${pad}}`;
    case 'call':
      return printCall(e, depth, column, reserve);
    default:
      return one ?? '';
  }
}

/** Whether an expression has a multi-line form. */
function canBreak(e: Expr): boolean {
  if (e.kind === 'array') return e.items.length > 0;
  if (e.kind === 'object') return e.entries.length > 0;
  if (e.kind === 'call') return e.args.some((a) => canBreak(a)) || (e.argsPerLine === true && e.args.length > 1);
  return false;
}

/**
 * A call too long for one line. Leading simple arguments stay on the call's line and the
 * arguments from the first breakable one on are "hugged": `r.task('-', {` … `}, [` … `])`.
 * Calls marked `argsPerLine` put every argument on its own line instead.
 */
function printCall(e: CallExpr, depth: number, column: number, reserve: number): string {
  const pad = INDENT.repeat(depth);
  const inner = INDENT.repeat(depth + 1);
  if (e.argsPerLine === true && !e.args.some(canBreak)) {
    return `${e.callee}(\n${e.args.map((a) => `${inner}${print(a, depth + 1, inner.length)},\n`).join('')}${pad})`;
  }
  let out = `${e.callee}(`;
  let col = column + width(out);
  e.args.forEach((a, i) => {
    if (i > 0) {
      out += ', ';
      col += 2;
    }
    const last = i === e.args.length - 1;
    const text = print(a, depth, col, last ? reserve + 1 : 2);
    out += text;
    const nl = text.lastIndexOf('\n');
    col = nl === -1 ? col + width(text) : width(text.slice(nl + 1));
  });
  return `${out})`;
}
