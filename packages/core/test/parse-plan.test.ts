import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, isPlanError, parsePlan, safeParsePlan, stringifyPlan, type PlanProblem } from '../src/index.js';
import { samplePlan } from './fixtures.js';

function problemsOf(input: unknown): PlanProblem[] {
  const result = safeParsePlan(input);
  if (result.ok) throw new Error('expected problems');
  return [...result.problems];
}

const json = (): Record<string, unknown> => JSON.parse(stringifyPlan(samplePlan()));

describe('parsePlan', () => {
  it('accepts the JSON of a defined plan and gives the same model', () => {
    expect(parsePlan(stringifyPlan(samplePlan()))).toEqual(samplePlan());
  });

  it('puts keys in model order whatever order the JSON has', () => {
    const data = json();
    const reversed = Object.fromEntries(Object.entries(data).reverse());
    expect(stringifyPlan(parsePlan(reversed))).toBe(stringifyPlan(samplePlan()));
  });

  it('reports empty and malformed JSON with codes', () => {
    expect(problemsOf('')).toMatchObject([{ code: 'json/empty', path: [] }]);
    expect(problemsOf('{"schema": ')).toMatchObject([{ code: 'json/syntax' }]);
  });

  it('reports missing fields, wrong types and unknown fields, all at once', () => {
    const data = json();
    delete data['number'];
    data['issuedOn'] = 20211129;
    data['colour'] = 'red';
    const codes = problemsOf(data).map((p) => `${p.code}@${p.path.join('.')}`);
    expect(codes).toEqual(
      expect.arrayContaining(['schema/missing@number', 'schema/invalid-type@issuedOn', 'schema/unknown-field@colour']),
    );
    expect(codes).toHaveLength(3);
  });

  it('names a misspelt field at its own path, with the field it most likely means', () => {
    const data = json() as { body: { children: Record<string, unknown>[] }[]; units: Record<string, unknown>[] };
    const task = data.body[1]!.children[0]!;
    task['deadline'] = task['deadlines'];
    delete task['deadlines'];
    data.units[0]!['shortName'] = 'UBND';
    const problems = problemsOf(data).filter((p) => p.code === 'schema/unknown-field');
    expect(problems.map((p) => [p.path.join('.'), p.suggestion])).toEqual([
      ['units.0.shortName', 'short'],
      ['body.1.children.0.deadline', 'deadlines'],
    ]);
    expect(problems[1]!.message.en).toBe('Unknown field "deadline" at body[1].children[0]; did you mean "deadlines"?');
  });

  it('reports impossible dates and unknown node types with their paths', () => {
    const data = json() as { body: { children: { type: string; deadlines?: { date: string }[] }[] }[] };
    data.body[1]!.children[0]!.deadlines![0]!.date = '2022-02-30';
    data.body[1]!.children[1]!.type = 'chore';
    const problems = problemsOf(data);
    expect(problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['schema/invalid-date', 'body.1.children.0.deadlines.0.date'],
      ['schema/invalid-value', 'body.1.children.1.type'],
    ]);
  });

  it('refuses __proto__ keys as unknown fields without touching prototypes', () => {
    const text = stringifyPlan(samplePlan()).replace('{\n  "schema"', '{\n  "__proto__": { "polluted": true },\n  "schema"');
    expect(problemsOf(text)).toMatchObject([{ code: 'schema/unknown-field' }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses nesting deeper than MAX_DEPTH', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(problemsOf({ ...json(), body: deep })).toMatchObject([{ code: 'input/too-deep' }]);
    expect(MAX_DEPTH).toBeLessThan(1000);
  });

  it('throws only PlanError for hostile values', () => {
    for (const input of [null, 42, 'null', '[]', [], { schema: 'kehoach/plan@1' }, '\u0000', '"x"']) {
      let caught: unknown;
      try {
        parsePlan(input);
      } catch (error) {
        caught = error;
      }
      expect(isPlanError(caught), String(input)).toBe(true);
    }
  });
});
