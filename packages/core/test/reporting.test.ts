import { describe, expect, it } from 'vitest';
import {
  byReference,
  deadlineDates,
  isPlanError,
  midTerm,
  obligations,
  onRequest,
  quarterly,
  resolveSameAs,
  sameAs,
  yearly,
  type Plan,
} from '../src/index.js';
import { r, samplePlan } from './fixtures.js';

/**
 * A monitoring plan as such plans write it: "định kỳ 6 tháng, hằng năm, giữa kỳ hoặc đột xuất";
 * "báo cáo 6 tháng đầu năm trước ngày 15/6"; forms by reference; a task whose report follows
 * the day set in the reporting section.
 */
const monitoring = (extra: Parameters<typeof r.report>[0]['deadlines'] = []): Plan =>
  samplePlan({
    issuedOn: '2022-01-05',
    legal: [{ id: 'tt01', number: '01/2021/TT-BKHĐT', kind: 'Thông tư', date: '2021-03-25', role: 'cited' }],
    body: [
      r.section('I', 'NHIỆM VỤ', [
        r.task('1', {
          lead: 'soA',
          text: 'Sở A chủ trì, báo cáo kết quả theo thời hạn tại mục II.',
          reports: [r.report({ id: 'I.1/kq', to: 'ubnd', what: 'Báo cáo kết quả', deadlines: [sameAs('II/sau-thang', { text: 'theo thời hạn tại mục II' }), ...extra] })],
        }),
      ]),
      r.section('II', 'CHẾ ĐỘ BÁO CÁO', [
        r.item('', 'Các huyện báo cáo 6 tháng đầu năm trước ngày 15/6, theo biểu mẫu tại Phụ lục II Thông tư số 01/2021/TT-BKHĐT; báo cáo giữa kỳ hoặc đột xuất khi có yêu cầu; báo cáo thống kê đúng thời hạn quy định.', {
          reports: [
            r.report({
              id: 'II/sau-thang',
              from: r.each('huyen'),
              to: 'ubnd',
              what: 'Báo cáo 6 tháng đầu năm',
              covers: { period: 'half-year', index: 1, text: '6 tháng đầu năm' },
              form: { text: 'Phụ lục II', source: 'tt01' },
              deadlines: [yearly({ month: 6, day: 15, text: 'trước ngày 15/6' })],
            }),
            r.report({ from: r.each('huyen'), to: 'ubnd', what: 'Báo cáo giữa kỳ, đột xuất', deadlines: [midTerm(), onRequest({ text: 'đột xuất' })] }),
            r.report({ from: r.each('huyen'), to: 'ubnd', what: 'Báo cáo thống kê', deadlines: [byReference({ source: 'tt01', text: 'đúng thời hạn quy định' })] }),
          ],
        }),
      ], { role: 'reporting' }),
    ],
  });

describe('reporting as monitoring plans write it', () => {
  it('keeps the period reported on apart from the due date, and the form by reference', () => {
    const section = monitoring().body[1]!;
    const rule = section.type === 'section' && section.children[0]!.type === 'item' ? section.children[0]!.reports![0]! : undefined;
    expect(rule).toMatchObject({
      covers: { period: 'half-year', index: 1, text: '6 tháng đầu năm' },
      form: { text: 'Phụ lục II', source: 'tt01' },
      deadlines: [{ kind: 'recurring', every: 'year', month: 6, day: 15 }],
    });
  });

  it('dates a same-as deadline by the rule it names, in obligations() too', () => {
    const plan = monitoring();
    expect(resolveSameAs(plan, 'II/sau-thang')).toEqual([yearly({ month: 6, day: 15, text: 'trước ngày 15/6' })]);
    expect(deadlineDates(plan, sameAs('II/sau-thang'))).toEqual({ kind: 'dated', dates: ['2022-06-15', '2023-06-15', '2024-06-15'] });
    const duties = obligations(plan).dated.filter((d) => d.source.ruleId === 'I.1/kq');
    // Sở A ceased on 28/02/2023; Sở B took over.
    expect(duties.map((d) => [d.unit, d.due?.stated, d.due?.wording, d.deadline.kind])).toEqual([
      ['soA', '2022-06-15', 'before', 'same-as'],
      ['soB', '2023-06-15', 'before', 'same-as'],
      ['soB', '2024-06-15', 'before', 'same-as'],
    ]);
  });

  it('counts one occurrence per day when the rule named and the rule itself agree', () => {
    const plan = monitoring([yearly({ month: 6, day: 15 })]);
    const duties = obligations(plan, { from: '2023-01-01', to: '2023-12-31' }).dated.filter((d) => d.source.ruleId === 'I.1/kq');
    expect(duties.map((d) => [d.source.deadlineIndex, d.due?.stated])).toEqual([
      [0, '2023-06-15'],
      [1, '2023-06-15'],
    ]);
  });

  it('lists deadlines set by reference, mid-term and ad hoc reports as undated, never dropping them', () => {
    const undated = obligations(monitoring()).undated.map((d) => [d.unit, d.deadline.kind === 'milestone' ? d.deadline.milestone : d.deadline.kind]);
    expect(undated).toEqual(
      expect.arrayContaining([
        ['huyenX', 'mid-term'],
        ['huyenY', 'on-request'],
        ['huyenX', 'by-reference'],
        ['huyenY', 'by-reference'],
      ]),
    );
  });

  it('refuses a same-as deadline naming no rule, or leading round in a loop, with a code and a path', () => {
    const problems = (build: () => unknown) => {
      try {
        build();
      } catch (error) {
        if (isPlanError(error)) return error.problems.map((p) => [p.code, p.path.join('.'), p.suggestion]);
        throw error;
      }
      throw new Error('expected a PlanError');
    };
    expect(problems(() => samplePlan({ body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'x', reports: [r.report({ id: 'a', to: 'ubnd', what: 'y', deadlines: [sameAs('II/sau-thng')] }), r.report({ id: 'II/sau-thang', to: 'ubnd', what: 'z', deadlines: [quarterly()] })] })])] }))).toEqual([
      ['plan/unknown-rule', 'body.0.children.0.reports.0.deadlines.0.rule', 'II/sau-thang'],
    ]);
    const loop = problems(() =>
      samplePlan({
        body: [
          r.section('I', 'NV', [
            r.task('1', {
              lead: 'soA',
              text: 'x',
              reports: [
                r.report({ id: 'a', to: 'ubnd', what: 'y', deadlines: [sameAs('b')] }),
                r.report({ id: 'b', to: 'ubnd', what: 'z', deadlines: [sameAs('a')] }),
              ],
            }),
          ]),
        ],
      }),
    );
    expect(loop.map((p) => p[0])).toEqual(['plan/same-as-cycle', 'plan/same-as-cycle']);
  });
});
