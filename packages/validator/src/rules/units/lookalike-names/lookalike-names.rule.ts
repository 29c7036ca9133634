import unhomoglyph from 'unhomoglyph';
import { defineRule } from '../../../define-rule.js';
import type { ModelPath } from '../../../types.js';

/** Scripts whose letters are confused with Latin ones: Cyrillic о, Greek ο, Armenian օ, Cherokee Ꭺ. */
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
const SCRIPT_NAMES: [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'Cyrillic'],
  [/\p{Script=Greek}/u, 'Greek'],
  [/\p{Script=Armenian}/u, 'Armenian'],
  [/\p{Script=Cherokee}/u, 'Cherokee'],
];

/**
 * The skeleton of Unicode Technical Standard #39: two strings that look the same have the
 * same skeleton. The mapping is Unicode's confusables data, as packaged by `unhomoglyph`.
 */
function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The characters of `a` that `b` does not have, and the other way round, with their positions. */
function differingCharacters(a: string, b: string): string {
  const inB = new Set(b);
  const inA = new Set(a);
  const only = (text: string, other: Set<string>) => [...text].flatMap((c, i) => (other.has(c) ? [] : [`"${c}" ${codePoint(c)} (#${i + 1})`]));
  return [...only(a, inB), ...only(b, inA)].join(', ');
}

interface NameEntry {
  key: string;
  text: string;
  path: ModelPath;
}

/**
 * Names of units and groups that look alike but are different strings: "Sở Y tế" written once
 * with a Latin o and once with a Cyrillic о, "Quận 1" and "Quận l". Readers (and the people
 * who assign duties) cannot tell such units apart, and a lookup by name finds only one of them.
 * Names are compared by their UTS #39 skeleton; each pair is reported once, at the later name.
 * A name that mixes Latin letters with Cyrillic, Greek, Armenian or Cherokee ones is reported
 * even without a twin, since a Vietnamese name has no reason to.
 */
export const lookalikeNames = defineRule({
  meta: {
    id: 'units/lookalike-names',
    code: 'KH125',
    defaultSeverity: 'error',
    docs: {
      description: 'Two unit or group names look the same but differ in look-alike letters, or a name mixes Latin with Cyrillic or Greek letters.',
      descriptionVi: 'Hai tên đơn vị hoặc nhóm trông giống hệt nhau nhưng khác nhau ở chữ giả dạng, hoặc một tên trộn chữ Latinh với chữ Kirin, Hy Lạp.',
    },
    messages: {
      lookalike: {
        vi: 'Tên "{name}" của {key} trông giống hệt tên "{otherName}" của {otherKey} nhưng khác ký tự: {chars}. Người đọc không phân biệt được hai đơn vị này.',
        en: 'The name "{name}" of {key} looks the same as "{otherName}" of {otherKey} but its characters differ: {chars}. Readers cannot tell the two apart.',
      },
      mixedScripts: {
        vi: 'Tên "{name}" của {key} trộn chữ Latinh với chữ {script}: {chars}. Đây có thể là chữ giả dạng chữ Latinh.',
        en: 'The name "{name}" of {key} mixes Latin letters with {script} ones: {chars}. They may be look-alikes of Latin letters.',
      },
    },
  },
  check(plan, _ctx, _options, report) {
    const entries: NameEntry[] = [];
    const collect = (kind: 'units' | 'groups', list: readonly { key: string; name: string; short?: string | undefined; en?: string | undefined; aliases?: readonly string[] | undefined }[]) => {
      list.forEach((item, i) => {
        entries.push({ key: item.key, text: item.name, path: [kind, i, 'name'] });
        if (item.short !== undefined) entries.push({ key: item.key, text: item.short, path: [kind, i, 'short'] });
        if (item.en !== undefined) entries.push({ key: item.key, text: item.en, path: [kind, i, 'en'] });
        item.aliases?.forEach((alias, j) => entries.push({ key: item.key, text: alias, path: [kind, i, 'aliases', j] }));
      });
    };
    collect('units', plan.units);
    collect('groups', plan.groups);

    const first = new Map<string, NameEntry[]>();
    for (const entry of entries) {
      const letters = [...entry.text].filter((c) => LOOKALIKE_SCRIPT.test(c));
      if (letters.length > 0 && LATIN_LETTER.test(entry.text)) {
        const script = SCRIPT_NAMES.filter(([re]) => letters.some((c) => re.test(c))).map(([, name]) => name).join(', ');
        const chars = [...entry.text].flatMap((c, i) => (LOOKALIKE_SCRIPT.test(c) ? [`"${c}" ${codePoint(c)} (#${i + 1})`] : [])).join(', ');
        report({ messageId: 'mixedScripts', data: { name: entry.text, key: entry.key, script, chars }, path: entry.path, subjects: [entry.key] });
      }
      const sk = skeleton(entry.text);
      const earlier = first.get(sk) ?? [];
      const twin = earlier.find((e) => e.key !== entry.key && e.text !== entry.text);
      if (twin !== undefined) {
        report({
          messageId: 'lookalike',
          data: { name: entry.text, key: entry.key, otherName: twin.text, otherKey: twin.key, chars: differingCharacters(entry.text, twin.text) },
          path: entry.path,
          subjects: [entry.key, twin.key],
        });
      }
      first.set(sk, [...earlier, entry]);
    }
  },
});
