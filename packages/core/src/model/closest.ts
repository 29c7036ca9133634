/**
 * The candidate closest to `word` by edit distance, when it is close enough to be a likely
 * misspelling: one edit for words under six letters, else two or a quarter of the word's
 * length, whichever is more; or a word that starts with the other (`shortName` → `short`,
 * `report` → `reports`). Ties go to the earlier candidate.
 *
 * @example
 * closestMatch('report', ['reports', 'refs', 'targets']); // 'reports'
 * closestMatch('valdiate', ['validate', 'export']); // 'validate'
 * closestMatch('zzz', ['validate']); // undefined
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = (word.length < 6 ? 1 : Math.max(2, Math.floor(word.length / 4))) + 1;
  let prefixMatch: string | undefined;
  for (const candidate of candidates) {
    if (candidate === word) return candidate;
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
    const [shorter, longer] = candidate.length < word.length ? [candidate, word] : [word, candidate];
    if (prefixMatch === undefined && shorter.length >= 4 && longer.toLowerCase().startsWith(shorter.toLowerCase())) prefixMatch = candidate;
  }
  return best ?? prefixMatch;
}

/** @internal Levenshtein distance, with an adjacent transposition counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
