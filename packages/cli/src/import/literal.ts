/**
 * @internal JavaScript source text for string literals and property keys.
 *
 * Strings are printed single-quoted (double-quoted when that saves escaping an apostrophe).
 * Printable text, Vietnamese included, stays literal
 * (NFC); everything that could break the line, hide in an editor or reorder text on screen
 * is escaped: backslashes, quotes, line terminators (also U+2028/U+2029), control
 * characters, lone surrogates, zero-width characters and bidirectional controls.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
};

/**
 * Characters printed as `\uXXXX`: C0 and C1 controls, DEL, soft hyphen, combining grapheme
 * joiner, zero-width and bidirectional formatting characters, line and paragraph separators,
 * BOM and specials. Lone surrogates are handled separately.
 */
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff0-\ufffb]/;

function hex4(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A JavaScript string literal that evaluates to exactly `value`: single-quoted, or
 * double-quoted when that avoids escaping (an apostrophe and no double quote).
 *
 * @example
 * stringLiteral('a\nb'); // "'a\\nb'"
 * stringLiteral("People's Committee"); // '"People\'s Committee"'
 */
export function stringLiteral(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += value.slice(i, i + 2);
        i++;
      } else {
        out += hex4(code);
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      out += hex4(code);
      continue;
    }
    const simple = ch === quote ? `\\${quote}` : ch === '"' || ch === "'" ? ch : SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      out += simple;
    } else if (ESCAPED.test(ch)) {
      out += hex4(code);
    } else {
      out += ch;
    }
  }
  return `${out}${quote}`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A property key as written in an object literal: bare when it is an identifier name
 * (reserved words included, which are valid property names), quoted otherwise.
 *
 * @example
 * propertyKey('soYTe'); // 'soYTe'
 * propertyKey('so-1'); // "'so-1'"
 */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) && key !== '__proto__' ? key : stringLiteral(key);
}

/**
 * A number literal that evaluates to `value` (finite numbers only; `-0` prints as `0`,
 * which JSON cannot tell apart anyway).
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${String(value)}`);
  return Object.is(value, -0) ? '0' : String(value);
}

/** Text for a `//` comment: one line, no control characters. */
export function commentText(value: string): string {
  return value.replace(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g, ' ').trim();
}
