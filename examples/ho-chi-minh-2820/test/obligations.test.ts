/**
 * Who owes what by when under the plan of decision 2820/QĐ-UBND, checked by hand against the
 * appendix ("Thời gian dự kiến hoàn thành") and part IV of the plan.
 */
import { obligations, type Duty } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';

const result = obligations(plan, { from: '2025-11-19', to: '2035-12-31' });
/** The departments the plan names, each one of "các sở, ngành". */
const DEPARTMENTS = ['soTaiChinh', 'soKhcn', 'soNoiVu', 'soXayDung', 'soQhkt', 'soNnmt'];
const units = (duties: readonly Duty[]) => [...new Set(duties.map((d) => (d.others ? `${d.unit}*` : d.unit)))].sort();
const leadsOf = (nodeId: string) => units(result.dated.filter((d) => d.source.nodeId === nodeId && d.role === 'lead'));

describe('duties of the plan of decision 2820/QĐ-UBND', () => {
  it('dates the appendix rows by the end of the quarter or year their cell names', () => {
    const due = Object.fromEntries(
      [...new Set(result.dated.map((d) => d.source.nodeId))].map((id) => [id, result.dated.find((d) => d.source.nodeId === id)!.due!.stated]),
    );
    expect(due).toEqual({
      'PL.I.1': '2025-12-31', // Quý IV/2025
      'PL.I.4': '2027-06-30', // Quý II/2027
      'PL.II.1': '2026-12-31',
      'PL.II.2': '2026-12-31',
      'PL.II.3': '2026-12-31',
      'PL.III.1': '2026-12-31',
      'PL.III.2': '2026-12-31',
      'PL.III.3': '2026-12-31',
      'PL.III.4': '2026-12-31',
      'PL.III.5': '2030-03-31', // Quý I/2030
      'PL.III.6': '2030-06-30', // Quý II/2030
      'PL.IV.1': '2026-12-31',
      'PL.IV.2': '2026-12-31',
      'PL.IV.3': '2026-12-31',
      'PL.IV.4': '2026-12-31', // Năm 2026
      'PL.IV.4.t1': '2026-12-31',
    });
  });

  it('gives the first duty, "Quý IV/2025", six weeks after the decision: Sở Tài chính leads, the departments and communes take part', () => {
    const first = result.dated.filter((d) => d.source.nodeId === 'PL.I.1');
    expect(leadsOf('PL.I.1')).toEqual(['soTaiChinh']);
    expect(units(first.filter((d) => d.role === 'partner'))).toEqual([...DEPARTMENTS.filter((k) => k !== 'soTaiChinh'), 'soNganh*', 'xaPhuong*'].sort());
  });

  it('asks each department and each commune to lead the rows their cell gives to "Các sở, ngành, UBND xã, phường, đặc khu"', () => {
    for (const id of ['PL.I.4', 'PL.III.1', 'PL.III.2', 'PL.III.6', 'PL.IV.4']) expect(leadsOf(id), id).toEqual([...DEPARTMENTS, 'soNganh*', 'xaPhuong*'].sort());
    expect(leadsOf('PL.III.3')).toEqual(['xaPhuong*']);
    expect(leadsOf('PL.III.5')).toEqual(['xaPhuong*']);
  });

  it('moves "Quý I/2030" (Sunday 31/3/2030) to Friday 29/3 on the safe reading', () => {
    const d = result.dated.find((x) => x.source.nodeId === 'PL.III.5' && x.role === 'lead')!;
    expect(d.due).toMatchObject({ stated: '2030-03-31', effective: '2030-03-29' });
  });

  it('keeps the quarterly and yearly reports with no day undated, and the row "Khi có phát sinh" triggered', () => {
    expect(new Set(result.undated.map((d) => d.source.ruleId ?? d.source.nodeId))).toEqual(
      new Set(['IV.1.d3', 'IV.5.d5/r1', 'IV.7.d3/r1', 'PL.VI.1', 'PL.VI.2', 'PL.VI.3', 'PL.VI.5/r1']),
    );
    const quarterly = result.undated.filter((d) => d.source.ruleId === 'IV.7.d3/r1');
    expect(quarterly.map((d) => [d.unit, d.for])).toEqual([['soTaiChinh', 'ubndTp']]);
    expect(result.triggered.filter((d) => d.source.nodeId === 'PL.VI.4' && d.role === 'lead').map((d) => [d.unit, d.trigger])).toEqual([['soTaiChinh', 'Khi có phát sinh']]);
  });

  it('gives the joint leads of a cell ("Sở Khoa học và Công nghệ, Viện Nghiên cứu phát triển Thành phố") to the pair together', () => {
    const joint = result.undated.filter((d) => d.source.nodeId === 'PL.VI.1' && d.role === 'lead');
    expect(joint.map((d) => d.unit)).toEqual(['khcnVien']);
  });

  it('owns or lists every deadline, and leaves none unowned', () => {
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
    expect(stated).toHaveLength(16 + 2 + 7);
    expect(stated.filter((k) => !accounted.has(k))).toEqual([]);
    expect(all.unowned).toEqual([]);
  });
});
