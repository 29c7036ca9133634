/**
 * The reference plan's invented progress record, 2021–2023: where each unit stands on
 * 15/01/2022 (after the implementation plans) and on 01/12/2023 (after the 2023 reports).
 */
import { readFileSync } from 'node:fs';
import { progressIndexSource, status, type PlanStatus } from '@kehoach/core';
import { validateProgress } from '@kehoach/validator';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';
import progress from '../progress.js';

/** Per unit: total, on time, late, overdue, due soon, not yet due, waived. */
function table(s: PlanStatus): Record<string, number[]> {
  return Object.fromEntries(s.units.map((u) => [u.unit, [u.total, u.onTime, u.late, u.overdue, u.dueSoon, u.notYetDue, u.waived]]));
}

describe('the progress record of 12127/KH-UBND', () => {
  it('fits the plan: no diagnostic', () => {
    expect(validateProgress(plan, progress)).toEqual([]);
  });

  it('is typed by an index that is up to date with the plan', () => {
    expect(readFileSync(new URL('../progress-index.ts', import.meta.url), 'utf8')).toBe(progressIndexSource(plan));
  });

  it('on 15/01/2022: two implementation plans late, one missing, the rest on time', () => {
    const s = status(plan, progress, { asOf: '2022-01-15' });
    expect(s.counts).toEqual({ total: 116, onTime: 38, late: 2, overdue: 1, dueSoon: 0, notYetDue: 75, waived: 0 });
    expect(s.occurrences.filter((o) => o.verdict === 'late' || o.verdict === 'overdue').map((o) => [o.unit, o.verdict, o.lateBy ?? o.overdueBy])).toEqual([
      // Due Friday 17/12/2021 (safe reading of "trước ngày 20/12/2021").
      ['soDuLich', 'late', 3],
      ['soTttt', 'late', 8],
      // 20/12/2021 … 14/01/2022 less 03/01/2022, the day off for New Year's Day on a Saturday.
      ['tinhDoan', 'overdue', 19],
    ]);
    const other = [4, 1, 0, 0, 0, 3, 0];
    expect(table(s)).toEqual({
      tinhDoan: [1, 0, 0, 1, 0, 0, 0],
      soLdtbxh: other,
      soTaiChinh: [5, 1, 0, 0, 0, 4, 0],
      soKhdt: other,
      soKhcn: [6, 2, 0, 0, 0, 4, 0],
      soYTe: [6, 2, 0, 0, 0, 4, 0],
      soGddt: [6, 2, 0, 0, 0, 4, 0],
      soTnmt: [5, 2, 0, 0, 0, 3, 0],
      soNnptnt: [5, 2, 0, 0, 0, 3, 0],
      soNnmt: [1, 0, 0, 0, 0, 1, 0],
      soNoiVu: [6, 2, 0, 0, 0, 4, 0],
      soVhtt: [5, 2, 0, 0, 0, 3, 0],
      soDuLich: [5, 1, 1, 0, 0, 3, 0],
      soVhttdl: [1, 0, 0, 0, 0, 1, 0],
      soTttt: [5, 1, 1, 0, 0, 3, 0],
      soNgoaiVu: [5, 1, 0, 0, 0, 4, 0],
      tpNhaTrang: [5, 2, 0, 0, 0, 3, 0],
      tpCamRanh: [5, 2, 0, 0, 0, 3, 0],
      txNinhHoa: [5, 2, 0, 0, 0, 3, 0],
      huyenVanNinh: [5, 2, 0, 0, 0, 3, 0],
      huyenDienKhanh: [5, 2, 0, 0, 0, 3, 0],
      huyenCamLam: [5, 2, 0, 0, 0, 3, 0],
      huyenKhanhVinh: [5, 2, 0, 0, 0, 3, 0],
      huyenKhanhSon: [5, 2, 0, 0, 0, 3, 0],
      huyenTruongSa: [5, 2, 0, 0, 0, 3, 0],
      dacKhuTruongSa: [1, 0, 0, 0, 0, 1, 0],
    });
    // No figure is known yet on that day.
    expect(s.targets.map((t) => t.verdict)).toEqual(['no-data', 'no-data', 'no-data', 'no-data', 'no-data']);
  });

  it('on 01/12/2023: the 2022 and 2023 reports, one late each year, one missing, one exempted; targets on track', () => {
    const s = status(plan, progress, { asOf: '2023-12-01' });
    expect(s.counts).toEqual({ total: 116, onTime: 78, late: 4, overdue: 2, dueSoon: 0, notYetDue: 31, waived: 1 });
    expect(s.occurrences.filter((o) => !['on-time', 'not-yet-due'].includes(o.verdict)).map((o) => [o.occurrence, o.unit, o.verdict, o.lateBy ?? o.overdueBy ?? ''])).toEqual([
      ['V.1.a/r1#0@2021-12-20', 'soDuLich', 'late', 3],
      ['V.1.a/r1#0@2021-12-20', 'soTttt', 'late', 8],
      ['V.1.a/r1#0@2021-12-20', 'tinhDoan', 'overdue', 488],
      // Due Monday 14/11/2022; received Friday 18/11.
      ['VI.t1/r1#0@2022-11-15', 'huyenKhanhSon', 'late', 4],
      ['VI.t1/r1#0@2023-11-15', 'huyenTruongSa', 'waived', ''],
      ['VI.t1/r1#0@2023-11-15', 'soDuLich', 'late', 3],
      ['VI.t1/r1#0@2023-11-15', 'soKhcn', 'overdue', 13],
    ]);
    const t = table(s);
    expect(t['soKhcn']).toEqual([6, 3, 0, 1, 0, 2, 0]);
    expect(t['soDuLich']).toEqual([5, 2, 2, 0, 0, 1, 0]);
    expect(t['huyenKhanhSon']).toEqual([5, 3, 1, 0, 0, 1, 0]);
    expect(t['huyenTruongSa']).toEqual([5, 3, 0, 0, 0, 1, 1]);
    expect(t['soYTe']).toEqual([6, 4, 0, 0, 0, 2, 0]);
    expect(t['tinhDoan']).toEqual([1, 0, 0, 1, 0, 0, 0]);
    // The 2023 poverty figure is published only in January 2024: the 2022 one stands.
    expect(s.targets.map((x) => [x.target, x.scope, x.latest?.value, x.expected, x.verdict])).toEqual([
      ['III.2.d1.p8/t1', undefined, 14.2, 12.5, 'on-track'],
      ['III.2.d1.p8/t2', 'huyenKhanhSon', 4.2, 4, 'on-track'],
      ['III.2.d1.p8/t2', 'huyenKhanhVinh', 4.1, 4, 'on-track'],
      ['III.2.d1.p10/t1', undefined, undefined, undefined, 'no-data'],
      ['III.2.d1.p10/t2', undefined, 0, undefined, 'on-track'],
      ['III.2.d1.p10/t3', undefined, undefined, undefined, 'no-data'],
    ]);
    expect(s.tasks.map((x) => [x.task, x.status, x.since])).toEqual([
      ['V.2.b', 'in-progress', '2022-02-10'],
      ['V.3.t1', 'done', '2022-01-20'],
      ['V.5.t1', 'in-progress', '2023-03-15'],
    ]);
  });

  it('recomputes a past day: on 01/03/2023, Khánh Vĩnh was off track', () => {
    const s = status(plan, progress, { asOf: '2023-03-01' });
    expect(s.targets.filter((t) => t.target === 'III.2.d1.p8/t2').map((t) => [t.scope, t.latest?.value, t.verdict])).toEqual([
      ['huyenKhanhSon', 4.6, 'on-track'],
      ['huyenKhanhVinh', 3.8, 'off-track'],
    ]);
  });
});
