import { describe, expect, it } from 'vitest';
import { defineCalendar, obligations, weekendCalendar } from '../src/index.js';
import { samplePlan } from './fixtures.js';

const plan = samplePlan();

describe('obligations', () => {
  it('expands each-member groups and keeps lead, partner and reporter roles', () => {
    const { dated } = obligations(plan);
    const first = dated.filter((d) => d.source.nodeId === 'II.d1').map((d) => [d.role, d.unit, d.viaGroup ?? null]);
    expect(first).toEqual([
      ['lead', 'soA', null],
      ['partner', 'huyenX', 'huyen'],
      ['partner', 'huyenY', 'huyen'],
      ['partner', 'soB', 'soNganh'],
    ]);
  });

  it('never makes the lead its own partner through a group', () => {
    const partners = obligations(plan).dated.filter((d) => d.source.nodeId === 'II.d1' && d.role === 'partner');
    expect(partners.map((d) => d.unit)).not.toContain('soA');
  });

  it('moves a deadline off weekends and holidays, naming the rule and the skipped days', () => {
    const lead = obligations(plan).dated.find((d) => d.source.nodeId === 'II.d1' && d.role === 'lead')!;
    expect(lead.due).toMatchObject({ stated: '2022-04-30', lastDay: '2022-04-30', effective: '2022-05-04' });
    expect(lead.due?.shift?.rule).toBe('next-working-day');
    expect(lead.due?.shift?.basis).toContain('Điều 148');
    expect(lead.due?.shift?.skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2022-04-30', 'holiday'],
      ['2022-05-01', 'holiday'],
      ['2022-05-02', 'compensatory'],
      ['2022-05-03', 'compensatory'],
    ]);
  });

  it('reads "trước ngày" literally when asked', () => {
    const lead = obligations(plan, { reading: 'strictly-before' }).dated.find((d) => d.source.nodeId === 'II.d1' && d.role === 'lead')!;
    expect(lead.due).toMatchObject({ stated: '2022-04-30', lastDay: '2022-04-29', effective: '2022-04-29', reading: 'strictly-before' });
    expect(lead.due?.shift).toBeUndefined();
  });

  it('uses a calendar the caller supplies', () => {
    const weekends = obligations(plan, { calendar: weekendCalendar() }).dated.find((d) => d.source.nodeId === 'II.d1')!;
    expect(weekends.due?.effective).toBe('2022-05-02');
    const custom = defineCalendar({ id: 'tinh-x', base: weekendCalendar(), daysOff: [{ date: '2022-05-02' }] });
    expect(obligations(plan, { calendar: custom }).dated.find((d) => d.source.nodeId === 'II.d1')?.due?.effective).toBe('2022-05-03');
  });

  it('expands yearly reports from the issue date to the end of the period', () => {
    const reports = obligations(plan).dated.filter((d) => d.role === 'reporter');
    expect(new Set(reports.map((d) => d.due?.stated))).toEqual(new Set(['2022-11-15', '2023-11-15', '2024-11-15']));
    expect(reports).toHaveLength(12);
    expect(reports[0]).toMatchObject({ for: 'ubnd', via: 'soB', cc: ['soA'], what: 'Báo cáo kết quả' });
  });

  it('ends "cuối năm" on 31/12 and keeps together-groups whole', () => {
    const endOfYear = obligations(plan).dated.find((d) => d.source.nodeId === 'II.d3')!;
    expect(endOfYear).toMatchObject({ unit: 'banChiDao', role: 'lead' });
    expect(endOfYear.due).toMatchObject({ stated: '2022-12-31', effective: '2023-01-03' });
  });

  it('returns event-triggered and undated duties apart, without dates', () => {
    const { triggered, undated } = obligations(plan);
    expect(triggered.map((d) => [d.unit, d.trigger, d.due])).toEqual([['soB', 'khi xảy ra thiên tai', undefined]]);
    expect(undated.map((d) => [d.unit, d.deadline.kind])).toEqual([['doan', 'milestone']]);
  });

  it('filters by date range on the effective date', () => {
    const { dated } = obligations(plan, { from: '2023-01-01', to: '2023-12-31' });
    expect(dated.map((d) => d.due?.effective)).toEqual(['2023-01-03', ...Array(4).fill('2023-11-15')]);
  });

  it('filters by unit, including groups the unit acts together in', () => {
    const { dated, triggered } = obligations(plan, { unit: 'soA' });
    expect(new Set(dated.map((d) => d.unit))).toEqual(new Set(['soA', 'banChiDao']));
    expect(triggered).toEqual([]);
  });

  it('sorts by effective date and gives stable unique ids', () => {
    const { dated } = obligations(plan);
    const dates = dated.map((d) => d.due!.effective);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dated.map((d) => d.id)).size).toBe(dated.length);
    expect(dated.find((d) => d.role === 'reporter')?.id).toBe('III.t1/r1#0:reporter:huyenX@2022-11-15');
    expect(obligations(samplePlan())).toEqual(obligations(plan));
  });
});
