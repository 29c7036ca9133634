import { describe, expect, it } from 'vitest';
import { tsPlanLocator } from '../src/locate/index.js';

const text = `import { before, definePlan, noLaterThan } from '@kehoach/core';
import { registry as r } from './registry.js';

const shared = r.report({ to: 'ubnd', what: 'Báo cáo', deadlines: [before('2024-06-20')] });
const partII = r.section('II', 'BÁO CÁO', [r.item('', 'Báo cáo.', { reports: [shared] })]);

export default definePlan({
  registry: r,
  number: '05/KH-UBND',
  issuer: 'ubnd',
  issuedOn: '2024-01-10',
  legal: [{ id: 'nd20', number: '20/2021/NĐ-CP', date: '2021-03-15' }],
  body: [
    r.section('I', 'NHIỆM VỤ', [
      r.task('-', { lead: 'soA', partners: [r.related('huyen'), 'soB'], text: 'Sở A chủ trì.', deadlines: [noLaterThan('2024-06-28')] }),
      r.task('-', { id: 'rieng', lead: r.each('huyen'), text: 'Các huyện.' }),
      r.task('-', { lead: 'soB', text: 'Sở B.' }, [r.item('+', 'Việc một.'), r.item('', 'Đoạn.')]),
      r.item('đ', 'Mục đ.'),
    ]),
    partII,
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'A' },
});
`;
const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const columnOf = (needle: string) => text.split('\n')[lineOf(needle) - 1]!.indexOf(needle) + 1;

describe('tsPlanLocator', async () => {
  const locate = await tsPlanLocator('plans/plan.ts', { text, registry: false });

  it('maps builder calls, properties and deadline factories to file, line and column', () => {
    expect(locate(['body', 0, 'children', 0])).toMatchObject({ file: 'plans/plan.ts', line: lineOf("r.task('-', { lead: 'soA'"), column: 7 });
    expect(locate(['body', 0, 'children', 0, 'deadlines', 0])).toMatchObject({ line: lineOf("noLaterThan('2024-06-28')"), column: columnOf("noLaterThan('2024-06-28')") });
    expect(locate(['body', 0, 'children', 0, 'partners', 0, 'unit'])).toMatchObject({ column: columnOf("'huyen'), 'soB'") });
    expect(locate(['body', 0, 'children', 0, 'partners', 1, 'unit'])).toMatchObject({ column: columnOf("'soB'], text") });
    expect(locate(['body', 0, 'children', 1, 'lead', 'unit'])).toMatchObject({ column: columnOf("'huyen'), text: 'Các") });
    expect(locate(['legal', 0, 'date'])).toMatchObject({ line: lineOf("id: 'nd20'"), column: columnOf("date: '2021-03-15'") });
    expect(locate(['number'])).toMatchObject({ line: lineOf("number: '05/KH-UBND'"), column: 3, endColumn: 9 });
  });

  it('follows constants declared in the file', () => {
    expect(locate(['body', 1])).toMatchObject({ line: lineOf('const partII'), column: columnOf("r.section('II'") });
    expect(locate(['body', 1, 'children', 0, 'reports', 0, 'deadlines', 0])).toMatchObject({ line: lineOf('const shared'), column: columnOf("before('2024-06-20')") });
  });

  it('derives node ids exactly as definePlan() does', () => {
    expect(locate.byId('I.d1')?.line).toBe(lineOf("lead: 'soA'"));
    expect(locate.byId('rieng')?.line).toBe(lineOf("id: 'rieng'"));
    expect(locate.byId('I.d2')).toBeUndefined();
    expect(locate.byId('I.d3')?.line).toBe(lineOf("lead: 'soB', text: 'Sở B.'"));
    expect(locate.byId('I.d3.p1')?.column).toBe(columnOf("r.item('+'"));
    expect(locate.byId('I.d3.t1')?.column).toBe(columnOf("r.item('', 'Đoạn.')"));
    expect(locate.byId('I.dd')?.line).toBe(lineOf("r.item('đ'"));
    expect(locate.byId('II.t1')?.line).toBe(lineOf('const partII'));
  });

  it('falls back to the nearest mapped path, and maps nothing without definePlan()', async () => {
    expect(locate(['body', 0, 'children', 0, 'targets', 3, 'value'])).toEqual(locate(['body', 0, 'children', 0]));
    const empty = await tsPlanLocator('x.ts', { text: 'export const x = 1;\n' });
    expect(empty.size).toBe(0);
    expect(empty(['body', 0])).toBeUndefined();
  });
});
