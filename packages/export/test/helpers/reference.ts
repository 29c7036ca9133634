import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The issued text of plan 12127/KH-UBND, kept in the repository beside the example that encodes it. */
export const referencePath = path.join(repoRoot, 'examples/khanh-hoa-12127/source/12127-KH-UBND.txt');

export function readReference(): string {
  return readFileSync(referencePath, 'utf8');
}

/** Layout-only lines of the printed copy: table cell separators and short rules. */
export const isLayoutLine = (line: string): boolean => /^\|$/.test(line) || /^-{3,}$/.test(line);

/** Whitespace collapsed to single spaces, Unicode NFC. */
export const normalize = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The reference cut into paragraphs: a new one starts at a numbering or bullet ("I.", "1.",
 * "a)", "-", "+"), at "Nơi nhận:", at a signature line, or after a line ending a sentence
 * when the next begins with a capital. Layout lines are dropped.
 */
export function referenceParagraphs(text: string): string[] {
  const starts = /^(?:[IVX]+\.\s|\d+\.\s|[a-zđ]\)\s|[-+]\s|Nơi nhận:|Số:|KT\.|TM\.|PHÓ CHỦ TỊCH|KẾ HOẠCH$)/u;
  const out: string[] = [];
  let current: string[] = [];
  let previous = '';
  for (const line of text.split('\n').filter((l) => !isLayoutLine(l) && l.trim() !== '')) {
    const sentenceEnd = /[.:;]$/.test(previous.trim()) && /^\p{Lu}/u.test(line.trim());
    if (current.length > 0 && (starts.test(line) || sentenceEnd)) {
      out.push(normalize(current.join(' ')));
      current = [];
    }
    current.push(line);
    previous = line;
  }
  if (current.length > 0) out.push(normalize(current.join(' ')));
  return out;
}
