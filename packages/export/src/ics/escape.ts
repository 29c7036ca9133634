/**
 * TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon and comma get a backslash, and every
 * line break (CRLF, CR or LF) becomes the two characters `\n`. Other control characters are
 * not allowed in TEXT at all (§3.1 `TSAFE-CHAR`); they become a space, so nothing a plan says
 * can start a new content line.
 *
 * @internal
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ' ');
}

/**
 * A multi-valued TEXT property such as CATEGORIES: each value escaped, joined by bare commas.
 *
 * @internal
 */
export function escapeTextList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}
