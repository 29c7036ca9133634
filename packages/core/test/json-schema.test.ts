import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { PLAN_JSON_SCHEMA_ID, planJsonSchema, stringifyPlan } from '../src/index.js';
import { samplePlan } from './fixtures.js';

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(planJsonSchema());
}

describe('planJsonSchema', () => {
  it('is a draft 2020-12 schema with a stable $id', () => {
    const schema = planJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(PLAN_JSON_SCHEMA_ID);
    expect(JSON.stringify(planJsonSchema())).toBe(JSON.stringify(schema));
  });

  it('compiles under Ajv strict mode and accepts a plan', () => {
    const validate = compile();
    expect(validate(JSON.parse(stringifyPlan(samplePlan()))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects missing fields, wrong types and unknown fields', () => {
    const validate = compile();
    const base = () => JSON.parse(stringifyPlan(samplePlan()));
    const missing = base();
    delete missing.number;
    const wrongType = base();
    wrongType.body[1].children[0].partners = 'soA';
    const unknown = base();
    unknown.body[0].colour = 'red';
    const badDate = base();
    badDate.issuedOn = '2022-13-01';
    for (const data of [missing, wrongType, unknown, badDate]) expect(validate(data)).toBe(false);
  });
});
