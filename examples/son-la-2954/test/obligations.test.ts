/**
 * Who owes what by when under the export plan of decision 2954/QĐ-UBND, checked against part
 * "V. CHẾ ĐỘ BÁO CÁO" by hand:
 *
 * 1. "Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan: … Định kỳ hàng tháng
 *    (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng
 *    năm) hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công thương …";
 * 2. "Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh … định kỳ hàng tháng (trước ngày
 *    18 hàng tháng), 6 tháng (trước ngày 18/5), tổng kết năm (trước ngày 30/11 hàng năm) hoặc khi
 *    có yêu cầu báo cáo đột xuất";
 * 3. difficulties "kịp thời báo cáo Ủy ban nhân dân tỉnh … (qua Sở Công Thương)".
 */
import { obligations, type Duty } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';

const range = { from: '2025-11-20', to: '2030-12-31' } as const;
const result = obligations(plan, range);

/** The departments the plan names, each one of "các Sở, ngành". */
const DEPARTMENTS = ['soCongThuong', 'soNnmt', 'soTaiChinh', 'soKhcn', 'soNgoaiVu'];
const YEARS = [2026, 2027, 2028, 2029, 2030];
const units = (duties: readonly Duty[]) => [...new Set(duties.map((d) => (d.others ? `${d.unit}*` : d.unit)))].sort();
const dated = (rule: string, index: number) => result.dated.filter((d) => d.source.ruleId === rule && d.source.deadlineIndex === index);

describe('reporting duties of plan 2954/QĐ-UBND, 20/11/2025 to 31/12/2030', () => {
  it('asks every department, commune and other body for a monthly report to Sở Công Thương before the 16th, from January 2026', () => {
    const monthly = dated('V-bis.1/r1', 0);
    expect(units(monthly)).toEqual([...DEPARTMENTS, 'coQuanDonVi*', 'soBanNganh*', 'xaPhuong*'].sort());
    const months = [...new Set(monthly.map((d) => d.due!.stated))];
    expect(months).toHaveLength(60);
    expect(months[0]).toBe('2026-01-16');
    expect(months.at(-1)).toBe('2030-12-16');
    for (const d of monthly) expect(d).toMatchObject({ role: 'reporter', for: 'soCongThuong' });
  });

  it('asks them for the 6-month report before 16/6 and the year-end report before 20/11, once a year', () => {
    expect([...new Set(dated('V-bis.1/r1', 1).map((d) => d.due!.stated))]).toEqual(YEARS.map((y) => `${y}-06-16`));
    expect([...new Set(dated('V-bis.1/r1', 2).map((d) => d.due!.stated))]).toEqual(YEARS.map((y) => `${y}-11-20`));
  });

  it('asks Sở Công Thương for its synthesis to Tỉnh ủy, HĐND and UBND tỉnh monthly before the 18th, before 18/5 and before 30/11', () => {
    for (const [rule, to] of [
      ['V-bis.2/r1', 'tinhUy'],
      ['V-bis.2/r2', 'hdndTinh'],
      ['V-bis.2/r3', 'ubndTinh'],
    ] as const) {
      expect(dated(rule, 0).map((d) => d.due!.stated)).toHaveLength(60);
      expect(dated(rule, 1).map((d) => d.due!.stated)).toEqual(YEARS.map((y) => `${y}-05-18`));
      expect(dated(rule, 2).map((d) => d.due!.stated)).toEqual(YEARS.map((y) => `${y}-11-30`));
      for (const d of [...dated(rule, 0), ...dated(rule, 1), ...dated(rule, 2)]) expect(d).toMatchObject({ unit: 'soCongThuong', for: to });
    }
  });

  it('puts the synthesis of the 6-month report (18/5) a month before the reports it synthesises (16/6), as the text says', () => {
    for (const year of YEARS) {
      const synthesis = dated('V-bis.2/r3', 1).find((d) => d.due!.stated.startsWith(String(year)))!;
      const inputs = dated('V-bis.1/r1', 1).filter((d) => d.due!.stated.startsWith(String(year)));
      expect(inputs.length).toBeGreaterThan(0);
      for (const input of inputs) expect(synthesis.due!.effective < input.due!.effective, String(year)).toBe(true);
    }
  });

  it('moves a report due on a day off to the working day before: 16/02/2026 falls in the Tết holiday', () => {
    const tet = dated('V-bis.1/r1', 0).find((d) => d.unit === 'soNnmt' && d.due!.stated === '2026-02-16')!;
    expect(tet.due).toMatchObject({ effective: '2026-02-13' });
    expect(tet.due?.legal.date).toBe('2026-02-23');
  });

  it('keeps the reports "khi có yêu cầu" and "khi có yêu cầu báo cáo đột xuất" undated', () => {
    const onRequest = result.undated.filter((d) => d.deadline.kind === 'milestone');
    expect(new Set(onRequest.map((d) => d.source.ruleId))).toEqual(new Set(['V-bis.1/r1', 'V-bis.2/r1', 'V-bis.2/r2', 'V-bis.2/r3']));
    expect(onRequest.every((d) => d.deadline.kind === 'milestone' && d.deadline.milestone === 'on-request')).toBe(true);
  });

  it('lists the reports on difficulties as triggered, to UBND tỉnh through Sở Công Thương', () => {
    const triggered = result.triggered.filter((d) => d.source.ruleId === 'V-bis.t1/r1');
    expect(units(triggered)).toEqual([...DEPARTMENTS, 'coQuanDonVi*', 'soBanNganh*', 'xaPhuong*'].sort());
    for (const d of triggered) expect(d).toMatchObject({ for: 'ubndTinh', via: 'soCongThuong', trigger: 'nếu có khó khăn, vướng mắc' });
  });

  it('owns or lists every deadline: nothing stated in the plan is lost, and nothing is unowned', () => {
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
    expect(stated).toHaveLength(4 + 3 * 4 + 1);
    expect(stated.filter((k) => !accounted.has(k))).toEqual([]);
    expect(all.unowned).toEqual([]);
  });
});
