import type { Plan } from '@kehoach/core';
import { usageError } from './args.js';
import { nearest } from './help/suggest.js';

/** @internal How commands name a unit or group: its short name, else its name, else its key. */
export function unitNames(plan: Plan): (key: string) => string {
  const names = new Map<string, string>([...plan.units, ...plan.groups].map((u) => [u.key, u.short ?? u.name]));
  return (key) => names.get(key) ?? key;
}

/** @internal A `--unit` value the plan declares, as a unit or a group; otherwise a usage error listing the keys. */
export function knownUnit(command: string, plan: Plan, unit: string | undefined): string | undefined {
  if (unit === undefined || plan.units.some((u) => u.key === unit) || plan.groups.some((g) => g.key === unit)) return unit;
  const keys = [...plan.units, ...plan.groups].map((u) => u.key);
  const guess = nearest(unit, keys);
  throw usageError(command, {
    vi: `kế hoạch không có đơn vị "${unit}"${guess ? `; có phải ý bạn là ${guess}?` : ''}\nCác đơn vị của kế hoạch: ${keys.join(', ')}`,
    en: `unknown unit "${unit}"${guess ? `; did you mean ${guess}?` : ''}\nThe plan declares ${keys.join(', ')}`,
  });
}
