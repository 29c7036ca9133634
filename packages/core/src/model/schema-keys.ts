import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/**
 * @internal The property names the schema allows on the object found at `path` in `data`, or
 * `undefined` when no object schema stands there. Optional wrappers are looked through, and
 * in a union the option that fits the data best is taken (its discriminating literal first).
 */
export function objectKeysAt(schema: AnySchema, path: readonly (string | number)[], data: unknown): string[] | undefined {
  let current: AnySchema | undefined = schema;
  let value = data;
  for (const key of path) {
    current = unwrap(current, value);
    if (current === undefined) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object') current = (current as unknown as { shape: Record<string, AnySchema> }).shape[String(key)];
    else if (def.type === 'array') current = def.element;
    else return undefined;
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  current = current === undefined ? undefined : unwrap(current, value);
  if (current === undefined || current._zod.def.type !== 'object') return undefined;
  return Object.keys((current as unknown as { shape: Record<string, AnySchema> }).shape);
}

function unwrap(schema: AnySchema | undefined, value: unknown): AnySchema | undefined {
  let current = schema;
  for (let i = 0; i < 16 && current !== undefined; i++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; options?: AnySchema[]; getter?: () => AnySchema };
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') current = def.innerType;
    else if (def.type === 'lazy' && def.getter) current = def.getter();
    else if (def.type === 'union' && def.options) current = bestOption(def.options, value);
    else return current;
  }
  return current;
}

function bestOption(options: readonly AnySchema[], value: unknown): AnySchema | undefined {
  const record = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  let best: AnySchema | undefined;
  let bestScore = -1;
  for (const option of options) {
    if (option._zod.def.type !== 'object') continue;
    const shape = (option as unknown as { shape: Record<string, AnySchema> }).shape;
    let score = 0;
    for (const [key, field] of Object.entries(shape)) {
      const fieldDef = field._zod.def as { type: string; values?: unknown[] };
      if (fieldDef.type === 'literal' && fieldDef.values?.includes(record[key])) score += 1000;
      if (Object.hasOwn(record, key)) score += 1;
    }
    if (score > bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best;
}
