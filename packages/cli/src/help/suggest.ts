import { closestMatch } from '@kehoach/core';

/**
 * @internal The command or option nearest to what was typed, when it is near enough to be a
 * typo ("valdiate" → "validate", "--fromat" → "--format"). Case is ignored; the candidate is
 * returned as spelled. The distance and thresholds are core's `closestMatch`, the same that
 * suggests a misspelt property of a plan.
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const spelled = new Map<string, string>();
  for (const candidate of candidates) if (!spelled.has(candidate.toLowerCase())) spelled.set(candidate.toLowerCase(), candidate);
  const found = closestMatch(input.toLowerCase(), spelled.keys());
  return found === undefined ? undefined : spelled.get(found);
}
