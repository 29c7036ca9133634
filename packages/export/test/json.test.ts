import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parsePlan, stringifyPlan } from '@kehoach/core';
import { PLAN_JSON_SCHEMA_ID, planJsonSchema, toJson } from '../src/index.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';

let compiled: ReturnType<Ajv2020['compile']> | undefined;
/** The schema compiled once under Ajv strict mode (compiling it is the slow part). */
function compile() {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return (compiled = ajv.compile(planJsonSchema()));
}

describe('toJson', () => {
  it('is the canonical JSON of the plan, and reads back to the same plan', () => {
    expect(toJson(examplePlan)).toBe(stringifyPlan(examplePlan));
    expect(parsePlan(toJson(examplePlan))).toEqual(examplePlan);
    expect(toJson(examplePlan).endsWith('}\n')).toBe(true);
  });
});

describe('planJsonSchema', () => {
  it('has a stable $id and is draft 2020-12', () => {
    const schema = planJsonSchema();
    expect(schema['$id']).toBe(PLAN_JSON_SCHEMA_ID);
    expect(schema['$id']).toBe('https://kehoach.dev/schema/plan-1.json');
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it('accepts the JSON of the example and of the fixture under Ajv strict mode', () => {
    const validate = compile();
    for (const plan of [examplePlan, deadlinesPlan()]) {
      expect(validate(JSON.parse(toJson(plan))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  const mutations: [string, (plan: Record<string, any>) => void, string][] = [
    ['a missing title', (p) => delete p.title, ''],
    ['a missing signature name', (p) => delete p.signature.name, '/signature'],
    ['a task without lead', (p) => delete p.body[2].children[1].children[0].lead, '/body/2/children/1/children/0'],
    ['an issue date that is a number', (p) => (p.issuedOn = 20211129), '/issuedOn'],
    ['a date that does not exist', (p) => (p.period.to = '2025-02-30'), '/period/to'],
    ['partners that are a string', (p) => (p.body[2].children[1].children[0].partners = 'huyen'), '/body/2/children/1/children/0/partners'],
    ['an unknown unit kind', (p) => (p.units[0].kind = 'ministry-of-fun'), '/units/0/kind'],
    ['a recurring day out of range', (p) => (p.body[5].children[0].reports[0].deadlines[0].day = 32), '/body/5/children/0/reports/0/deadlines/0'],
    ['an unknown field', (p) => (p.colour = 'red'), ''],
    ['a wrong schema version', (p) => (p.schema = 'kehoach/plan@2'), '/schema'],
  ];

  it.each(mutations)('rejects the example JSON with %s', (_name, mutate, path) => {
    const validate = compile();
    const data = JSON.parse(toJson(examplePlan));
    mutate(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors!.some((e) => e.instancePath.startsWith(path)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
