import { formatPath } from '@kehoach/core';
import { defineRule } from '../../../define-rule.js';

/** The characters reported, with their Unicode names. */
const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2028\u2029\ufeff]/gu;
const HAS_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2028\u2029\ufeff]/;

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text with invisible characters: bidirectional controls (which make text display in another
 * order than it is stored, the "Trojan Source" trick), zero-width characters (which make two
 * different names look the same, so a duty can go to a unit nobody can tell apart), and the
 * Unicode line and paragraph separators (which break lines where the model allows none). Ids
 * and keys refuse them outright; in names and text they are reported here, once per value,
 * naming each character and where it is.
 */
export const invisibleCharacters = defineRule({
  meta: {
    id: 'text/invisible-characters',
    code: 'KH701',
    defaultSeverity: 'error',
    docs: {
      description: 'A name or text holds invisible characters: bidirectional controls, zero-width characters, U+2028/U+2029.',
      descriptionVi: 'Tên hoặc văn bản chứa ký tự vô hình: ký tự điều khiển hướng chữ, ký tự độ rộng bằng không, U+2028/U+2029.',
    },
    messages: {
      invisible: {
        vi: 'Văn bản tại {field} chứa ký tự vô hình: {chars}. Chúng làm văn bản hiển thị khác với nội dung thật hoặc làm hai tên trông giống nhau mà khác nhau; hãy xóa chúng.',
        en: 'The text at {field} holds invisible characters: {chars}. They make text display differently from what it holds, or two names look alike while differing; remove them.',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    // One path stack for the whole walk: a path is copied only for a value that is reported.
    const path: (string | number)[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === 'string') {
        if (!HAS_INVISIBLE.test(value)) return;
        const found: string[] = [];
        for (const m of value.matchAll(INVISIBLE)) {
          const code = m[0].codePointAt(0)!;
          const at = [...value.slice(0, m.index)].length + 1;
          found.push(`${hex(code)} ${NAMES[code] ?? ''} (#${at})`);
        }
        report({ messageId: 'invisible', data: { field: formatPath(path), chars: found.join(', ') }, path: [...path] });
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          path.push(i);
          visit(value[i]);
          path.pop();
        }
      } else if (value !== null && typeof value === 'object') {
        // Plan data is plain JSON objects: for…in sees their own keys only, without an array per object.
        for (const key in value) {
          path.push(key);
          visit((value as Record<string, unknown>)[key]);
          path.pop();
        }
      }
    };
    visit(plan);
  },
});
