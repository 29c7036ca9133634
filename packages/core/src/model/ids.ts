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

/** @internal The id segment of a numbered node: `III`, `2`, `a`; `đ` becomes `dd` to stay ASCII. */
export function numberSegment(number: string): string {
  return number.normalize('NFC').replace(/đ/g, 'dd').replace(/Đ/g, 'DD').replace(/[^A-Za-z0-9]+/g, '');
}

/**
 * @internal Counts siblings per kind to derive segments for bullets (`d1`, `d2` for "-",
 * `p1` for "+") and unnumbered paragraphs (`t1`).
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

/** @internal Joins a parent id and a segment. */
export function childId(parentId: string | undefined, segment: string): string {
  return parentId === undefined ? segment : `${parentId}.${segment}`;
}
