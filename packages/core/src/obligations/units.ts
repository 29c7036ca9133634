import { addDays, type IsoDate } from '../dates.js';
import type { Assignment, Group, Plan, Unit } from '../model/schema.js';

/** @internal Fast lookups of a plan's units and groups. */
export interface UnitIndex {
  unit(key: string): Unit | undefined;
  group(key: string): Group | undefined;
  isGroup(key: string): boolean;
  /** The default mode of a group. */
  groupMode(key: string): 'each' | 'together' | undefined;
  /**
   * Leaf units of a group, in declaration order, through nested groups, without repeats: the
   * listed members and, for groups with a rule, every unit the rule finds (whatever its dates).
   */
  leafMembers(groupKey: string): string[];
  /**
   * Leaf units of a group on a date: listed members as listed (whether or not they still
   * exist: the caller follows their successors), plus the units a rule finds that exist on
   * `date`. A rule names a class ("every department"): a unit that ceased leaves the class, and
   * the units formed in its place join it by the same rule. `incomplete` names each group
   * reached whose members are not all known.
   */
  membersOn(groupKey: string, date: IsoDate): GroupExpansion;
  /** Groups that contain `key`, directly, through nested groups, or by rule. */
  groupsOf(key: string): ReadonlySet<string>;
  /** Whether a duty held by `key` is one of `unit`'s: its own, or a group's it belongs to. */
  concerns(unit: string): (key: string) => boolean;
  /** Days on which some unit of the plan is formed or ceases (the day after its last), sorted. */
  readonly changeDays: readonly IsoDate[];
}

/** @internal The leaf members of a group on a date. */
export interface GroupExpansion {
  /** Each leaf unit with the group it was reached through (the nearest group that lists or finds it). */
  readonly members: readonly { readonly unit: string; readonly group: string }[];
  /** Groups reached whose members are not all known (`complete: false`), outermost first. */
  readonly incomplete: readonly string[];
}

/** @internal Whether `unit` exists on `date` by its validity dates. */
export function existsOn(unit: Unit, date: IsoDate): boolean {
  return (unit.validFrom === undefined || unit.validFrom <= date) && (unit.validUntil === undefined || unit.validUntil >= date);
}

/** @internal */
export function indexUnits(plan: Plan): UnitIndex {
  const units = new Map(plan.units.map((u) => [u.key, u]));
  const groups = new Map(plan.groups.map((g) => [g.key, g]));

  // A rule's class does not depend on the date (the date only filters it): found once per group.
  const ruleCache = new Map<string, Unit[]>();
  const byRule = (group: Group): Unit[] => {
    const rule = group.rule;
    if (rule === undefined) return [];
    let found = ruleCache.get(group.key);
    if (found === undefined) {
      const kinds = new Set(rule.kinds);
      const except = new Set(rule.except ?? []);
      found = plan.units.filter((u) => kinds.has(u.kind) && !except.has(u.key));
      ruleCache.set(group.key, found);
    }
    return found;
  };

  const leafCache = new Map<string, string[]>();
  const leafMembers = (key: string, seen: Set<string> = new Set()): string[] => {
    const cached = leafCache.get(key);
    if (cached) return cached;
    const group = groups.get(key);
    if (!group || seen.has(key)) return [];
    seen.add(key);
    const out: string[] = [];
    const push = (leaf: string) => {
      if (!out.includes(leaf)) out.push(leaf);
    };
    for (const member of group.members) for (const leaf of groups.has(member) ? leafMembers(member, seen) : [member]) push(leaf);
    for (const unit of byRule(group)) push(unit.key);
    leafCache.set(key, out);
    return out;
  };

  // Thousands of duties ask for the same group on the same day: each expansion is built once.
  const expansionCache = new Map<string, GroupExpansion>();
  const membersOn = (key: string, date: IsoDate): GroupExpansion => {
    const cacheKey = `${key}\u0000${date}`;
    const cached = expansionCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const expansion = { members: [] as { unit: string; group: string }[], incomplete: [] as string[] };
    const seenUnits = new Set<string>();
    const visit = (groupKey: string, trail: Set<string>) => {
      const group = groups.get(groupKey);
      if (group === undefined || trail.has(groupKey)) return;
      trail.add(groupKey);
      if (!group.complete && !expansion.incomplete.includes(groupKey)) expansion.incomplete.push(groupKey);
      for (const member of group.members) {
        if (groups.has(member)) visit(member, trail);
        else if (!seenUnits.has(member)) {
          seenUnits.add(member);
          expansion.members.push({ unit: member, group: groupKey });
        }
      }
      for (const unit of byRule(group)) {
        if (!existsOn(unit, date) || seenUnits.has(unit.key)) continue;
        seenUnits.add(unit.key);
        expansion.members.push({ unit: unit.key, group: groupKey });
      }
      trail.delete(groupKey);
    };
    visit(key, new Set());
    expansionCache.set(cacheKey, expansion);
    return expansion;
  };

  const parents = new Map<string, Set<string>>();
  const addParent = (member: string, group: string) => {
    let set = parents.get(member);
    if (!set) parents.set(member, (set = new Set()));
    set.add(group);
  };
  for (const g of plan.groups) {
    for (const m of g.members) addParent(m, g.key);
    for (const u of byRule(g)) addParent(u.key, g.key);
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

  const changeDays = [
    ...new Set(
      plan.units.flatMap((u) => [
        ...(u.validFrom === undefined ? [] : [u.validFrom]),
        ...(u.validUntil === undefined ? [] : [addDays(u.validUntil, 1)]),
      ]),
    ),
  ].sort();

  return {
    unit: (key) => units.get(key),
    group: (key) => groups.get(key),
    isGroup: (key) => groups.has(key),
    groupMode: (key) => groups.get(key)?.mode,
    leafMembers: (key) => leafMembers(key),
    membersOn,
    groupsOf,
    concerns: (unit) => {
      const mine = groupsOf(unit);
      return (key) => key === unit || mine.has(key);
    },
    changeDays,
  };
}

/** One unit an assignment names, and the group it came through. */
export interface Assignee {
  unit: string;
  /** The group the assignment named, when the unit is one of its members. */
  viaGroup?: string;
}

/**
 * @internal Spells out an assignment regardless of dates: one entry per member for "each",
 * the group itself for "together".
 */
export function assignees(index: UnitIndex, assignment: Assignment): Assignee[] {
  if (!index.isGroup(assignment.unit)) return [{ unit: assignment.unit }];
  if (assignmentMode(index, assignment) === 'together') return [{ unit: assignment.unit }];
  return index.leafMembers(assignment.unit).map((unit) => ({ unit, viaGroup: assignment.unit }));
}

/** @internal How an assignment to a group is read: its own mode, else the group's, else "each". */
export function assignmentMode(index: UnitIndex, assignment: Assignment): 'each' | 'together' {
  return assignment.mode ?? index.groupMode(assignment.unit) ?? 'each';
}
