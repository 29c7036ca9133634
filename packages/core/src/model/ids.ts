/**
 * Stable ids derived from the numbering of a plan, so that ICS UIDs, diagnostics
 * and diffs survive edits of wording.
 */

/**
 * Folds Vietnamese text to lower-case ASCII: diacritics dropped, `đ` → `d`.
 *
 * @example
 * asciiFold('Quyết định'); // 'quyet dinh'
 */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * A slug of free text, for ids: `161/QĐ-TTg` → `161-qd-ttg`.
 *
 * @example
 * slugify('161/QĐ-TTg'); // '161-qd-ttg'
 */
export function slugify(text: string): string {
  return asciiFold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id segment of a numbered node: `III`, `2`, `a`; `đ` becomes `dd` to stay ASCII.
 *
 * @example
 * numberSegment('đ'); // 'dd'
 */
export function numberSegment(number: string): string {
  return number.normalize('NFC').replace(/đ/g, 'dd').replace(/Đ/g, 'DD').replace(/[^A-Za-z0-9]+/g, '');
}

/**
 * Derives the id segments of a list of sibling nodes, as `definePlan()` does: the numbering
 * for numbered nodes, `d1`, `d2` for "-" bullets, `p1` for "+" bullets and `t1` for plain
 * paragraphs. Call the returned function once per sibling, in order.
 *
 * @example
 * const segment = createSegmentCounter();
 * [{ number: 'a' }, { bullet: '-' }, { bullet: '-' }, {}].map(segment); // ['a', 'd1', 'd2', 't1']
 */
export function createSegmentCounter(): (node: { number?: string | undefined; bullet?: '-' | '+' | undefined }) => string {
  const counts = { d: 0, p: 0, t: 0 };
  return (node) => {
    if (node.number !== undefined) return numberSegment(node.number);
    const kind = node.bullet === '-' ? 'd' : node.bullet === '+' ? 'p' : 't';
    counts[kind] += 1;
    return `${kind}${counts[kind]}`;
  };
}

/**
 * Joins a parent id and a segment: `childId('III.2', 'd1')` is `III.2.d1`.
 *
 * @example
 * childId(undefined, 'I'); // 'I'
 */
export function childId(parentId: string | undefined, segment: string): string {
  return parentId === undefined ? segment : `${parentId}.${segment}`;
}
