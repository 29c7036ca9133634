/**
 * Escapes text so that CommonMark/GFM shows it literally: emphasis, code, link, HTML and
 * strikethrough characters anywhere, and at the start of a line what would open a heading,
 * quote, list, thematic break or code block. A numbered "1." or a "-" bullet of the document
 * therefore stays a character of the text instead of becoming a Markdown list.
 *
 * @internal
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`)
    .replace(/&(?=[A-Za-z0-9#]+;)/g, '\\&');
}

/** @internal One paragraph (a single line of Markdown source), escaped, line-start markers included. */
export function escapeMarkdownLine(text: string): string {
  return escapeLineStart(escapeMarkdownInline(text.replace(/\s+/g, ' ').trim()));
}

/** @internal Escapes a marker at the start of an already inline-escaped line. */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^([#=+-])/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
