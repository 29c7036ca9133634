import type { Assignment, Plan } from '../model/schema.js';

/** @internal Fast lookups of a plan's units and groups. */
export interface UnitIndex {
  isGroup(key: string): boolean;
  /** The default mode of a group. */
  groupMode(key: string): 'each' | 'together' | undefined;
  /** Leaf units of a group, in declaration order, through nested groups, without repeats. */
  leafMembers(groupKey: string): string[];
  /** Groups that contain `key`, directly or through nested groups. */
  groupsOf(key: string): ReadonlySet<string>;
  /** Whether a duty held by `key` is one of `unit`'s: its own, or a group's it belongs to. */
  concerns(unit: string): (key: string) => boolean;
}

/** @internal */
export function indexUnits(plan: Plan): UnitIndex {
  const groups = new Map(plan.groups.map((g) => [g.key, g]));
  const leafCache = new Map<string, string[]>();
  const leafMembers = (key: string, seen: Set<string> = new Set()): string[] => {
    const cached = leafCache.get(key);
    if (cached) return cached;
    const group = groups.get(key);
    if (!group || seen.has(key)) return [];
    seen.add(key);
    const out: string[] = [];
    for (const member of group.members) {
      for (const leaf of groups.has(member) ? leafMembers(member, seen) : [member]) {
        if (!out.includes(leaf)) out.push(leaf);
      }
    }
    leafCache.set(key, out);
    return out;
  };
  const parents = new Map<string, Set<string>>();
  for (const g of plan.groups) {
    for (const m of g.members) {
      let set = parents.get(m);
      if (!set) parents.set(m, (set = new Set()));
      set.add(g.key);
    }
  }
  const groupsOfCache = new Map<string, Set<string>>();
  const groupsOf = (key: string): Set<string> => {
    const cached = groupsOfCache.get(key);
    if (cached) return cached;
    const out = new Set<string>();
    const queue = [...(parents.get(key) ?? [])];
    while (queue.length > 0) {
      const g = queue.pop()!;
      if (out.has(g)) continue;
      out.add(g);
      queue.push(...(parents.get(g) ?? []));
    }
    groupsOfCache.set(key, out);
    return out;
  };
  return {
    isGroup: (key) => groups.has(key),
    groupMode: (key) => groups.get(key)?.mode,
    leafMembers: (key) => leafMembers(key),
    groupsOf,
    concerns: (unit) => {
      const groups = groupsOf(unit);
      return (key) => key === unit || groups.has(key);
    },
  };
}

/** One unit an assignment names, and the group it came through. */
export interface Assignee {
  unit: string;
  /** The group the assignment named, when the unit is one of its members. */
  viaGroup?: string;
}

/** @internal Spells out an assignment: one entry per member for "each", the group itself for "together". */
export function assignees(index: UnitIndex, assignment: Assignment): Assignee[] {
  if (!index.isGroup(assignment.unit)) return [{ unit: assignment.unit }];
  const mode = assignment.mode ?? index.groupMode(assignment.unit) ?? 'each';
  if (mode === 'together') return [{ unit: assignment.unit }];
  return index.leafMembers(assignment.unit).map((unit) => ({ unit, viaGroup: assignment.unit }));
}
