import { existsOn, obligations, weekendCalendar, type Duty } from '@kehoach/core';
import { describe, expect, it } from 'vitest';
import plan from '../plan.js';

const range = { from: '2021-11-29', to: '2025-12-31' } as const;
const result = obligations(plan, range);

const PILLAR = ['soYTe', 'soGddt', 'soTnmt', 'soNnptnt', 'soNoiVu', 'soVhtt', 'soDuLich', 'soTttt', 'soKhcn', 'tinhDoan'];
const DISTRICTS = ['tpNhaTrang', 'tpCamRanh', 'txNinhHoa', 'huyenVanNinh', 'huyenDienKhanh', 'huyenCamLam', 'huyenKhanhVinh', 'huyenKhanhSon', 'huyenTruongSa'];
/** The departments the plan names, all of which existed until 28/02/2025. */
const DEPARTMENTS_2021 = ['soLdtbxh', 'soTaiChinh', 'soKhdt', 'soKhcn', 'soYTe', 'soGddt', 'soTnmt', 'soNnptnt', 'soNoiVu', 'soVhtt', 'soDuLich', 'soTttt', 'soNgoaiVu'];
/** The departments that existed on 14/11/2025, after the mergers of 01/3/2025. */
const DEPARTMENTS_2025 = ['soTaiChinh', 'soKhcn', 'soYTe', 'soGddt', 'soNoiVu', 'soNgoaiVu', 'soNnmt', 'soVhttdl'];

const units = (duties: readonly Duty[]) => duties.map((d) => (d.others ? `${d.unit}*` : d.unit)).sort();
const unitOf = (key: string) => plan.units.find((u) => u.key === key);

describe('obligations of plan 12127/KH-UBND, 29/11/2021 to 31/12/2025', () => {
  it('asks each pillar unit and each district for its implementation plan "trước ngày 20/12/2021", copied to Sở LĐTBXH', () => {
    const plans = result.dated.filter((d) => d.due?.stated === '2021-12-20');
    expect(units(plans)).toEqual([...PILLAR, ...DISTRICTS].sort());
    for (const d of plans) {
      expect(d).toMatchObject({ role: 'reporter', for: 'ubndTinh', cc: ['soLdtbxh'], what: 'Kế hoạch triển khai thực hiện' });
      // 20/12/2021 is a Monday: the safe date is Friday 17/12, the legal limit the Monday itself.
      expect(d.due).toMatchObject({ wording: 'before', reading: 'safe', lastDay: '2021-12-19', effective: '2021-12-17' });
      expect(d.due?.legal).toEqual({ date: '2021-12-20', basis: 'Bộ luật Dân sự 2015, Điều 148 khoản 5' });
    }
    expect(new Set(plans.map((d) => d.source.nodeId))).toEqual(new Set(['V.1.a', 'V.6.a']));
  });

  it('owes the objective II.2.a ("Đến cuối năm 2021, các sở, ban, ngành, địa phương xây dựng kế hoạch") to each of them', () => {
    const objective = result.dated.filter((d) => d.source.nodeId === 'II.2.a');
    expect(units(objective)).toEqual([...DEPARTMENTS_2021, 'soBanNganh*', ...DISTRICTS].sort());
    for (const d of objective) {
      expect(d.role).toBe('owner');
      expect(d.due).toMatchObject({ stated: '2021-12-31', effective: '2021-12-31' });
    }
    expect(objective.find((d) => d.others)).toMatchObject({ unit: 'soBanNganh', viaGroup: 'soNganhDiaPhuong' });
    expect(result.unowned.filter((u) => u.source.nodeId === 'II.2.a')).toEqual([]);
  });

  it('asks departments and districts for yearly reports before 15/11 of 2022-2024, through Sở LĐTBXH', () => {
    for (const year of ['2022', '2023', '2024']) {
      const reports = result.dated.filter((d) => d.source.nodeId === 'VI.t1' && d.due?.stated === `${year}-11-15`);
      expect(units(reports)).toEqual([...DEPARTMENTS_2021, 'soBanNganh*', ...DISTRICTS].sort());
      for (const d of reports) expect(d).toMatchObject({ role: 'reporter', for: 'ubndTinh', via: 'soLdtbxh' });
    }
  });

  it('asks for the 15/11/2025 report only bodies that existed then, through Sở Nội vụ, and lists the ended districts', () => {
    const reports = result.dated.filter((d) => d.source.nodeId === 'VI.t1' && d.due?.stated === '2025-11-15');
    expect(units(reports)).toEqual([...DEPARTMENTS_2025, 'soBanNganh*', 'dacKhuTruongSa'].sort());
    for (const d of reports) {
      expect(d).toMatchObject({ for: 'ubndTinh', via: 'soNoiVu' });
      expect(d.counterparts).toEqual([
        {
          role: 'via',
          named: 'soLdtbxh',
          resolution: {
            kind: 'moved',
            unit: 'soNoiVu',
            chain: [expect.objectContaining({ from: 'soLdtbxh', until: '2025-02-28', to: 'soNoiVu', chosenBy: 'handover', basis: expect.stringContaining('25/2025/NĐ-CP') })],
          },
        },
      ]);
    }
    const truongSa = reports.find((d) => d.unit === 'dacKhuTruongSa')!;
    expect(truongSa.reassigned).toEqual([
      { from: 'huyenTruongSa', until: '2025-06-30', to: 'dacKhuTruongSa', basis: expect.stringContaining('1667/NQ-UBTVQH15') },
    ]);
    const ended = result.unowned.filter((u) => u.source.ruleId === 'VI.t1/r1' && u.due?.stated === '2025-11-15');
    expect(ended.map((u) => [u.code, u.unit, u.until])).toEqual(
      DISTRICTS.filter((k) => k !== 'huyenTruongSa').sort().map((k) => ['orphaned', k, '2025-06-30']),
    );
  });

  it('owes no 2025 duty to a unit that had ceased, and names successor and basis for each moved one', () => {
    const in2025 = [...result.dated.filter((d) => d.due!.effective >= '2025-01-01')];
    expect(in2025.length).toBeGreaterThan(0);
    for (const d of in2025) {
      if (d.others) continue;
      expect(existsOn(unitOf(d.unit)!, d.due!.effective), `${d.id}`).toBe(true);
      for (const step of d.reassigned ?? []) expect(step.basis, d.id).toMatch(/\d+\/\d{4}\/(NĐ-CP|QH15)|NQ-UBTVQH15/);
    }
    for (const d of [...result.triggered, ...result.undated]) {
      if (d.others || d.during === undefined) continue;
      const unit = unitOf(d.unit)!;
      expect(existsOn(unit, d.during.from) && existsOn(unit, d.during.to), d.id).toBe(true);
    }
  });

  it('gives the 15/11/2025 report, due on a Saturday, the safe date Friday 14/11 and shows the legal limit Monday 17/11', () => {
    const due = result.dated.find((d) => d.source.nodeId === 'VI.t1' && d.due?.stated === '2025-11-15')!.due!;
    expect(due).toMatchObject({ stated: '2025-11-15', reading: 'safe', lastDay: '2025-11-14', effective: '2025-11-14' });
    expect(due.shift).toBeUndefined();
    expect(due.legal.date).toBe('2025-11-17');
    expect(due.legal.shift?.skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2025-11-15', 'weekend'],
      ['2025-11-16', 'weekend'],
    ]);
    const legal = obligations(plan, { ...range, reading: 'legal' }).dated.find((d) => d.source.nodeId === 'VI.t1' && d.due?.stated === '2025-11-15');
    expect(legal?.due?.effective).toBe('2025-11-17');
  });

  it('gives Sở Nội vụ its III.7 duty once, recording that it is named and also one of the departments', () => {
    const mine = result.triggered.filter((d) => d.source.nodeId === 'III.7.d1.p3' && d.unit === 'soNoiVu');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ role: 'partner', reachedAs: [{ role: 'partner' }, { role: 'partner', group: 'soBanNganh' }] });
  });

  it('lists the disaster-relief duty as event-triggered, with no date, passing to Sở Y tế from 01/3/2025', () => {
    const lead = result.triggered.filter((d) => d.source.nodeId === 'III.4.d1' && d.role === 'lead');
    expect(lead.map((d) => [d.unit, d.during])).toEqual([
      ['soLdtbxh', { from: '2021-11-29', to: '2025-02-28' }],
      ['soYTe', { from: '2025-03-01', to: '2025-12-31' }],
    ]);
    expect(lead[1]!.reassigned).toEqual([
      expect.objectContaining({ from: 'soLdtbxh', to: 'soYTe', for: 'bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội', chosenBy: 'handover' }),
    ]);
    expect(lead.every((d) => d.trigger?.startsWith('khi xảy ra thiên tai') && d.due === undefined)).toBe(true);
    expect(result.dated.some((d) => d.source.nodeId === 'III.4.d1')).toBe(false);
  });

  it('keeps the undated reporting milestones apart ("giữa kỳ", "cuối kỳ theo yêu cầu", yearly without a day)', () => {
    const v1d = result.undated.filter((d) => d.source.nodeId === 'V.1.d');
    expect(new Set(v1d.map((d) => d.deadline.kind))).toEqual(new Set(['recurring', 'milestone']));
    const midTerm = v1d.filter((d) => d.source.deadlineIndex === 1 && (d.during === undefined || d.during.from === '2021-11-29'));
    expect(units(midTerm)).toEqual([...PILLAR].sort());
  });

  it('gives a department formed in 2025 the duties of "các sở" from its first day', () => {
    const mine = obligations(plan, { ...range, unit: 'soNnmt' });
    expect(mine.dated.map((d) => [d.source.nodeId, d.due?.stated])).toEqual([['VI.t1', '2025-11-15']]);
    expect(mine.dated[0]?.reachedAs).toEqual([{ role: 'reporter', group: 'soNganhDiaPhuong' }]);
  });

  it('filters one unit’s duties', () => {
    const mine = obligations(plan, { ...range, unit: 'soYTe' });
    expect(mine.dated.map((d) => d.due?.stated)).toEqual(['2021-12-20', '2021-12-31', '2022-11-15', '2023-11-15', '2024-11-15', '2025-11-15']);
    expect(mine.dated.every((d) => d.unit === 'soYTe')).toBe(true);
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
    expect(stated.filter((k) => !accounted.has(k))).toEqual([]);
  });

  it('gives the same dates on a weekends-only calendar: no holiday touches these deadlines', () => {
    const plain = obligations(plan, { ...range, calendar: weekendCalendar() });
    expect(plain.dated.map((d) => d.due?.effective)).toEqual(result.dated.map((d) => d.due?.effective));
  });
});

describe("the reference plan's duties a reorganisation touched (keep: 'reorganised')", () => {
  it('are the moved duties and those whose addressee changed, the same as in the full list', () => {
    const light = obligations(plan, { ...range, keep: 'reorganised' });
    const touched = result.dated.filter((d) => d.reassigned !== undefined || d.counterparts !== undefined);
    // The 2025 reports of the merged departments and districts moved to their successors.
    expect(touched.length).toBeGreaterThan(0);
    expect(light.dated.map((d) => d.id)).toEqual(touched.map((d) => d.id));
    expect(light.dated.map((d) => d.reassigned)).toEqual(touched.map((d) => d.reassigned));
    expect(light.unowned).toEqual(result.unowned);
  });
});
