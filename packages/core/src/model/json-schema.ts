import { z } from 'zod';
import { PLAN_SCHEMA_VERSION, planSchema } from './schema.js';

/** The `$id` of the plan JSON Schema; it changes only with the model's major version. */
export const PLAN_JSON_SCHEMA_ID = 'https://kehoach.dev/schema/plan-1.json';

let cached: Record<string, unknown> | undefined;

/**
 * The JSON Schema (draft 2020-12) of canonical plan JSON, generated from the zod model.
 * Non-TypeScript tools can validate plan files with it; cross-field checks (references
 * between units, dates against the plan period…) are the validator's job.
 *
 * @returns A fresh copy each call; safe to mutate.
 * @example
 * import Ajv2020 from 'ajv/dist/2020.js';
 * const validate = new Ajv2020({ strict: true }).compile(planJsonSchema());
 */
export function planJsonSchema(): Record<string, unknown> {
  cached ??= {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PLAN_JSON_SCHEMA_ID,
    title: `kehoach plan (${PLAN_SCHEMA_VERSION})`,
    ...withoutSchemaKey(z.toJSONSchema(planSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' })),
  };
  return structuredClone(cached);
}

function withoutSchemaKey(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = schema;
  return rest;
}
