/**
 * Who owes what by when under plan 160/KH-UBND of Cần Thơ, checked against the text by hand:
 *
 * 1. II.2: monitoring "thường xuyên, liên tục trong năm 2025", a notice of the schedule "trước
 *    khi đoàn đến làm việc", and monitoring "đột xuất nếu có vấn đề phát sinh";
 * 2. VI.1: Sở Nông nghiệp và Môi trường reports to UBND thành phố, Bộ Nông nghiệp và Môi trường
 *    and the central bodies leading projects of the programme;
 * 3. VI.2: the departments leading projects report to Sở Nông nghiệp và Môi trường "theo quy định";
 * 4. VI.4: the commune-level committees report to the city's steering committee and to Sở Nông
 *    nghiệp và Môi trường "theo quy định";
 * 5. closing paragraph: difficulties beyond one's authority "kịp thời phản ánh về Sở Nông nghiệp
 *    và Môi trường tổng hợp, báo cáo Ủy ban nhân dân thành phố".
 */
import { obligations, walkPlan, type Task } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';

const result = obligations(plan, { from: '2025-11-19', to: '2025-12-31' });
const tasks = [...walkPlan(plan)].map((v) => v.node).filter((n): n is Task => n.type === 'task');
const rulesOf = (id: string) => tasks.find((t) => t.id === id)!.reports!.map((r) => ({ from: r.from?.unit, to: r.to, via: r.via }));

describe('duties of plan 160/KH-UBND, 19/11/2025 to 31/12/2025', () => {
  it('dates one duty only: monitoring through the year 2025, by 31/12/2025', () => {
    expect(result.dated.map((d) => [d.source.nodeId, d.unit, d.due!.stated])).toEqual([['II.2.t1', 'bcdMtqg', '2025-12-31']]);
  });

  it('holds the notice before each visit, the ad hoc monitoring and the difficulties as triggered, never dated', () => {
    expect(result.triggered.map((d) => [d.source.nodeId, d.unit, d.trigger])).toEqual([
      ['II.2.t1', 'bcdMtqg', 'trước khi đoàn đến làm việc'],
      ['II.2.t1', 'bcdMtqg', 'nếu có vấn đề phát sinh'],
      ['VI.t1', 'coQuanLienQuan', 'nếu có khó khăn, vướng mắc vượt thẩm quyền'],
    ]);
    const difficulties = result.triggered.find((d) => d.source.nodeId === 'VI.t1')!;
    expect(difficulties).toMatchObject({ for: 'ubndTp', via: 'soNnmt', others: true });
  });

  it('routes the reports of part VI as written: departments and communes to Sở NN&MT, Sở NN&MT to the city and the ministries', () => {
    expect(rulesOf('VI.1.d2')).toEqual([
      { from: undefined, to: 'ubndTp', via: undefined },
      { from: undefined, to: 'boNnmt', via: undefined },
      { from: undefined, to: 'boNganhTw', via: undefined },
    ]);
    expect(rulesOf('VI.2.d2')).toEqual([{ from: undefined, to: 'soNnmt', via: undefined }]);
    expect(rulesOf('VI.4.d3')).toEqual([
      { from: undefined, to: 'bcdMtqg', via: undefined },
      { from: undefined, to: 'soNnmt', via: undefined },
    ]);
    expect(tasks.find((t) => t.id === 'VI.2.d2')!.lead.unit).toBe('soNganhChuTri');
    expect(tasks.find((t) => t.id === 'VI.4.d3')!.lead.unit).toBe('xa');
  });

  it('gives the reports due "theo quy định" no deadline, so they owe nothing datable (README, not in the model yet)', () => {
    for (const id of ['VI.1.d2', 'VI.2.d2', 'VI.4.d3']) for (const rule of tasks.find((t) => t.id === id)!.reports!) expect(rule.deadlines).toEqual([]);
    expect(result.undated).toEqual([]);
  });

  it('asks the Fatherland Front (đề nghị), and assigns every other task', () => {
    expect(tasks.filter((t) => t.mode === 'request').map((t) => [t.id, t.lead.unit])).toEqual([['VI.3.t1', 'ubmttq']]);
  });
});
