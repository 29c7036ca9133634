import type { Plan } from '@kehoach/core';
import { CliError } from './cli-error.js';

/** @internal How commands name a unit or group: its short name, else its name, else its key. */
export function unitNames(plan: Plan): (key: string) => string {
  const names = new Map<string, string>([...plan.units, ...plan.groups].map((u) => [u.key, u.short ?? u.name]));
  return (key) => names.get(key) ?? key;
}

/** @internal A `--unit` value the plan declares, as a unit or a group; otherwise a usage error listing the keys. */
export function knownUnit(command: string, plan: Plan, unit: string | undefined): string | undefined {
  if (unit === undefined || plan.units.some((u) => u.key === unit) || plan.groups.some((g) => g.key === unit)) return unit;
  throw new CliError(`kehoach ${command}: unknown unit "${unit}"; the plan declares ${plan.units.map((u) => u.key).join(', ')}`);
}
