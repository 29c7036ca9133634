/** @internal Longest physical line of RFC 5545 §3.1, in octets, not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/**
 * Folds one content line into physical lines of at most 75 UTF-8 octets (RFC 5545 §3.1):
 * every continuation line starts with one space, which counts toward its 75 octets.
 *
 * It splits only between code points, so a Vietnamese letter (2-3 octets) or an emoji
 * (4 octets) is never cut in half, and never right after the backslash of an escape
 * sequence (`\n`, `\,`), which some clients mis-read when split.
 *
 * @internal
 * @returns The physical lines, without line endings.
 */
export function foldLine(line: string): string[] {
  // A UTF-16 code unit is at most 3 octets in UTF-8: short lines need no counting.
  if (line.length * 3 <= MAX_LINE_OCTETS) return [line];
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    // One unit: an escape sequence (two ASCII characters), a surrogate pair, or one code unit.
    let width: number;
    let size: number;
    if (c === 0x5c && i + 1 < line.length && line.charCodeAt(i + 1) < 0x80) {
      width = 2;
      size = 2;
    } else if (isHighSurrogate(c) && i + 1 < line.length && isLowSurrogate(line.charCodeAt(i + 1))) {
      width = 2;
      size = 4;
    } else {
      width = 1;
      size = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    if (octets + size > limit) {
      out.push(start === 0 ? line.slice(0, i) : ` ${line.slice(start, i)}`);
      start = i;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    i += width;
  }
  out.push(start === 0 ? line : ` ${line.slice(start)}`);
  return out;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** @internal Octets of `text` in UTF-8. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
