import type { IsoDate } from '../dates.js';
import type { Handover, Successor } from '../model/schema.js';
import type { UnitIndex } from './units.js';

/** One step from a ceased unit to the unit that took over from it. */
export interface Takeover {
  /** The unit that had ceased. */
  from: string;
  /** Its last day. */
  until: IsoDate;
  /** The unit that took over. */
  to: string;
  /** The function taken over, when the ceased unit's functions were split. */
  for?: string;
  /** The decision that moved the function, or that ended the unit. */
  basis?: string;
  /** `handover` when the plan chose this successor among several. */
  chosenBy?: 'handover';
}

/** Who stands for a unit on a date, after the reorganisations recorded in the registry. */
export type Resolution =
  /** The unit itself, or a group or a key the registry does not hold (left as it is). */
  | { kind: 'self'; unit: string }
  /** Its successor, through one or more takeovers. */
  | { kind: 'moved'; unit: string; chain: Takeover[] }
  /** It had ceased and nobody took over. */
  | { kind: 'orphaned'; unit: string; until: IsoDate; chain: Takeover[] }
  /** It had ceased, its functions were split, and nothing says which successor takes this. */
  | { kind: 'ambiguous'; unit: string; until: IsoDate; candidates: Successor[]; chain: Takeover[] }
  /** It was formed only after the date. */
  | { kind: 'not-yet-formed'; unit: string; from: IsoDate; chain: Takeover[] };

/**
 * @internal Follows successors from `key` to the unit that exists on `date`. A unit with one
 * successor passes to it; with several, the first handover (nearest first) naming the unit
 * decides, else the result is `ambiguous`. A cycle ends as `orphaned` (the validator reports it).
 */
export function resolveUnit(index: UnitIndex, key: string, date: IsoDate, handovers: readonly Handover[]): Resolution {
  const chain: Takeover[] = [];
  const seen = new Set<string>();
  let current = key;
  for (;;) {
    const unit = index.unit(current);
    if (unit === undefined) return chain.length === 0 ? { kind: 'self', unit: current } : { kind: 'moved', unit: current, chain };
    if (unit.validFrom !== undefined && date < unit.validFrom) return { kind: 'not-yet-formed', unit: current, from: unit.validFrom, chain };
    if (unit.validUntil === undefined || date <= unit.validUntil) {
      return chain.length === 0 ? { kind: 'self', unit: current } : { kind: 'moved', unit: current, chain };
    }
    const until = unit.validUntil;
    seen.add(current);
    const successors = unit.successors ?? [];
    const chosen = handovers.find((h) => h.from === current);
    let next: Successor | undefined;
    let chosenBy: 'handover' | undefined;
    if (chosen !== undefined) {
      next = successors.find((s) => s.unit === chosen.to) ?? { unit: chosen.to };
      chosenBy = successors.length > 1 ? 'handover' : undefined;
    } else if (successors.length === 1) {
      next = successors[0];
    } else if (successors.length > 1) {
      return { kind: 'ambiguous', unit: current, until, candidates: successors, chain };
    }
    if (next === undefined || seen.has(next.unit)) return { kind: 'orphaned', unit: current, until, chain };
    const step: Takeover = { from: current, until, to: next.unit };
    if (next.for !== undefined) step.for = next.for;
    const basis = next.basis ?? unit.basis;
    if (basis !== undefined) step.basis = basis;
    if (chosenBy !== undefined) step.chosenBy = chosenBy;
    chain.push(step);
    current = next.unit;
  }
}
