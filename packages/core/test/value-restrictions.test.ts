/**
 * Values that a plain type check accepts but that break something later are refused with a
 * code at their path, the same way by parsePlan(), definePlan() and the JSON Schema: plan ids
 * that would name files outside the output folder, ids with control or invisible characters,
 * and dates outside the range the calendars compute.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  before,
  endOfPlan,
  endOfYear,
  formatPath,
  isSafeFileId,
  isSupportedDate,
  monthly,
  obligations,
  parsePlan,
  planJsonSchema,
  printable,
  safeParsePlan,
  stringifyPlan,
  yearly,
  type PlanProblem,
} from '../src/index.js';
import { r, samplePlan } from './fixtures.js';

const json = (): Record<string, any> => JSON.parse(stringifyPlan(samplePlan()));

function problemsOf(input: unknown): PlanProblem[] {
  const result = safeParsePlan(input);
  if (result.ok) throw new Error('expected problems');
  return [...result.problems];
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const schemaAccepts = ajv.compile(planJsonSchema());

const UNSAFE_PLAN_IDS = [
  '../package',
  '../../../elsewhere/x',
  '..',
  '.',
  '.hidden',
  'a/b',
  'a\\b',
  '/etc/passwd',
  'C:evil',
  'x.',
  '-rf',
  'CON',
  'con.2021',
  'Nul',
  'aux',
  'COM1',
  'lpt9.x',
  'ĐB-2021',
  'a b',
  'x'.repeat(101),
];

describe('plan ids are safe file names', () => {
  it.each(UNSAFE_PLAN_IDS)('refuses %j with schema/unsafe-file-name at id, in parsePlan and the JSON Schema', (id) => {
    const data = json();
    data['id'] = id;
    expect(problemsOf(data).map((p) => `${p.code}@${formatPath(p.path)}`)).toContain('schema/unsafe-file-name@id');
    expect(problemsOf(data)[0]!.path).toEqual(['id']);
    expect(schemaAccepts(data)).toBe(false);
    expect(isSafeFileId(id)).toBe(false);
  });

  it('refuses an unsafe id given to definePlan()', () => {
    expect(() => samplePlan({ id: '../package' })).toThrow(/schema\/unsafe-file-name at id/);
  });

  it.each(['12127-kh-ubnd-2021', 'a', 'KH.2021_v2', 'con-2021', 'console', 'com10', 'x'.repeat(100)])('accepts %j', (id) => {
    const data = json();
    data['id'] = id;
    expect(parsePlan(data).id).toBe(id);
    expect(schemaAccepts(data), JSON.stringify(schemaAccepts.errors)).toBe(true);
    expect(isSafeFileId(id)).toBe(true);
  });
});

describe('node ids', () => {
  const cases: [string, string][] = [
    ['III.\u001b[31m', 'schema/control-character'],
    ['bell\u0007', 'schema/control-character'],
    ['nul\u0000', 'schema/control-character'],
    ['rtl\u202eltr', 'schema/invisible-character'],
    ['isolate\u2066x\u2069', 'schema/invisible-character'],
    ['zw\u200bsp', 'schema/invisible-character'],
    ['joiner\u2060', 'schema/invisible-character'],
    ['bom\ufeff', 'schema/invisible-character'],
    ['line\u2028sep', 'schema/invisible-character'],
    ['para\u2029sep', 'schema/invisible-character'],
  ];
  it.each(cases)('refuses %j with %s at its path, in parsePlan and the JSON Schema', (id, code) => {
    const data = json();
    data['body'][1]['children'][0]['id'] = id;
    const first = problemsOf(data)[0]!;
    expect(first.code).toBe(code);
    expect(first.path).toEqual(['body', 1, 'children', 0, 'id']);
    expect(schemaAccepts(data)).toBe(false);
  });

  it('refuses the same characters in waiver targets and references', () => {
    const data = json();
    data['waivers'] = [{ rule: 'units/unused', reason: 'x', target: 'so\u200bA' }];
    expect(problemsOf(data)[0]).toMatchObject({ code: 'schema/invisible-character', path: ['waivers', 0, 'target'] });
  });

  it('still accepts derived and Vietnamese ids', () => {
    const data = json();
    data['body'][1]['children'][0]['id'] = 'ĐB-1/r1';
    expect(parsePlan(data).body[1]!.type).toBe('section');
    expect(schemaAccepts(data)).toBe(true);
  });
});

describe('dates are within the calendars’ range', () => {
  const outside = ['0000-02-29', '0001-01-01', '1899-12-31', '2101-01-01', '2199-12-31', '9999-12-31'];
  it.each(outside)('refuses %s with schema/date-out-of-range at its path, in parsePlan and the JSON Schema', (date) => {
    for (const put of [
      (d: Record<string, any>) => ((d['issuedOn'] = date), ['issuedOn']),
      (d: Record<string, any>) => ((d['period']['to'] = date), ['period', 'to']),
      (d: Record<string, any>) => ((d['body'][1]['children'][0]['deadlines'][0]['date'] = date), ['body', 1, 'children', 0, 'deadlines', 0, 'date']),
      (d: Record<string, any>) => ((d['units'][1]['validUntil'] = date), ['units', 1, 'validUntil']),
    ]) {
      const data = json();
      const path = put(data);
      expect(problemsOf(data)).toEqual([expect.objectContaining({ code: 'schema/date-out-of-range', path })]);
      expect(schemaAccepts(data)).toBe(false);
    }
    expect(isSupportedDate(date)).toBe(false);
  });

  it('gives one problem, invalid-date, for a date that does not exist whatever its year', () => {
    for (const date of ['2021-02-30', '9999-13-01', '0000-00-00']) {
      const data = json();
      data['issuedOn'] = date;
      expect(problemsOf(data)).toEqual([expect.objectContaining({ code: 'schema/invalid-date', path: ['issuedOn'] })]);
    }
  });

  it('refuses a deadline year outside 1900–2100', () => {
    const data = json();
    data['body'][1]['children'][2]['deadlines'] = [{ kind: 'end-of', period: 'year', year: 2101 }];
    expect(problemsOf(data)[0]).toMatchObject({ code: 'schema/out-of-range', path: ['body', 1, 'children', 2, 'deadlines', 0, 'year'] });
    expect(schemaAccepts(data)).toBe(false);
  });

  it('computes obligations at both ends of the range without throwing', () => {
    const edge = samplePlan({
      issuedOn: '1900-01-01',
      period: { from: '1900-01-01', to: '2100-12-31' },
      body: [
        r.section('I', 'NHIỆM VỤ', [
          r.task('1', { lead: 'soB', text: 'Đầu khoảng.', deadlines: [before('1900-01-01'), endOfYear(1900)] }),
          r.task('2', { lead: 'soB', text: 'Cuối khoảng.', deadlines: [before('2100-12-31'), endOfYear(2100), endOfPlan()] }),
          r.task('3', { lead: 'soB', text: 'Hằng năm.', deadlines: [yearly({ month: 12, day: 31 }), monthly({ day: 'last', from: '2100-01-01' })] }),
        ]),
      ],
    });
    const result = obligations(edge);
    expect(result.dated.length).toBeGreaterThan(200);
    expect(result.dated.some((d) => d.due!.stated === '2100-12-31')).toBe(true);
    // 1 January is a public holiday: the working dates are computed across the years around it.
    // "trước ngày 01/01/1900" read safe is due on the last working day of 1899; its legal limit is 02/01/1900.
    const first = result.dated.find((d) => d.due!.stated === '1900-01-01')!.due!;
    expect([first.effective, first.legal.date]).toEqual(['1899-12-29', '1900-01-02']);
  });
});

describe('what an error message echoes', () => {
  it('shows control and invisible characters in unknown keys as escapes', () => {
    const data = json();
    data['x\u001b[2J\u0007'] = 1;
    data['y\n::error::owned'] = 1;
    const problems = problemsOf(data);
    expect(problems.map((p) => p.code)).toEqual(['schema/unknown-field', 'schema/unknown-field']);
    const texts = problems.flatMap((p) => [p.message.en, p.message.vi]);
    for (const text of texts) expect(text).not.toMatch(/[\u0000-\u001f]/);
    expect(texts.filter((t) => t.includes('x\\u001B[2J\\u0007'))).toHaveLength(2);
    expect(texts.filter((t) => t.includes('y\\u000A::error::owned'))).toHaveLength(2);
  });

  it('shows them in paths too', () => {
    expect(formatPath(['units', 0, 'a\u001b\n\u202e'])).toBe('units[0].a\\u001B\\u000A\\u202E');
  });
});

describe('printable', () => {
  it('escapes controls, lone surrogates, bidirectional and invisible characters; keeps line feeds and tabs unless inline', () => {
    expect(printable('a\u001b[31mb\u0007\u0000\r\u009b\u007f')).toBe('a\\u001B[31mb\\u0007\\u0000\\u000D\\u009B\\u007F');
    expect(printable('x\u202ey\u2066\u200b\u2060\ufeff\u2028\u2029\u200e\u061c')).toBe(
      'x\\u202Ey\\u2066\\u200B\\u2060\\uFEFF\\u2028\\u2029\\u200E\\u061C',
    );
    expect(printable('lone \ud800 and \udc00')).toBe('lone \\uD800 and \\uDC00');
    expect(printable('line\n\tnext')).toBe('line\n\tnext');
    expect(printable('line\n\tnext', { inline: true })).toBe('line\\u000A\\u0009next');
    expect(printable('Sở Y tế 😀 🇻🇳 e\u0301')).toBe('Sở Y tế 😀 🇻🇳 e\u0301');
  });
});
