/**
 * Characters that must not reach a terminal or a CI log as they are: C0 controls (ESC starts
 * terminal escape sequences, BEL rings, NUL and CR hide what precedes them), DEL, C1 controls
 * (U+009B is a one-character escape sequence on some terminals), lone surrogates, and the
 * bidirectional, zero-width and line-separator characters that make text print in another order
 * or look like other text.
 */
const UNPRINTABLE_INLINE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const UNPRINTABLE_KEEP_LINES =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Options of {@link printable}. */
export interface PrintableOptions {
  /** Escape line feeds and tabs too, for a value printed inside one line (a key, a path, a file name). */
  inline?: boolean;
}

/**
 * Text made safe to print on a terminal or in a CI log: control characters, lone surrogates,
 * bidirectional and zero-width characters become visible escapes such as `\u001B`. Line feeds
 * and tabs are kept unless `inline` is set, so multi-line messages stay readable while a value
 * printed inside a line can never start a new one.
 *
 * @example
 * printable('a\u001b[31mb'); // 'a\\u001B[31mb'
 * printable('line\n::error::x', { inline: true }); // 'line\\u000A::error::x'
 */
export function printable(text: string, options: PrintableOptions = {}): string {
  return text.replace(options.inline === true ? UNPRINTABLE_INLINE : UNPRINTABLE_KEEP_LINES, escape);
}
