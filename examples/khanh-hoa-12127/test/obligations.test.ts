import { obligations, weekendCalendar, type Duty } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';
import { registry } from '../registry.js';

const range = { from: '2021-11-29', to: '2025-12-31' } as const;
const result = obligations(plan, range);

const PILLAR = ['soYTe', 'soGddt', 'soTnmt', 'soNnptnt', 'soNoiVu', 'soVhtt', 'soDuLich', 'soTttt', 'soKhcn', 'tinhDoan'];
const DISTRICTS = ['tpNhaTrang', 'tpCamRanh', 'txNinhHoa', 'huyenVanNinh', 'huyenDienKhanh', 'huyenCamLam', 'huyenKhanhVinh', 'huyenKhanhSon', 'huyenTruongSa'];
const DEPARTMENTS = registry.groups.find((g) => g.key === 'soBanNganh')!.members;

const units = (duties: readonly Duty[]) => duties.map((d) => d.unit).sort();

describe('obligations of plan 12127/KH-UBND, 29/11/2021 to 31/12/2025', () => {
  it('asks each pillar unit and each district for its implementation plan before 20/12/2021, copied to Sở LĐTBXH', () => {
    const plans = result.dated.filter((d) => d.due?.stated === '2021-12-20');
    expect(units(plans)).toEqual([...PILLAR, ...DISTRICTS].sort());
    for (const d of plans) {
      expect(d).toMatchObject({ role: 'reporter', for: 'ubndTinh', cc: ['soLdtbxh'], what: 'Kế hoạch triển khai thực hiện' });
      expect(d.due).toMatchObject({ wording: 'before', effective: '2021-12-20' });
      expect(d.due?.shift).toBeUndefined();
    }
    expect(new Set(plans.map((d) => d.source.nodeId))).toEqual(new Set(['V.1.a', 'V.6.a']));
  });

  it('asks departments and districts for yearly reports before 15/11 of 2022-2025, through Sở LĐTBXH', () => {
    const yearly = result.dated.filter((d) => d.source.nodeId === 'VI.t1');
    const byYear = new Map<string, Duty[]>();
    for (const d of yearly) byYear.set(d.due!.stated, [...(byYear.get(d.due!.stated) ?? []), d]);
    expect([...byYear.keys()]).toEqual(['2022-11-15', '2023-11-15', '2024-11-15', '2025-11-15']);
    for (const duties of byYear.values()) expect(units(duties)).toEqual([...DEPARTMENTS, ...DISTRICTS].sort());
    for (const d of yearly) expect(d).toMatchObject({ role: 'reporter', for: 'ubndTinh', via: 'soLdtbxh' });
  });

  it('gives each yearly report its effective date: 15/11/2025 is a Saturday, so Monday 17/11/2025', () => {
    const effective = (stated: string) => result.dated.find((d) => d.source.nodeId === 'VI.t1' && d.due?.stated === stated)!.due!;
    expect(effective('2022-11-15')).toMatchObject({ effective: '2022-11-15' });
    expect(effective('2023-11-15')).toMatchObject({ effective: '2023-11-15' });
    expect(effective('2024-11-15')).toMatchObject({ effective: '2024-11-15' });
    const saturday = effective('2025-11-15');
    expect(saturday.effective).toBe('2025-11-17');
    expect(saturday.shift?.skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2025-11-15', 'weekend'],
      ['2025-11-16', 'weekend'],
    ]);
  });

  it('lists the disaster-relief duty as event-triggered, with no date', () => {
    const relief = result.triggered.filter((d) => d.source.nodeId === 'III.4.d1');
    const lead = relief.filter((d) => d.role === 'lead');
    expect(lead).toHaveLength(1);
    expect(lead[0]).toMatchObject({ unit: 'soLdtbxh', trigger: expect.stringMatching(/^khi xảy ra thiên tai/) });
    expect(relief.every((d) => d.due === undefined)).toBe(true);
    expect(result.dated.some((d) => d.source.nodeId === 'III.4.d1')).toBe(false);
  });

  it('keeps the undated reporting milestones apart ("giữa kỳ", "cuối kỳ theo yêu cầu", yearly without a day)', () => {
    const v1d = result.undated.filter((d) => d.source.nodeId === 'V.1.d');
    expect(new Set(v1d.map((d) => d.deadline.kind))).toEqual(new Set(['recurring', 'milestone']));
    expect(units(v1d.filter((d) => d.source.deadlineIndex === 1))).toEqual([...PILLAR].sort());
  });

  it('filters one unit’s duties', () => {
    const mine = obligations(plan, { ...range, unit: 'soYTe' });
    expect(mine.dated.map((d) => d.due?.stated)).toEqual(['2021-12-20', '2022-11-15', '2023-11-15', '2024-11-15', '2025-11-15']);
    expect(mine.dated.every((d) => d.unit === 'soYTe')).toBe(true);
  });

  it('gives the same effective dates on a weekends-only calendar: no holiday touches these deadlines', () => {
    const plain = obligations(plan, { ...range, calendar: weekendCalendar() });
    expect(plain.dated.map((d) => d.due?.effective)).toEqual(result.dated.map((d) => d.due?.effective));
  });
});
