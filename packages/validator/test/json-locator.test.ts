import { describe, expect, it } from 'vitest';
import { noLaterThan, parsePlan, stringifyPlan } from '@kehoach/core';
import { format, validate } from '../src/index.js';
import { jsonLocator } from '../src/locate/index.js';
import { cleanPlan, r } from './plan-fixture.js';

const plan = cleanPlan({
  body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [noLaterThan('2023-12-29')] })])],
});

describe('jsonLocator', () => {
  const text = stringifyPlan(plan);
  const lines = text.split('\n');
  const locate = jsonLocator(text, 'plans/plan.json');

  it('maps a model path to the line and column of its key', () => {
    const at = locate(['body', 0, 'children', 0, 'deadlines', 0, 'date']);
    expect(at).toBeDefined();
    expect(lines[at!.line - 1]!.slice(at!.column - 1)).toBe('"date": "2023-12-29",');
    expect(at).toMatchObject({ file: 'plans/plan.json', endLine: at!.line, endColumn: at!.column + '"date"'.length });
  });

  it('maps array elements and falls back to the nearest known path', () => {
    const element = locate(['legal', 0]);
    expect(lines[element!.line - 1]!.trim()).toBe('{');
    const deeper = locate(['issuer', 'nothing', 3]);
    expect(lines[deeper!.line - 1]!.trim()).toBe('"issuer": "ubnd",');
  });

  it('locates the diagnostics of a JSON plan', () => {
    const parsed = parsePlan(text);
    const d = validate(parsed, { rules: { 'units/unused': 'off' } }, { locate });
    expect(d[0]!.ruleId).toBe('dates/before-issue');
    expect(lines[d[0]!.location!.line - 1]!.trim()).toBe('{');
    expect(lines[d[0]!.location!.line]!.trim()).toBe('"kind": "date",');
    expect(format(d, { format: 'stylish', locale: 'en', cwd: process.cwd() })).toContain(`plans/plan.json\n  ${d[0]!.location!.line}:`);
  });

  it('survives text that is not JSON', () => {
    const broken = jsonLocator('{ "number": "05/KH-UBND", "body": [ { "id": ', 'x.json');
    expect(broken(['number'])).toMatchObject({ line: 1, column: 3 });
    expect(broken(['body', 0, 'id'])).toMatchObject({ line: 1, column: 39 });
    expect(jsonLocator('', 'x.json')(['number'])).toBeUndefined();
  });
});
