import unhomoglyph from 'unhomoglyph';
import { defineRule } from '../../../define-rule.js';
import type { ModelPath } from '../../../types.js';

/** The skeleton (UTS #39) of Đ and of its look-alikes Ð (U+00D0, eth) and Ɖ (U+0189, African D). */
const D_STROKE = unhomoglyph('Đ');

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The letter a look-alike stands for in a document symbol, or `undefined` when the character
 * looks like no symbol letter. Eth (U+00D0) looks exactly like Đ (U+0110) and keyboards and
 * fonts mix them up; Cyrillic, Greek and full-width capitals look like Latin ones.
 *
 * @internal
 */
export function intendedLetter(char: string): string | undefined {
  if (char === 'Đ' || char === 'đ' || /^[A-Za-z0-9]$/.test(char)) return undefined;
  if (char === 'ð') return 'đ';
  // Full-width and mathematical letters: their compatibility form is the letter itself.
  const compat = char.normalize('NFKC');
  if (compat !== char && /^[A-Za-z0-9]$/.test(compat)) return compat;
  const skeleton = unhomoglyph(char.normalize('NFD'));
  if (skeleton === D_STROKE) return 'Đ';
  if (skeleton === unhomoglyph('đ')) return 'đ';
  if (!/^[A-Za-z0-9]$/.test(skeleton)) return undefined;
  // UTS #39 maps I and 1 to l, and O to 0 to O: a capital stays a capital in a symbol.
  if (skeleton === 'l') return char.toUpperCase() === char && char.toLowerCase() !== char ? 'I' : 'l';
  return char.toUpperCase() === char && char.toLowerCase() !== char ? skeleton.toUpperCase() : skeleton;
}

/**
 * Look-alike letters in document symbols: "QÐ" with Ð (U+00D0, the Icelandic eth) for "QĐ",
 * a Cyrillic "К" in "КH". The number looks right on paper but is not the same string: it
 * matches no search, no other reference to the same document, and breaks the type check.
 * Reports the plan's number and type and every legal reference's number, with the letter meant.
 */
export const lookalikeLetters = defineRule({
  meta: {
    id: 'legal/lookalike-letters',
    code: 'KH404',
    defaultSeverity: 'error',
    docs: {
      description: 'A document number or type is written with a look-alike letter (Ð U+00D0 for Đ, Cyrillic or Greek capitals).',
      descriptionVi: 'Số, ký hiệu hoặc loại văn bản viết bằng chữ giả dạng (Ð U+00D0 thay cho Đ, chữ Kirin hoặc Hy Lạp).',
    },
    messages: {
      lookalike: {
        vi: '"{text}" có chữ giả dạng: {chars}. Trông giống nhưng là chuỗi khác, nên không tìm thấy và không so khớp được; viết đúng là "{fixed}".',
        en: '"{text}" has look-alike letters: {chars}. It looks the same but is another string, so it matches no search or other reference; it should read "{fixed}".',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    const check = (text: string, path: ModelPath, subjects?: string[]) => {
      const found: string[] = [];
      let fixed = '';
      [...text].forEach((c, i) => {
        const meant = intendedLetter(c);
        if (meant === undefined) {
          fixed += c;
          return;
        }
        fixed += meant;
        found.push(`"${c}" ${codePoint(c)} (#${i + 1}) → "${meant}" ${codePoint(meant)}`);
      });
      if (found.length > 0) report({ messageId: 'lookalike', data: { text, chars: found.join(', '), fixed }, path, ...(subjects && { subjects }) });
    };
    check(plan.type, ['type']);
    check(plan.number, ['number']);
    plan.legal.forEach((ref, i) => {
      // A law cited by name and date has no number.
      if (typeof ref.number === 'string') check(ref.number, ['legal', i, 'number'], [ref.id]);
    });
  },
});
