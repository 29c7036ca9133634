/**
 * Who owes what by when under plan 552/KH-UBND, checked against the text by hand:
 *
 * - VI.2: "Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị liên quan … định kỳ báo
 *   cáo kết quả thực hiện trước ngày 20/11 về Sở Khoa học và Công nghệ";
 * - VI.2: "Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Tỉnh và Bộ Khoa học và
 *   Công nghệ trước ngày 30/11 hằng năm", and the mid-term and final reports;
 * - the appendix rows whose "THỜI GIAN" is a single year ("2026");
 * - the reports "nếu có khó khăn, vướng mắc".
 */
import { obligations, type Duty } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';

const range = { from: '2025-11-19', to: '2035-12-31' } as const;
const result = obligations(plan, range);

/** The departments the plan names, each one of "các sở, ban, ngành". */
const DEPARTMENTS = ['soKhcn', 'soNnmt', 'soCongThuong', 'soTaiChinh', 'soGddt', 'soVhttdl'];
const YEARS = Array.from({ length: 11 }, (_, i) => 2025 + i);

const units = (duties: readonly Duty[]) => duties.map((d) => (d.others ? `${d.unit}*` : d.unit)).sort();

describe('obligations of plan 552/KH-UBND, 19/11/2025 to 31/12/2035', () => {
  it('asks each department, and the unlisted agencies, communes and wards, for a yearly report to Sở KH&CN before 20/11', () => {
    for (const year of YEARS) {
      const reports = result.dated.filter((d) => d.source.ruleId === 'VI.2.d1/r1' && d.due?.stated === `${year}-11-20`);
      // The class "các sở, ban, ngành" includes Sở KH&CN, which collects the reports.
      expect(units(reports), String(year)).toEqual([...DEPARTMENTS, 'coQuanDonVi*', 'soBanNganh*', 'xaPhuong*'].sort());
      for (const d of reports) expect(d).toMatchObject({ role: 'reporter', for: 'soKhcn', what: 'Báo cáo kết quả thực hiện' });
    }
  });

  it('falls due the day after the plan is issued: the first report is due before 20/11/2025', () => {
    const first = result.dated.find((d) => d.source.ruleId === 'VI.2.d1/r1' && d.unit === 'soNnmt')!;
    expect(first.due).toMatchObject({ stated: '2025-11-20', lastDay: '2025-11-19', effective: '2025-11-19' });
  });

  it('asks Sở KH&CN for the synthesis before 30/11 every year, to UBND Tỉnh and to Bộ KH&CN', () => {
    for (const [rule, to] of [
      ['VI.2.d2/r1', 'ubndTinh'],
      ['VI.2.d2/r2', 'boKhcn'],
    ] as const) {
      const reports = result.dated.filter((d) => d.source.ruleId === rule);
      expect(reports.map((d) => d.due?.stated)).toEqual(YEARS.map((y) => `${y}-11-30`));
      for (const d of reports) expect(d).toMatchObject({ unit: 'soKhcn', role: 'reporter', for: to });
    }
    // 30/11/2025 is a Sunday: the safe date is Friday 28/11, the legal limit Monday 01/12.
    const first = result.dated.find((d) => d.source.ruleId === 'VI.2.d2/r1')!;
    expect(first.due).toMatchObject({ stated: '2025-11-30', effective: '2025-11-28' });
    expect(first.due?.legal.date).toBe('2025-12-01');
  });

  it('keeps the mid-term (2030) and final (2035) reports undated, as the model cannot hold their year yet', () => {
    const rules = ['VI.2.d2/r3', 'VI.2.d2/r4', 'VI.2.d2/r5', 'VI.2.d2/r6'];
    const undated = result.undated.filter((d) => rules.includes(d.source.ruleId ?? ''));
    expect(undated.map((d) => [d.source.ruleId, d.unit, d.for])).toEqual([
      ['VI.2.d2/r3', 'soKhcn', 'ubndTinh'],
      ['VI.2.d2/r4', 'soKhcn', 'boKhcn'],
      ['VI.2.d2/r5', 'soKhcn', 'ubndTinh'],
      ['VI.2.d2/r6', 'soKhcn', 'boKhcn'],
    ]);
  });

  it('gives the appendix rows timed "2026" to their lead and partners by 31/12/2026', () => {
    const rows = result.dated.filter((d) => d.source.nodeId.startsWith('III-bis.'));
    expect(new Set(rows.map((d) => d.source.nodeId))).toEqual(new Set(['III-bis.I.2', 'III-bis.I.4', 'III-bis.II.1']));
    for (const d of rows) expect(d.due).toMatchObject({ stated: '2026-12-31', effective: '2026-12-31' });
    expect(rows.filter((d) => d.role === 'lead').map((d) => [d.source.nodeId, d.unit])).toEqual([
      ['III-bis.I.2', 'soTaiChinh'],
      ['III-bis.I.4', 'soKhcn'],
      ['III-bis.II.1', 'soKhcn'],
    ]);
    expect(units(rows.filter((d) => d.source.nodeId === 'III-bis.I.2' && d.role === 'partner'))).toEqual(['bqlKkt', 'soCongThuong']);
  });

  it('lists the reports on difficulties as triggered, with no date', () => {
    const triggered = result.triggered.filter((d) => d.source.nodeId === 'VI.2.t1');
    expect(new Set(triggered.map((d) => d.trigger))).toEqual(new Set(['nếu có khó khăn, vướng mắc', 'trường hợp vượt thẩm quyền']));
    expect(triggered.filter((d) => d.for === 'ubndTinh').map((d) => d.unit)).toEqual(['soKhcn']);
    expect(triggered.every((d) => d.due === undefined)).toBe(true);
  });

  it('owns or lists every deadline: nothing stated in the plan is lost', () => {
    const all = obligations(plan);
    const keyOf = (s: Duty['source']) => `${s.ruleId ?? s.nodeId}#${s.deadlineIndex}`;
    const accounted = new Set([...all.dated, ...all.triggered, ...all.undated, ...all.unowned].map((d) => keyOf(d.source)));
    const stated: string[] = [];
    const visit = (nodes: typeof plan.body) => {
      for (const node of nodes) {
        if (node.type !== 'section') {
          node.deadlines?.forEach((_, i) => stated.push(`${node.id}#${i}`));
          node.reports?.forEach((rule) => rule.deadlines.forEach((_, i) => stated.push(`${rule.id}#${i}`)));
        }
        if (node.children) visit(node.children);
      }
    };
    visit(plan.body);
    expect(stated).toHaveLength(14);
    expect(stated.filter((k) => !accounted.has(k))).toEqual([]);
    expect(all.unowned).toEqual([]);
  });
});
