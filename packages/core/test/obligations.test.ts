import { describe, expect, it } from 'vitest';
import { before, computeDue, defineCalendar, defineRegistry, definePlan, obligations, vietnamCalendar, weekendCalendar, when, yearly, type Plan } from '../src/index.js';
import { samplePlan } from './fixtures.js';

const plan = samplePlan();
const row = (d: { role: string; unit: string; viaGroup?: string; others?: true }) => [d.role, d.unit, d.viaGroup ?? null, d.others ?? false];

describe('obligations', () => {
  it('expands each-member groups, keeps roles, and names the unlisted members of an incomplete group', () => {
    const { dated } = obligations(plan);
    expect(dated.filter((d) => d.source.nodeId === 'II.d1').map(row)).toEqual([
      ['partner', 'huyenX', 'huyen', false],
      ['partner', 'huyenY', 'huyen', false],
      ['lead', 'soA', null, false],
      ['partner', 'soB', 'soNganh', false],
      // "các sở, ngành có liên quan" lists only soA and soB: the others owe it too.
      ['partner', 'soNganh', 'soNganh', true],
    ]);
  });

  it('never makes the lead its own partner through a group', () => {
    const soA = obligations(plan).dated.filter((d) => d.source.nodeId === 'II.d1' && d.unit === 'soA');
    expect(soA.map((d) => [d.roles, d.reachedAs])).toEqual([[['lead'], [{ role: 'lead' }]]]);
  });

  it('shows by default the safe date: the last working day before "trước ngày X", with the legal limit beside it', () => {
    const lead = obligations(plan).dated.find((d) => d.source.nodeId === 'II.d1' && d.role === 'lead')!;
    // 30/4/2022 is a Saturday and a holiday; the day before is Friday 29/4.
    expect(lead.due).toMatchObject({ stated: '2022-04-30', reading: 'safe', lastDay: '2022-04-29', effective: '2022-04-29' });
    expect(lead.due?.shift).toBeUndefined();
    expect(lead.due?.legal.date).toBe('2022-05-04');
    expect(lead.due?.legal.basis).toBe('Bộ luật Dân sự 2015, Điều 148 khoản 5');
    expect(lead.due?.legal.shift?.skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2022-04-30', 'holiday'],
      ['2022-05-01', 'holiday'],
      ['2022-05-02', 'compensatory'],
      ['2022-05-03', 'compensatory'],
    ]);
  });

  it('moves a safe date back off days off, naming what it skipped', () => {
    // "cuối năm 2022" is Saturday 31/12/2022: safe Friday 30/12, legal Tuesday 3/1/2023.
    const endOfYear = obligations(plan).dated.find((d) => d.source.nodeId === 'II.d3')!;
    expect(endOfYear).toMatchObject({ unit: 'banChiDao', role: 'lead' });
    expect(endOfYear.due).toMatchObject({ stated: '2022-12-31', lastDay: '2022-12-31', effective: '2022-12-30' });
    expect(endOfYear.due?.shift).toMatchObject({ rule: 'previous-working-day', skipped: [{ date: '2022-12-31', kind: 'weekend' }] });
    expect(endOfYear.due?.legal.date).toBe('2023-01-03');
  });

  it('reads the legal limit when asked, or when the plan says so', () => {
    const asked = obligations(plan, { reading: 'legal' }).dated.find((d) => d.source.nodeId === 'II.d1' && d.role === 'lead')!;
    expect(asked.due).toMatchObject({ reading: 'legal', lastDay: '2022-04-30', effective: '2022-05-04' });
    expect(asked.due?.shift?.rule).toBe('next-working-day');
    const declared = samplePlan({ reading: 'legal' });
    expect(obligations(declared).dated.find((d) => d.source.nodeId === 'II.d1')?.due?.effective).toBe('2022-05-04');
    expect(obligations(declared, { reading: 'safe' }).dated.find((d) => d.source.nodeId === 'II.d1')?.due?.effective).toBe('2022-04-29');
  });

  it('uses a calendar the caller supplies', () => {
    const weekends = obligations(plan, { calendar: weekendCalendar(), reading: 'legal' }).dated.find((d) => d.source.nodeId === 'II.d1')!;
    expect(weekends.due?.effective).toBe('2022-05-02');
    const custom = defineCalendar({ id: 'tinh-x', base: weekendCalendar(), daysOff: [{ date: '2022-04-29' }] });
    expect(obligations(plan, { calendar: custom }).dated.find((d) => d.source.nodeId === 'II.d1')?.due?.effective).toBe('2022-04-28');
  });

  it('expands yearly reports, and hands a ceased unit’s report to its successor from its last day on', () => {
    const reports = obligations(plan).dated.filter((d) => d.role === 'reporter');
    const byYear = (year: string) => reports.filter((d) => d.due?.stated.startsWith(year)).map((d) => d.unit + (d.others ? '*' : ''));
    expect(byYear('2022')).toEqual(['huyenX', 'huyenY', 'soA', 'soB', 'soNganh*']);
    // Sở A ceased on 28/02/2023: its 2023 and 2024 reports are Sở B's, which owes its own too: one duty each year.
    expect(byYear('2023')).toEqual(['huyenX', 'huyenY', 'soB', 'soNganh*']);
    expect(byYear('2024')).toEqual(['huyenX', 'huyenY', 'soB', 'soNganh*']);
    const soB2023 = reports.find((d) => d.unit === 'soB' && d.due?.stated === '2023-11-15')!;
    expect(soB2023.reassigned).toEqual([{ from: 'soA', until: '2023-02-28', to: 'soB' }]);
    expect(soB2023.reachedAs).toEqual([{ role: 'reporter', group: 'tatCa' }]);
    expect(reports[0]).toMatchObject({ for: 'ubnd', via: 'soB', cc: ['soA'], what: 'Báo cáo kết quả' });
  });

  it('sends copies to the successor of a ceased counterparty, saying so', () => {
    const report = obligations(plan).dated.find((d) => d.role === 'reporter' && d.unit === 'huyenX' && d.due?.stated === '2023-11-15')!;
    expect(report.cc).toEqual(['soB']);
    expect(report.counterparts).toEqual([
      { role: 'cc', named: 'soA', resolution: { kind: 'moved', unit: 'soB', chain: [{ from: 'soA', until: '2023-02-28', to: 'soB' }] } },
    ]);
  });

  it('returns event-triggered and undated duties apart, without dates', () => {
    const { triggered, undated } = obligations(plan);
    expect(triggered.map((d) => [d.unit, d.trigger, d.due, d.during])).toEqual([['soB', 'khi xảy ra thiên tai', undefined, undefined]]);
    expect(undated.map((d) => [d.unit, d.deadline.kind])).toEqual([['doan', 'milestone']]);
  });

  it('filters by date range on the date to work to', () => {
    const { dated } = obligations(plan, { from: '2023-01-01', to: '2023-12-31' });
    expect(dated.map((d) => d.due?.effective)).toEqual(Array(4).fill('2023-11-14'));
  });

  it('filters by unit: its own duties, the groups it acts together in, and what it inherited', () => {
    const soA = obligations(plan, { unit: 'soA' });
    expect(new Set(soA.dated.map((d) => d.unit))).toEqual(new Set(['soA', 'banChiDao']));
    expect(soA.dated.every((d) => d.due!.effective < '2023-03-01')).toBe(true);
    expect(soA.triggered).toEqual([]);
    const soB = obligations(plan, { unit: 'soB' });
    expect(soB.dated.filter((d) => d.reassigned !== undefined).map((d) => d.due?.stated)).toEqual(['2023-11-15', '2024-11-15']);
  });

  it('sorts by the date to work to and gives stable unique ids', () => {
    const { dated } = obligations(plan);
    const dates = dated.map((d) => d.due!.effective);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dated.map((d) => d.id)).size).toBe(dated.length);
    expect(dated.find((d) => d.role === 'reporter')?.id).toBe('III.t1/r1#0:huyenX@2022-11-15');
    expect(obligations(samplePlan())).toEqual(obligations(plan));
  });
});

/** A plan built to exercise ownership: owners, rule groups, splits and handovers. */
function ownershipPlan(extra: { handovers?: Record<string, string>; body?: 'plain' | 'handover' } = {}): Plan {
  const r = defineRegistry({
    units: {
      ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
      soLd: {
        name: 'Sở LĐ',
        kind: 'department',
        validUntil: '2025-02-28',
        basis: 'Nghị quyết số 01/NQ-HĐND',
        successors: [
          { unit: 'soNv', for: 'lao động, việc làm' },
          { unit: 'soYt', for: 'bảo trợ xã hội', basis: 'Quyết định số 02/QĐ-UBND' },
        ],
      },
      soNv: { name: 'Sở Nội vụ', kind: 'department' },
      soYt: { name: 'Sở Y tế', kind: 'department' },
      soMoi: { name: 'Sở Mới', kind: 'department', validFrom: '2025-03-01' },
      huyenA: { name: 'UBND huyện A', kind: 'district', validUntil: '2025-06-30' },
      huyenB: { name: 'UBND huyện B', kind: 'district', validUntil: '2025-06-30', successors: ['dacKhu'] },
      dacKhu: { name: 'UBND đặc khu B', kind: 'other', validFrom: '2025-07-01' },
      doan: { name: 'Tỉnh đoàn', kind: 'union' },
    },
    groups: {
      cacSo: { name: 'Các sở', rule: { kinds: ['department'] } },
      huyen: { name: 'UBND các huyện', rule: { kinds: ['district'] } },
      doanThe: { name: 'Các đoàn thể', members: ['doan'], complete: false },
      rong: { name: 'Nhóm rỗng', members: [] },
    },
  });
  return definePlan({
    registry: r,
    number: '01/KH-UBND',
    issuer: 'ubnd',
    place: 'X',
    issuedOn: '2024-01-10',
    title: 'T',
    period: { from: '2024-01-01', to: '2025-12-31' },
    ...(extra.handovers === undefined ? {} : { handovers: extra.handovers }),
    body: [
      r.section('I', 'MỤC TIÊU', [
        r.item('a', 'Đến cuối năm 2024, các sở, các huyện xây dựng kế hoạch.', {
          owners: [r.each('cacSo'), r.each('huyen')],
          deadlines: [before('2024-12-31')],
        }),
        r.item('b', 'Đến giữa năm 2024, hoàn thành việc gì đó.', { deadlines: [before('2024-06-30')] }),
      ]),
      r.section('II', 'NHIỆM VỤ', [
        r.task('1', {
          lead: 'soLd',
          partners: ['soNv', r.related('cacSo')],
          text: 'Sở LĐ chủ trì, phối hợp với Sở Nội vụ và các sở.',
          deadlines: [before('2025-06-15')],
          ...(extra.body === 'handover' ? { handovers: { soLd: 'soYt' } } : {}),
        }),
        r.task('2', { lead: r.each('rong'), text: 'Nhóm rỗng thực hiện.', deadlines: [before('2024-05-05')] }),
        r.task('3', { lead: r.each('doanThe'), mode: 'request', text: 'Các đoàn thể tham gia.', deadlines: [when('khi có yêu cầu')] }),
        r.task('4', { lead: 'huyenB', text: 'Huyện B cứu trợ.', deadlines: [when('khi xảy ra thiên tai')] }),
        r.task('5', { lead: 'huyenA', partners: ['huyenB'], text: 'Huyện A và huyện B rà soát.', deadlines: [before('2024-09-15'), before('2025-09-15')] }),
      ]),
      r.section('III', 'BÁO CÁO', [
        r.item('', 'Hằng năm trước ngày 15/11 các sở, các huyện báo cáo qua Sở LĐ.', {
          reports: [
            r.report({ from: r.each('huyen'), to: 'ubnd', via: 'soLd', what: 'Báo cáo', deadlines: [yearly({ month: 11, day: 15 })] }),
            r.report({ from: 'soNv', to: 'ubnd', via: 'soLd', what: 'Báo cáo tổng hợp', deadlines: [yearly({ month: 11, day: 15 })] }),
          ],
        }),
      ]),
    ],
    signature: { form: 'none', title: 'CHỦ TỊCH', name: 'A' },
  });
}

describe('obligations: who owes what, or why nobody does', () => {
  it('gives an item’s deadline to its owners, each member of a rule group that exists on the date', () => {
    const a = obligations(ownershipPlan()).dated.filter((d) => d.source.nodeId === 'I.a');
    // soMoi is formed only on 01/3/2025; soLd still exists in 2024.
    expect(a.map((d) => [d.role, d.unit, d.viaGroup])).toEqual([
      ['owner', 'huyenA', 'huyen'],
      ['owner', 'huyenB', 'huyen'],
      ['owner', 'soLd', 'cacSo'],
      ['owner', 'soNv', 'cacSo'],
      ['owner', 'soYt', 'cacSo'],
    ]);
  });

  it('lists an item’s deadline with no owner and no task as unowned, with a reason', () => {
    const { unowned } = obligations(ownershipPlan());
    const b = unowned.filter((u) => u.source.nodeId === 'I.b');
    expect(b.map((u) => [u.code, u.due?.stated])).toEqual([['no-owner', '2024-06-30']]);
    expect(b[0]!.message.en).toContain('nobody owes it');
  });

  it('lists an empty group as unowned', () => {
    expect(obligations(ownershipPlan()).unowned.filter((u) => u.source.nodeId === 'II.2').map((u) => [u.code, u.unit])).toEqual([
      ['empty-group', 'rong'],
    ]);
  });

  it('asks for a choice when a ceased unit’s functions were split, naming the candidates', () => {
    const { dated, unowned } = obligations(ownershipPlan());
    const split = unowned.filter((u) => u.source.nodeId === 'II.1');
    expect(split.map((u) => [u.code, u.unit, u.role, u.candidates?.map((c) => c.unit)])).toEqual([
      ['ambiguous-successor', 'soLd', 'lead', ['soNv', 'soYt']],
    ]);
    expect(split[0]!.message.vi).toContain('handovers');
    // The partners are unaffected: Sở Nội vụ named directly and through "các sở" is one duty.
    const partners = dated.filter((d) => d.source.nodeId === 'II.1');
    expect(partners.map((d) => [d.unit, d.reachedAs])).toEqual([
      ['soMoi', [{ role: 'partner', group: 'cacSo' }]],
      ['soNv', [{ role: 'partner' }, { role: 'partner', group: 'cacSo' }]],
      ['soYt', [{ role: 'partner', group: 'cacSo' }]],
    ]);
  });

  it('follows a handover on the task, or the plan’s, to the chosen successor, with the basis', () => {
    const onTask = obligations(ownershipPlan({ body: 'handover' })).dated.filter((d) => d.source.nodeId === 'II.1' && d.unit === 'soYt');
    expect(onTask.map((d) => [d.roles, d.reassigned])).toEqual([
      [['lead'], [{ from: 'soLd', until: '2025-02-28', to: 'soYt', for: 'bảo trợ xã hội', basis: 'Quyết định số 02/QĐ-UBND', chosenBy: 'handover' }]],
    ]);
    const onPlan = obligations(ownershipPlan({ handovers: { soLd: 'soNv' } })).dated.filter((d) => d.source.nodeId === 'II.1' && d.unit === 'soNv');
    expect(onPlan[0]).toMatchObject({ roles: ['lead', 'partner'], reassigned: [{ from: 'soLd', to: 'soNv', basis: 'Nghị quyết số 01/NQ-HĐND' }] });
    // The task's own choice wins over the plan's.
    const both = obligations(ownershipPlan({ handovers: { soLd: 'soNv' }, body: 'handover' })).dated.filter((d) => d.source.nodeId === 'II.1');
    expect(both.find((d) => d.role === 'lead')?.unit).toBe('soYt');
  });

  it('sends a report collected by a split unit without a synthesizer, and says why', () => {
    const reports = obligations(ownershipPlan()).dated.filter((d) => d.source.ruleId === 'III.t1/r2');
    expect(reports.map((d) => [d.due?.stated, d.unit, d.via ?? null, d.counterparts?.map((c) => [c.role, c.named, c.resolution.kind])])).toEqual([
      ['2024-11-15', 'soNv', 'soLd', undefined],
      ['2025-11-15', 'soNv', null, [['via', 'soLd', 'ambiguous']]],
    ]);
    const chosen = obligations(ownershipPlan({ handovers: { soLd: 'soNv' } })).dated.filter((d) => d.source.ruleId === 'III.t1/r2');
    expect(chosen.map((d) => d.via)).toEqual(['soLd', 'soNv']);
  });

  it('lists the duties of a named unit that ceased with no successor as orphaned, and moves the others', () => {
    const { dated, unowned } = obligations(ownershipPlan());
    const orphaned = unowned.filter((u) => u.source.nodeId === 'II.5');
    expect(orphaned.map((u) => [u.code, u.unit, u.until, u.due?.stated])).toEqual([['orphaned', 'huyenA', '2025-06-30', '2025-09-15']]);
    expect(orphaned[0]!.message.vi).toContain('không có đơn vị kế thừa');
    expect(dated.filter((d) => d.source.nodeId === 'II.5' && d.due?.stated === '2025-09-15').map((d) => [d.unit, d.reassigned?.[0]?.from])).toEqual([
      ['dacKhu', 'huyenB'],
    ]);
  });

  it('reads a group by rule as the class on the date: ceased units leave it, an empty class is listed', () => {
    const { unowned } = obligations(ownershipPlan());
    const empty = unowned.filter((u) => u.source.ruleId === 'III.t1/r1');
    expect(empty.map((u) => [u.code, u.unit, u.due?.stated])).toEqual([['empty-group', 'huyen', '2025-11-15']]);
    const departments = obligations(ownershipPlan()).dated.filter((d) => d.source.nodeId === 'II.1' && d.due?.stated === '2025-06-15');
    expect(departments.map((d) => d.unit)).not.toContain('soLd');
  });

  it('splits an undated duty where its owner changes within the window', () => {
    const { triggered } = obligations(ownershipPlan());
    const relief = triggered.filter((d) => d.source.nodeId === 'II.4');
    expect(relief.map((d) => [d.id, d.unit, d.during])).toEqual([
      ['II.4#0:huyenB~2024-01-01', 'huyenB', { from: '2024-01-01', to: '2025-06-30' }],
      ['II.4#0:dacKhu~2025-07-01', 'dacKhu', { from: '2025-07-01', to: '2025-12-31' }],
    ]);
    // A duty whose owner never changes keeps one entry for the whole window.
    const request = triggered.filter((d) => d.source.nodeId === 'II.3');
    expect(request.map((d) => [d.unit, d.others ?? false, d.during])).toEqual([
      ['doan', false, undefined],
      ['doanThe', true, undefined],
    ]);
  });

  it('owns or lists every occurrence: nothing is silently lost', () => {
    const all = obligations(ownershipPlan());
    const owned = new Set([...all.dated, ...all.triggered, ...all.undated].map((d) => `${d.source.ruleId ?? d.source.nodeId}#${d.source.deadlineIndex}`));
    const listed = new Set(all.unowned.map((u) => `${u.source.ruleId ?? u.source.nodeId}#${u.source.deadlineIndex}`));
    for (const key of ['I.a#0', 'I.b#0', 'II.1#0', 'II.2#0', 'II.3#0', 'II.4#0', 'II.5#0', 'II.5#1', 'III.t1/r1#0']) {
      expect(owned.has(key) || listed.has(key), key).toBe(true);
    }
  });
});

describe('obligations: the edges of the period', () => {
  it('keeps an occurrence the plan states on its last day whose legal limit falls after it', () => {
    // 31/12/2022 is a Saturday: the legal limit is Tuesday 3/1/2023, after a period ending 31/12/2022.
    const short = samplePlan({ period: { from: '2022-01-01', to: '2022-12-31' } });
    const legal = obligations(short, { reading: 'legal' }).dated.filter((d) => d.source.nodeId === 'II.d3');
    expect(legal.map((d) => [d.due?.stated, d.due?.effective])).toEqual([['2022-12-31', '2023-01-03']]);
    // An explicit window is a window on the date to work to.
    expect(obligations(short, { reading: 'legal', from: '2022-01-01', to: '2022-12-31' }).dated.some((d) => d.source.nodeId === 'II.d3')).toBe(false);
  });
});

describe('computeDue: provisional dates', () => {
  it('marks a due date that rests on an unannounced holiday schedule, and only such a one', () => {
    const vn = vietnamCalendar();
    // Tết 2027 has not been announced: the days around it are the statutory rule's guess.
    expect(computeDue('2027-02-08', 'before', 'safe', vn).provisional).toBe(true);
    expect(computeDue('2027-06-15', 'before', 'safe', vn).provisional).toBeUndefined();
    // Tết 2026 was announced (Thông báo 9441/TB-BNV).
    expect(computeDue('2026-02-20', 'before', 'safe', vn).provisional).toBeUndefined();
  });
});
