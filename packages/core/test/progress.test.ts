import { describe, expect, it } from 'vitest';
import {
  defineProgress,
  diffPlans,
  diffProgress,
  formatProgressDiff,
  indexOccurrences,
  isProgressError,
  obligations,
  occurrenceId,
  parseProgress,
  progressBuilders,
  progressIndex,
  safeParseProgress,
  status,
  stringifyProgress,
  type Progress,
} from '../src/index.js';
import { samplePlan } from './fixtures.js';
import { progressPlan } from './progress-fixture.js';

const plan = progressPlan();
const index = progressIndex(plan);

function record(parts: Partial<Omit<Progress, 'schema' | 'plan'>>): Progress {
  return parseProgress({ schema: 'kehoach/progress@1', plan: plan.id, submissions: [], statuses: [], measurements: [], exemptions: [], ...parts });
}

describe('occurrence ids', () => {
  it('are the duty ids without the unit, for every duty of a plan', () => {
    const found = obligations(samplePlan());
    for (const duty of [...found.dated, ...found.undated, ...found.triggered]) {
      const key = duty.others ? `${duty.unit}*` : duty.unit;
      expect(occurrenceId(duty).replace(/(?=[@~]|$)/, `:${key}`)).toBe(duty.id);
    }
  });

  it('index the units that owe each occurrence', () => {
    expect(index.duties).toEqual({
      'I.2/r1#0@2024-02-20': ['huyenX', 'huyenY'],
      'I.1#0@2024-03-15': ['soA'],
      'I.2/r1#1@2024-06-20': ['huyenX', 'huyenY'],
    });
    expect(index.tasks).toEqual(['I.1', 'I.2']);
    expect(index.targets).toEqual({ 'I.3/t1': '%', 'I.3/t2': '%', 'I.3/t3': 'điểm %', 'I.3/t4': '%' });
  });

  it('keep the others of an incomplete group apart from the units a record can name', () => {
    const entry = indexOccurrences(samplePlan()).occurrences.get('III.t1/r1#0@2022-11-15')!;
    expect(entry.units).toEqual(['huyenX', 'huyenY', 'soA', 'soB']);
    expect(entry.others).toEqual(['soNganh']);
  });
});

describe('parseProgress', () => {
  it('refuses a misspelt field with the one most likely meant, at its path', () => {
    const result = safeParseProgress({
      schema: 'kehoach/progress@1',
      plan: plan.id,
      submissions: [{ occurrence: 'I.1#0@2024-03-15', unit: 'soA', recieved: '2024-03-10' }],
      statuses: [],
      measurements: [],
      exemptions: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path.join('.'), p.suggestion])).toEqual([
      ['schema/missing', 'submissions.0.received', undefined],
      ['schema/unknown-field', 'submissions.0.recieved', 'received'],
    ]);
  });

  it('refuses a date that does not exist and a status that is not one', () => {
    const result = safeParseProgress({
      schema: 'kehoach/progress@1',
      plan: plan.id,
      submissions: [{ occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-02-30' }],
      statuses: [{ task: 'I.1', status: 'finished', date: '2024-03-01' }],
      measurements: [],
      exemptions: [],
    });
    expect(result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path.join('.')}`)).toEqual([
      'schema/invalid-date submissions.0.received',
      'schema/invalid-value statuses.0.status',
    ]);
  });

  it('gives coded problems for text that is not JSON, or empty', () => {
    for (const [text, code] of [['', 'json/empty'], ['{', 'json/syntax']] as const) {
      try {
        parseProgress(text);
        expect.unreachable();
      } catch (error) {
        expect(isProgressError(error)).toBe(true);
        if (isProgressError(error)) expect(error.problems[0]!.code).toBe(code);
      }
    }
  });

  it('round-trips through canonical JSON byte for byte', () => {
    const p = record({ submissions: [{ occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-03-10', note: 'Tờ trình' }] });
    const text = stringifyProgress(p);
    expect(stringifyProgress(parseProgress(text))).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('builders', () => {
  it('build the same record as the JSON form', () => {
    const p = progressBuilders(index as never as typeof typedIndex);
    const built = defineProgress({
      plan: plan.id,
      submissions: [p.submission('I.1#0@2024-03-15', 'soA', { received: '2024-03-10', document: { number: '12/TTr-SA', date: '2024-03-09' } })],
      statuses: [p.status('I.2', 'in-progress', { date: '2024-02-01', unit: 'huyenX', evidence: 'Công văn 5/UBND' })],
      measurements: [p.measurement('I.3/t3', { value: 3.2, unit: 'điểm %', year: 2024, scope: 'huyenX', source: 'Báo cáo' })],
      exemptions: [p.exemption('I.2/r1#1@2024-06-20', { unit: 'huyenY', decision: { number: '9/QĐ-UBND', date: '2024-05-02' }, reason: 'Sáp nhập' })],
    });
    expect(built).toEqual(
      record({
        submissions: [{ occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-03-10', document: { number: '12/TTr-SA', date: '2024-03-09' } }],
        statuses: [{ task: 'I.2', unit: 'huyenX', status: 'in-progress', date: '2024-02-01', evidence: 'Công văn 5/UBND' }],
        measurements: [{ target: 'I.3/t3', value: 3.2, unit: 'điểm %', year: 2024, scope: 'huyenX', source: 'Báo cáo' }],
        exemptions: [{ occurrence: 'I.2/r1#1@2024-06-20', unit: 'huyenY', decision: { number: '9/QĐ-UBND', date: '2024-05-02' }, reason: 'Sáp nhập' }],
      }),
    );
    expect(stringifyProgress(built)).toBe(stringifyProgress(record(built)));
  });

  it('let a misspelt property reach the schema, which refuses it', () => {
    const p = progressBuilders(typedIndex);
    expect(() => defineProgress({ plan: plan.id, submissions: [p.submission('I.1#0@2024-03-15', 'soA', { received: '2024-03-10', notes: 'x' } as never)] })).toThrow(/notes/);
  });
});

const typedIndex = {
  plan: '07-kh-ubnd-2024',
  duties: { 'I.2/r1#0@2024-02-20': ['huyenX', 'huyenY'], 'I.1#0@2024-03-15': ['soA'], 'I.2/r1#1@2024-06-20': ['huyenX', 'huyenY'] },
  tasks: ['I.1', 'I.2'],
  targets: { 'I.3/t1': '%', 'I.3/t2': '%', 'I.3/t3': 'điểm %', 'I.3/t4': '%' },
  units: ['ubnd', 'soA', 'soB', 'huyenX', 'huyenY', 'huyen'],
} as const;

describe('status', () => {
  const submissions: Progress['submissions'] = [
    // Due (safe reading) Monday 19/02/2024, after Tết (8–14/02): in time.
    { occurrence: 'I.2/r1#0@2024-02-20', unit: 'huyenX', received: '2024-02-19' },
    { occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-03-20' },
  ];

  it('tells on time, overdue by working days, due soon and not yet due', () => {
    const s = status(plan, record({ submissions }), { asOf: '2024-03-08' });
    expect(s.occurrences.map((o) => [o.occurrence, o.unit, o.verdict, o.overdueBy ?? o.remaining ?? o.lateBy])).toEqual([
      ['I.2/r1#0@2024-02-20', 'huyenX', 'on-time', undefined],
      // 20/02 … 08/03: 14 working days.
      ['I.2/r1#0@2024-02-20', 'huyenY', 'overdue', 14],
      // Friday 08/03 to Thursday 14/03: 5 working days, today included.
      ['I.1#0@2024-03-15', 'soA', 'due-soon', 5],
      // Giỗ Tổ 18/4, 29/4 (swapped for Saturday 4/5), 30/4 and 1/5 are off.
      ['I.2/r1#1@2024-06-20', 'huyenX', 'not-yet-due', 71],
      ['I.2/r1#1@2024-06-20', 'huyenY', 'not-yet-due', 71],
    ]);
    expect(s.counts).toEqual({ total: 5, onTime: 1, late: 0, overdue: 1, dueSoon: 1, notYetDue: 2, waived: 0 });
  });

  it('counts lateness in working days, and leaves out what came after the day asked about', () => {
    const later = status(plan, record({ submissions }), { asOf: '2024-04-01' });
    const soA = later.occurrences.find((o) => o.unit === 'soA')!;
    // Due Thursday 14/03, received Wednesday 20/03: 15, 18, 19, 20.
    expect([soA.verdict, soA.lateBy]).toEqual(['late', 4]);
    const earlier = status(plan, record({ submissions }), { asOf: '2024-03-18' });
    expect(earlier.occurrences.find((o) => o.unit === 'soA')).toMatchObject({ verdict: 'overdue', overdueBy: 2 });
  });

  it('reads the legal limit when asked', () => {
    const p = record({ submissions: [{ occurrence: 'I.2/r1#0@2024-02-20', unit: 'huyenY', received: '2024-02-20' }] });
    expect(status(plan, p, { asOf: '2024-03-01' }).occurrences[1]).toMatchObject({ unit: 'huyenY', verdict: 'late', lateBy: 1 });
    expect(status(plan, p, { asOf: '2024-03-01', reading: 'legal' }).occurrences[1]).toMatchObject({ unit: 'huyenY', verdict: 'on-time' });
  });

  it('waives an occurrence by exemption or by the task cancelled before it fell due', () => {
    const p = record({
      exemptions: [{ occurrence: 'I.2/r1#1@2024-06-20', unit: 'huyenY', decision: { number: '9/QĐ-UBND', date: '2024-05-02' }, reason: 'Sáp nhập' }],
      statuses: [{ task: 'I.1', status: 'cancelled', date: '2024-03-01', decision: { number: '8/QĐ-UBND', date: '2024-03-01' } }],
    });
    const s = status(plan, p, { asOf: '2024-07-01' });
    expect(s.occurrences.filter((o) => o.verdict === 'waived').map((o) => [o.unit, o.waivedBy?.kind])).toEqual([
      ['soA', 'cancelled'],
      ['huyenY', 'exemption'],
    ]);
    // Before the decision, nothing is waived.
    expect(status(plan, p, { asOf: '2024-02-28' }).counts.waived).toBe(0);
  });

  it('counts compliance per unit and filters by unit', () => {
    const s = status(plan, record({ submissions }), { asOf: '2024-07-01' });
    expect(s.units).toEqual([
      { unit: 'soA', total: 1, onTime: 0, late: 1, overdue: 0, dueSoon: 0, notYetDue: 0, waived: 0 },
      { unit: 'huyenX', total: 2, onTime: 1, late: 0, overdue: 1, dueSoon: 0, notYetDue: 0, waived: 0 },
      { unit: 'huyenY', total: 2, onTime: 0, late: 0, overdue: 2, dueSoon: 0, notYetDue: 0, waived: 0 },
    ]);
    expect(status(plan, record({ submissions }), { asOf: '2024-07-01', unit: 'huyenX' }).occurrences.map((o) => o.unit)).toEqual(['huyenX', 'huyenX']);
  });

  it('keeps submissions that match no duty', () => {
    const p = record({ submissions: [{ occurrence: 'I.1#0@2024-03-15', unit: 'soB', received: '2024-03-01' }] });
    expect(status(plan, p, { asOf: '2024-04-01' }).unmatched).toHaveLength(1);
  });

  it('gives the latest status of each task on the day', () => {
    const p = record({
      statuses: [
        { task: 'I.1', status: 'in-progress', date: '2024-02-01' },
        { task: 'I.1', status: 'done', date: '2024-03-20', evidence: 'Quyết định phê duyệt đề án' },
      ],
    });
    expect(status(plan, p, { asOf: '2024-03-01' }).tasks).toEqual([{ task: 'I.1', status: 'in-progress', since: '2024-02-01' }]);
    expect(status(plan, p, { asOf: '2024-04-01' }).tasks).toEqual([{ task: 'I.1', status: 'done', since: '2024-03-20', evidence: 'Quyết định phê duyệt đề án' }]);
  });
});

describe('target progress', () => {
  const m = (target: string, value: number, year: number, extra: Record<string, unknown> = {}) => ({ target, value, year, source: 'Báo cáo', ...extra });
  const progress = record({
    measurements: [
      m('I.3/t1', 4.1, 2024, { unit: '%' }),
      m('I.3/t1', 3.2, 2025, { unit: '%', published: '2026-02-10' }),
      m('I.3/t2', 10, 2024, { unit: '%' }),
      m('I.3/t3', 3.5, 2024, { unit: 'điểm %', scope: 'huyenX' }),
      m('I.3/t3', 2.1, 2024, { unit: 'điểm %', scope: 'huyenY' }),
      m('I.3/t4', 100, 2024, { unit: '%' }),
      m('I.3/t4', 98, 2025, { unit: 'hộ' }),
    ],
  });

  it('judges a level, a change since the baseline, a yearly rate and a value to hold', () => {
    const s = status(plan, progress, { asOf: '2025-12-31' });
    expect(s.targets.map((t) => [t.target, t.scope, t.mode, t.latest?.value, t.expected, t.verdict])).toEqual([
      // 5 → 2 from 2023 to 2026: 4 expected in 2024; 4.1 is behind. The 2025 figure is not known yet.
      ['I.3/t1', undefined, 'level', 4.1, 4, 'off-track'],
      // 0 → 40 % fewer: 13.33 expected in 2024.
      ['I.3/t2', undefined, 'change', 10, 13.333333, 'off-track'],
      ['I.3/t3', 'huyenX', 'rate', 3.5, 3, 'on-track'],
      ['I.3/t3', 'huyenY', 'rate', 2.1, 3, 'off-track'],
      // The 2025 figure in "hộ" is not in the target's unit: not counted.
      ['I.3/t4', undefined, 'maintain', 100, undefined, 'on-track'],
    ]);
    const after = status(plan, progress, { asOf: '2026-03-01' }).targets[0]!;
    // 2025: 3 expected, 3.2 measured.
    expect([after.latest?.value, after.expected, after.verdict, after.measurements.length]).toEqual([3.2, 3, 'off-track', 2]);
  });

  it('says achieved once the target is met, and no-data before any figure', () => {
    const met = record({ measurements: [m('I.3/t1', 1.9, 2025, { unit: '%' })] });
    expect(status(plan, met, { asOf: '2026-01-01' }).targets[0]!.verdict).toBe('achieved');
    expect(status(plan, met, { asOf: '2025-06-01' }).targets.map((t) => t.verdict)).toEqual(['no-data', 'no-data', 'no-data', 'no-data']);
  });
});

describe('diffProgress', () => {
  const a = record({
    submissions: [
      { occurrence: 'I.2/r1#0@2024-02-20', unit: 'huyenX', received: '2024-02-19' },
      { occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-03-20' },
    ],
    measurements: [{ target: 'I.3/t1', value: 4.1, unit: '%', year: 2024, source: 'Báo cáo' }],
  });
  const b = record({
    submissions: [
      { occurrence: 'I.1#0@2024-03-15', unit: 'soA', received: '2024-03-13', document: { number: '12/TTr-SA', date: '2024-03-12' } },
      { occurrence: 'I.2/r1#0@2024-02-20', unit: 'huyenY', received: '2024-02-22' },
    ],
    measurements: [{ target: 'I.3/t1', value: 4.0, unit: '%', year: 2024, source: 'Báo cáo' }],
  });

  it('matches entries by what they are about and says what changed', () => {
    expect(diffProgress(a, b).changes.map((c) => [c.kind, c.id, c.field, c.message.vi])).toEqual([
      ['submission/changed', 'I.1#0@2024-03-15 soA', 'received', 'received: 20/03/2024 → 13/03/2024'],
      ['submission/changed', 'I.1#0@2024-03-15 soA', 'document', 'document: (không có) → 12/TTr-SA 12/03/2024'],
      ['submission/added', 'I.2/r1#0@2024-02-20 huyenY', undefined, 'thêm: nộp ngày 22/02/2024'],
      ['submission/removed', 'I.2/r1#0@2024-02-20 huyenX', undefined, 'bỏ: nộp ngày 19/02/2024'],
      ['measurement/changed', 'I.3/t1 2024', 'value', 'value: 4.1 → 4'],
    ]);
    expect(diffProgress(b, b).changes).toEqual([]);
  });

  it('formats the changes grouped by list', () => {
    expect(formatProgressDiff(diffProgress(a, b), { locale: 'en' })).toBe(
      [
        '5 changes',
        '',
        'Submissions',
        '~ I.1#0@2024-03-15 soA  received: 20/03/2024 → 13/03/2024',
        '~ I.1#0@2024-03-15 soA  document: (none) → 12/TTr-SA 12/03/2024',
        '+ I.2/r1#0@2024-02-20 huyenY  added: received 22/02/2024',
        '- I.2/r1#0@2024-02-20 huyenX  removed: received 19/02/2024',
        '',
        'Target measurements',
        '~ I.3/t1 2024  value: 4.1 → 4',
        '',
      ].join('\n'),
    );
  });

  it('keeps diffPlans in core, where an app needs nothing but @kehoach/core', () => {
    expect(diffPlans(plan, plan).changes).toEqual([]);
  });
});
