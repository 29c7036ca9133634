/** Deepest bracket nesting (`(`, `[`, `{`, `${`) of a source the native parser is given. */
export const MAX_BRACKET_DEPTH = 24;
/** Most tokens between two separators (`,` `;`) at one bracket level, for the native parser. */
export const MAX_SEGMENT_TOKENS = 24;

/**
 * @internal Whether a source is certainly shallow enough for the native parser, whose stack
 * is not guarded: a syntax tree is never deeper than the tokens on the path to its deepest
 * node, and this bounds them (brackets times tokens between separators at each level). Strings,
 * comments and templates are skipped as the JavaScript lexer does; anything this scan is not
 * sure of (a `/` that is neither comment nor part of one, an unterminated string) answers
 * `false`, and the caller uses the JavaScript parser, whose overflow is a catchable error.
 */
export function isShallow(text: string): boolean {
  // One entry per open bracket: its kind and the tokens in the current segment of that level.
  const kinds: number[] = [0];
  const counts: number[] = [0];
  const n = text.length;
  let i = 0;
  const count = (): boolean => ++counts[counts.length - 1]! <= MAX_SEGMENT_TOKENS;
  const open = (kind: number): boolean => {
    if (!count()) return false;
    kinds.push(kind);
    counts.push(0);
    return kinds.length <= MAX_BRACKET_DEPTH;
  };
  /** Skips a template's text from `i` (after the backtick or a closing `}`); true at `${`. */
  const template = (): boolean | undefined => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 92) i += 2;
      else if (c === 96) {
        i++;
        return false;
      } else if (c === 36 && text.charCodeAt(i + 1) === 123) {
        i += 2;
        return true;
      } else i++;
    }
    return undefined;
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 47) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        const end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (next === 42) {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) return false;
        i = end + 2;
      } else {
        return false;
      }
    } else if (c === 39 || c === 34) {
      if (!count()) return false;
      i++;
      for (;;) {
        if (i >= n) return false;
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 10 || d === 13) return false;
        else {
          i++;
          if (d === c) break;
        }
      }
    } else if (c === 96) {
      i++;
      const inside = template();
      if (inside === undefined) return false;
      if (inside && !open(96)) return false;
      if (!inside && !count()) return false;
    } else if (c === 40 || c === 91 || c === 123) {
      i++;
      if (!open(c)) return false;
    } else if (c === 41 || c === 93 || c === 125) {
      i++;
      const kind = kinds.pop();
      counts.pop();
      if (kind === undefined || kinds.length === 0) return false;
      if (kind === 96) {
        if (c !== 125) return false;
        const inside = template();
        if (inside === undefined) return false;
        if (inside) {
          kinds.push(96);
          counts.push(0);
        }
      }
    } else if (c === 44 || c === 59) {
      i++;
      counts[counts.length - 1] = 0;
    } else {
      // One token: an ASCII word, or any other character on its own (a punctuator, a non-ASCII
      // letter or space): splitting only overcounts.
      if (!count()) return false;
      if (isWordChar(c)) {
        while (i < n && isWordChar(text.charCodeAt(i))) i++;
      } else {
        i++;
      }
    }
  }
  return kinds.length === 1;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
}
