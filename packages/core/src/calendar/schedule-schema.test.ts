import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { OfficialSchedule } from './official-schedules.js';
import { isScheduleError } from './schedule-errors.js';
import { SCHEDULES_JSON_SCHEMA_ID, parseSchedules, safeParseSchedules, scheduleJsonSchema } from './schedule-schema.js';
import { vietnamCalendar } from './vietnam.js';

/** The 2026 National Day schedule, as a user would write it. */
function nationalDay2026(): Record<string, unknown> {
  return {
    year: 2026,
    holiday: 'national-day',
    daysOff: ['2026-08-29', '2026-09-02'],
    holidayDates: ['2026-09-01', '2026-09-02'],
    swaps: [{ dayOff: '2026-08-31', workingDay: '2026-08-22' }],
    source: {
      number: '9441/TB-BNV',
      date: '2025-10-16',
      issuer: 'Bộ Nội vụ',
      title: 'Thông báo số 9441/TB-BNV ngày 16/10/2025 về lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026',
    },
  };
}

function problemsOf(input: unknown): { code: string; path: string }[] {
  const result = safeParseSchedules(input);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => ({ code: p.code, path: p.path.join('.') }));
}

describe('parseSchedules', () => {
  it('reads a schedule file, or a bare array, from text or data', () => {
    const file = { $schema: SCHEDULES_JSON_SCHEMA_ID, schedules: [nationalDay2026()] };
    const fromText = parseSchedules(JSON.stringify(file, null, 2));
    expect(fromText).toEqual([nationalDay2026()]);
    expect(parseSchedules(file)).toEqual(fromText);
    expect(parseSchedules([nationalDay2026()])).toEqual(fromText);
    expect(parseSchedules(`\ufeff${JSON.stringify(file)}`)).toEqual(fromText);
  });

  it('normalises text to NFC', () => {
    const schedule = nationalDay2026();
    (schedule['source'] as Record<string, string>)['issuer'] = 'Bộ Nội vụ'.normalize('NFD');
    expect(parseSchedules([schedule])[0]!.source.issuer).toBe('Bộ Nội vụ'.normalize('NFC'));
  });

  it('gives coded problems with paths for bad JSON and bad shapes', () => {
    expect(problemsOf('')).toEqual([{ code: 'json/empty', path: '' }]);
    expect(problemsOf('{ "schedules": [')).toEqual([{ code: 'json/syntax', path: '' }]);
    expect(problemsOf({})).toEqual([{ code: 'schema/missing', path: 'schedules' }]);

    const bad = nationalDay2026();
    bad['holiday'] = 'christmas';
    bad['daysOff'] = ['2026-08-29', '2026-02-30'];
    bad['colour'] = 'red';
    delete (bad['source'] as Record<string, unknown>)['number'];
    expect(problemsOf({ schedules: [bad] })).toEqual(
      expect.arrayContaining([
        { code: 'schema/invalid-value', path: 'schedules.0.holiday' },
        { code: 'schema/invalid-date', path: 'schedules.0.daysOff.1' },
        { code: 'schema/unknown-field', path: 'schedules.0' },
        { code: 'schema/missing', path: 'schedules.0.source.number' },
      ]),
    );
    const result = safeParseSchedules({ schedules: [bad] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const p of result.problems) {
        expect(p.message.vi.length).toBeGreaterThan(0);
        expect(p.message.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('checks schedules against each other and the calendar', () => {
    const duplicate = { schedules: [nationalDay2026(), nationalDay2026()] };
    expect(problemsOf(duplicate)).toEqual([{ code: 'schedule/duplicate', path: 'schedules.1.holiday' }]);

    const labour = { ...nationalDay2026(), holiday: 'labour', year: 2025, daysOff: ['2025-04-30', '2025-05-04'], holidayDates: undefined, swaps: undefined };
    const reunification = { ...labour, holiday: 'reunification' };
    expect(problemsOf(JSON.parse(JSON.stringify([labour, reunification])))).toEqual([{ code: 'schedule/duplicate', path: '1.holiday' }]);

    const reversed = { ...nationalDay2026(), daysOff: ['2026-09-02', '2026-08-29'] };
    expect(problemsOf([reversed]).map((p) => p.code)).toContain('schedule/reversed-range');

    const wrongYear = { ...nationalDay2026(), year: 2025 };
    expect(problemsOf([wrongYear]).map((p) => p.code)).toEqual(expect.arrayContaining(['schedule/far-from-holiday', 'schedule/national-day-without-2-9']));

    const badSwap = { ...nationalDay2026(), swaps: [{ dayOff: '2026-08-30', workingDay: '2026-08-24' }] };
    expect(problemsOf([badSwap])).toEqual([
      { code: 'schedule/swap-day-off-on-weekend', path: '0.swaps.0.dayOff' },
      { code: 'schedule/swap-working-day-not-weekend', path: '0.swaps.0.workingDay' },
    ]);

    const outside = { ...nationalDay2026(), holidayDates: ['2026-09-02', '2026-09-03'], swaps: [{ dayOff: '2026-08-28', workingDay: '2026-08-29' }] };
    expect(problemsOf([outside])).toEqual([
      { code: 'schedule/holiday-outside-break', path: '0.holidayDates.1' },
      { code: 'schedule/swap-outside-break', path: '0.swaps.0.dayOff' },
      { code: 'schedule/make-up-inside-break', path: '0.swaps.0.workingDay' },
    ]);
  });

  it('throws a ScheduleError that names the first problem', () => {
    try {
      parseSchedules('[1]');
      expect.unreachable();
    } catch (error) {
      expect(isScheduleError(error)).toBe(true);
      expect((error as Error).message).toMatch(/^Invalid holiday schedules: schema\/invalid-type at \[0\]/);
    }
  });
});

describe('vietnamCalendar({ schedules })', () => {
  it('replaces the built-in schedule of the same year and holiday, and says so in the basis', () => {
    const mine = nationalDay2026() as unknown as OfficialSchedule;
    const changed: OfficialSchedule = {
      ...mine,
      daysOff: ['2026-09-01', '2026-09-06'],
      holidayDates: ['2026-09-02', '2026-09-03'],
      swaps: [{ dayOff: '2026-09-04', workingDay: '2026-09-12' }],
      source: { ...mine.source, title: 'Lịch nghỉ riêng' },
    };
    const calendar = vietnamCalendar({ schedules: [changed] });
    expect(calendar.id).toBe('vn');
    expect(calendar.describe('2026-08-31').working).toBe(true);
    expect(calendar.describe('2026-08-22').working).toBe(false);
    expect(calendar.describe('2026-09-03')).toMatchObject({ kind: 'holiday', basis: 'Lịch nghỉ riêng' });
    expect(calendar.describe('2026-09-04')).toMatchObject({ kind: 'day-off', basis: 'Lịch nghỉ riêng' });
    expect(calendar.describe('2026-09-12')).toMatchObject({ working: true, kind: 'working' });
    // Other built-in schedules stay.
    expect(calendar.describe('2026-01-02').kind).toBe('day-off');
    expect(vietnamCalendar({ schedules: [changed], id: 'vn-mine' }).id).toBe('vn-mine');
  });

  it('applies a New Year break that starts in December of the year before', () => {
    const newYear2027: OfficialSchedule = {
      year: 2027,
      holiday: 'new-year',
      daysOff: ['2026-12-31', '2027-01-03'],
      swaps: [{ dayOff: '2026-12-31', workingDay: '2026-12-26' }],
      source: { number: '2/TB-TEST', date: '2026-11-01', issuer: 'Cơ quan thử nghiệm', title: 'Thông báo số 2/TB-TEST ngày 01/11/2026 (thử nghiệm)' },
    };
    const calendar = vietnamCalendar({ schedules: [newYear2027] });
    expect(calendar.describe('2026-12-31')).toMatchObject({ working: false, kind: 'day-off' });
    expect(calendar.describe('2026-12-31').provisional).toBeUndefined();
    expect(calendar.describe('2026-12-26')).toMatchObject({ working: true, kind: 'working' });
    expect(calendar.describe('2027-01-01')).toMatchObject({ kind: 'holiday', name: { vi: 'Tết Dương lịch' } });
  });

  it('refuses inconsistent schedules given in code', () => {
    const twice = nationalDay2026() as unknown as OfficialSchedule;
    expect(() => vietnamCalendar({ schedules: [twice, twice] })).toThrow(/schedule\/duplicate/);
    expect(() => vietnamCalendar({ schedules: [{ ...twice, year: 3000 }] })).toThrow(/schema\/out-of-range/);
  });
});

describe('scheduleJsonSchema', () => {
  function compile() {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    return ajv.compile(scheduleJsonSchema());
  }

  it('is a draft 2020-12 schema with a stable $id', () => {
    const schema = scheduleJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(SCHEDULES_JSON_SCHEMA_ID);
    expect(JSON.stringify(scheduleJsonSchema())).toBe(JSON.stringify(schema));
  });

  it('compiles under Ajv strict mode, accepts a schedule file and rejects bad ones', () => {
    const validate = compile();
    expect(validate({ $schema: SCHEDULES_JSON_SCHEMA_ID, schedules: [nationalDay2026()] }), JSON.stringify(validate.errors)).toBe(true);
    const bad = [
      { schedules: [{ ...nationalDay2026(), holiday: 'christmas' }] },
      { schedules: [{ ...nationalDay2026(), daysOff: ['2026-08-29'] }] },
      { schedules: [{ ...nationalDay2026(), colour: 'red' }] },
      { schedules: [{ ...nationalDay2026(), year: 2026.5 }] },
      { schedules: [nationalDay2026()], extra: true },
    ];
    for (const data of bad) expect(validate(data), JSON.stringify(data)).toBe(false);
  });
});
