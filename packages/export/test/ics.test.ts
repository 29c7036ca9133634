import { describe, expect, it } from 'vitest';
import { obligations, parsePlan, stringifyPlan, type Plan } from '@kehoach/core';
import { toIcs, unitCalendars, type IcsDateChoice } from '../src/index.js';
import { deadlinesPlan, examplePlan } from './helpers/fixtures.js';
import { expandDates, ICAL, icsDatesBySource, obligationDatesBySource, parseIcs, sortedEntries, text } from './helpers/ical.js';

const choices: IcsDateChoice[] = ['stated', 'effective'];
const plans: [string, Plan][] = [
  ['example 12127/KH-UBND', examplePlan],
  ['deadlines fixture', deadlinesPlan()],
];

const expected = obligationDatesBySource;
const actual = icsDatesBySource;
const sorted = sortedEntries;

describe.each(plans)('toIcs of the %s', (_name, plan) => {
  it.each(choices)('expands, with ical.js, to exactly the %s dates of obligations()', (choice) => {
    const ics = toIcs(plan, { dates: choice });
    expect(sorted(actual(plan, ics))).toEqual(sorted(expected(obligations(plan).dated, choice, false)));
  });

  it.each(choices)('expands every unit calendar to exactly the unit’s %s dates', (choice) => {
    const calendars = unitCalendars(plan, { dates: choice });
    expect(calendars.length).toBeGreaterThan(0);
    for (const { unit, ics } of calendars) {
      const duties = obligations(plan, { unit }).dated;
      expect(duties.length, unit).toBeGreaterThan(0);
      expect(sorted(actual(plan, ics)), unit).toEqual(sorted(expected(duties, choice, true)));
    }
  });

  it('writes all-day events: DTSTART is a DATE and DTEND the next day', () => {
    for (const choice of choices) {
      for (const vevent of parseIcs(toIcs(plan, { dates: choice })).getAllSubcomponents('vevent')) {
        const start = vevent.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
        const end = vevent.getFirstPropertyValue('dtend') as InstanceType<typeof ICAL.Time>;
        expect(start.isDate).toBe(true);
        expect(end.isDate).toBe(true);
        const next = start.clone();
        next.adjust(1, 0, 0, 0);
        expect(end.toString()).toBe(next.toString());
      }
    }
  });

  it('gives recurring duties an RRULE with a DATE UNTIL and never COUNT', () => {
    const raw = toIcs(plan);
    const rules = parseIcs(raw)
      .getAllSubcomponents('vevent')
      .filter((v) => v.hasProperty('rrule'));
    expect(rules.length).toBeGreaterThan(0);
    for (const vevent of rules) {
      const rule = vevent.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>;
      expect(rule.until?.isDate).toBe(true);
      expect(rule.count).toBeFalsy();
    }
    expect(raw).not.toMatch(/COUNT=/);
  });

  it('is byte-identical on every run, with CRLF line endings and lines of at most 75 octets', () => {
    const options = { dates: 'effective', alarmDaysBefore: [7, 1] } as const;
    const ics = toIcs(plan, options);
    expect(toIcs(plan, options)).toBe(ics);
    expect(ics.endsWith('\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    }
  });

  it('stamps every event with the issue date of the plan, never the clock', () => {
    const stamp = `${plan.issuedOn.replaceAll('-', '')}T000000Z`;
    const raw = toIcs(plan, { dates: 'effective' });
    const stamps = raw.split('\r\n').filter((l) => l.startsWith('DTSTAMP:'));
    expect(stamps.length).toBeGreaterThan(0);
    expect(new Set(stamps)).toEqual(new Set([`DTSTAMP:${stamp}`]));
  });

  it('publishes without ATTENDEE, ORGANIZER or VTODO', () => {
    const raw = toIcs(plan);
    expect(raw).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(raw).not.toMatch(/^(ATTENDEE|ORGANIZER)[;:]/m);
    expect(raw).not.toContain('VTODO');
  });

  it('keeps UIDs when the wording of the plan changes', () => {
    const data = JSON.parse(stringifyPlan(plan)) as Record<string, unknown>;
    const reword = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reword);
      if (value === null || typeof value !== 'object') return value;
      const copy: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        copy[k] = ['text', 'what', 'name', 'title', 'short', 'preamble'].includes(k) && typeof v === 'string' ? `${v} (sửa lời)` : reword(v);
      }
      return copy;
    };
    const edited = parsePlan(reword(data));
    const uids = (p: Plan) => parseIcs(toIcs(p)).getAllSubcomponents('vevent').map((v) => text(v, 'uid'));
    const summaries = (p: Plan) => parseIcs(toIcs(p)).getAllSubcomponents('vevent').map((v) => text(v, 'summary'));
    expect(uids(edited)).toEqual(uids(plan));
    expect(summaries(edited)).not.toEqual(summaries(plan));
    for (const unit of unitCalendars(plan)) {
      const after = unitCalendars(edited).find((c) => c.unit === unit.unit)!;
      const unitUids = (ics: string) => parseIcs(ics).getAllSubcomponents('vevent').map((v) => text(v, 'uid'));
      expect(unitUids(after.ics)).toEqual(unitUids(unit.ics));
    }
  });

  it('sets NAME and X-WR-CALNAME, and a description that lists duties with no date', () => {
    const calendar = parseIcs(toIcs(plan));
    expect(text(calendar, 'name')).toBe(`Kế hoạch ${plan.number} (UBND tỉnh)`);
    expect(text(calendar, 'x-wr-calname')).toBe(text(calendar, 'name'));
    const { triggered } = obligations(plan);
    for (const duty of triggered) expect(text(calendar, 'x-wr-caldesc')).toContain(duty.trigger!);
  });

  it('never gives an event-triggered duty a date', () => {
    const { triggered, undated } = obligations(plan);
    expect(triggered.length).toBeGreaterThan(0);
    const dated = new Set(obligations(plan).dated.map((d) => d.source.ruleId ?? d.source.nodeId));
    const uids = [...expandDates(parseIcs(toIcs(plan))).keys(), ...unitCalendars(plan).flatMap((c) => [...expandDates(parseIcs(c.ics)).keys()])];
    for (const duty of [...triggered, ...undated]) {
      const source = duty.source.ruleId ?? duty.source.nodeId;
      if (dated.has(source)) continue;
      expect(uids.filter((u) => u.includes(`/${source}#`)), source).toEqual([]);
    }
  });

  it('adds VALARM reminders at 08:00, N days before', () => {
    const calendar = parseIcs(toIcs(plan, { alarmDaysBefore: [7, 1, 0] }));
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const triggers = vevent.getAllSubcomponents('valarm').map((a) => {
        expect(text(a, 'action')).toBe('DISPLAY');
        return (a.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds() / 3600;
      });
      expect(triggers).toEqual([-7 * 24 + 8, -24 + 8, 8]);
    }
    expect(parseIcs(toIcs(plan)).getAllSubcomponents('vevent')[0]!.getAllSubcomponents('valarm')).toEqual([]);
    expect(() => toIcs(plan, { alarmDaysBefore: -1 })).toThrow(RangeError);
  });
});

describe('toIcs of the example', () => {
  const plan = examplePlan;

  it('writes the yearly report of part VI as one VEVENT from 15/11/2022 until 15/11/2025', () => {
    const vevents = parseIcs(toIcs(plan)).getAllSubcomponents('vevent');
    const yearly = vevents.filter((v) => text(v, 'uid') === `${plan.id}/VI.t1/r1#0@kehoach`);
    expect(yearly).toHaveLength(1);
    const vevent = yearly[0]!;
    expect(vevent.getFirstProperty('rrule')!.toICALString()).toBe('RRULE:FREQ=YEARLY;UNTIL=20251115;BYMONTH=11;BYMONTHDAY=15');
    expect(vevent.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20221115');
    expect(text(vevent, 'summary')).toBe('VI · Báo cáo kết quả triển khai Kế hoạch (gửi UBND tỉnh)');
  });

  it('moves 15/11/2025, a Saturday, to Monday 17/11/2025 with an override when effective dates are chosen', () => {
    const vevents = parseIcs(toIcs(plan, { dates: 'effective' })).getAllSubcomponents('vevent');
    const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
    expect(overrides.map((v) => [text(v, 'uid'), v.getFirstProperty('recurrence-id')!.toICALString(), v.getFirstProperty('dtstart')!.toICALString()])).toEqual([
      [`${plan.id}/VI.t1/r1#0@kehoach`, 'RECURRENCE-ID;VALUE=DATE:20251115', 'DTSTART;VALUE=DATE:20251117'],
    ]);
    expect(text(overrides[0]!, 'description')).toContain('Hạn thực tế: 17/11/2025 (thứ Hai), vì 15/11/2025 (thứ Bảy) là ngày nghỉ hằng tuần');
  });

  it('describes the task, its lead, the reporting target and the source', () => {
    const vevents = parseIcs(toIcs(plan)).getAllSubcomponents('vevent');
    const event = vevents.find((v) => text(v, 'uid') === `${plan.id}/V.1.a/r1#0@kehoach`)!;
    const description = text(event, 'description');
    expect(description).toContain('Nhiệm vụ: Xây dựng chương trình, kế hoạch để triển khai thực hiện');
    expect(description).toContain('Chủ trì: Các đơn vị thuộc trụ cột Văn hóa - Xã hội ASEAN (từng đơn vị)');
    expect(description).toContain('Gửi: Ủy ban nhân dân tỉnh Khánh Hòa');
    expect(description).toContain('Đồng gửi: Sở Lao động - Thương binh và Xã hội');
    expect(description).toContain('Thời hạn: trước ngày 20/12/2021');
    expect(description.split('\n').at(-1)).toBe('Nguồn: mục V.1.a, Kế hoạch 12127/KH-UBND');
    expect(event.getFirstProperty('categories')!.getValues()).toEqual(['V. TỔ CHỨC THỰC HIỆN', 'Báo cáo']);
  });

  it('gives Sở Y tế a calendar with the duties of the pillar and of all departments', () => {
    const calendar = unitCalendars(plan).find((c) => c.unit === 'soYTe')!;
    expect(calendar.fileName).toBe(`${plan.id}.soYTe.ics`);
    const parsed = parseIcs(calendar.ics);
    expect(text(parsed, 'name')).toBe('Sở Y tế – Kế hoạch 12127/KH-UBND (UBND tỉnh)');
    const events = parsed.getAllSubcomponents('vevent');
    expect(events.map((v) => text(v, 'uid'))).toEqual([
      `${plan.id}/V.1.a/r1#0/reporter/soYTe@kehoach`,
      `${plan.id}/VI.t1/r1#0/reporter/soYTe@kehoach`,
    ]);
    expect(text(events[1]!, 'description')).toMatch(/^Vai trò: báo cáo \(Sở Y tế, thuộc Các sở, ban, ngành, địa phương\)/);
    expect(events[1]!.getFirstProperty('categories')!.getValues()).toEqual(['VI. CHẾ ĐỘ BÁO CÁO', 'Báo cáo', 'Định kỳ']);
  });

  it('returns a calendar for every unit with a dated duty, in registry order', () => {
    const units = unitCalendars(plan).map((c) => c.unit);
    const withDuties = plan.units.map((u) => u.key).filter((key) => obligations(plan, { unit: key }).dated.length > 0);
    expect(units).toEqual(withDuties);
    expect(unitCalendars(plan, { includeEmpty: true })).toHaveLength(plan.units.length);
  });
});

describe('toIcs of the deadlines fixture', () => {
  const plan = deadlinesPlan();

  it('includes the duties of a group acting together in each member’s calendar, and no one else’s', () => {
    const has = (unit: string) =>
      unitCalendars(plan, { includeEmpty: true })
        .find((c) => c.unit === unit)!
        .ics.includes(`${plan.id}/I.1.b#0/lead/banChiDao@kehoach`);
    expect([has('soA'), has('huyenX'), has('soB'), has('huyenY')]).toEqual([true, true, false, false]);
  });

  it('writes a quarterly day 31 and a monthly last day as BYMONTHDAY=-1', () => {
    const unfolded = toIcs(plan).replaceAll('\r\n ', '');
    expect(unfolded).toContain('UID:07-kh-ubnd-2022/I.1.d#0@kehoach\r\nDTSTAMP:20220105T000000Z\r\nDTSTART;VALUE=DATE:20220331\r\nDTEND;VALUE=DATE:20220401\r\nRRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20241231;BYMONTHDAY=-1\r\n');
    expect(unfolded).toContain('RRULE:FREQ=MONTHLY;UNTIL=20241231;BYMONTHDAY=-1');
  });

  it('writes one event per occurrence, each with its own UID, when no simple rule fits', () => {
    const plan30 = parsePlan({
      ...JSON.parse(stringifyPlan(plan)),
      body: [
        {
          type: 'task', id: 'm30', text: 'Báo cáo ngày 30 hằng tháng.', lead: { unit: 'soA' }, partners: [], mode: 'assign',
          deadlines: [{ kind: 'recurring', every: 'month', day: 30, wording: 'before', from: '2022-01-01', until: '2022-04-30' }],
        },
      ],
    });
    const dates = expandDates(parseIcs(toIcs(plan30)));
    expect([...dates]).toEqual([
      ['07-kh-ubnd-2022/m30#0/2022-01-30@kehoach', ['2022-01-30']],
      ['07-kh-ubnd-2022/m30#0/2022-02-28@kehoach', ['2022-02-28']],
      ['07-kh-ubnd-2022/m30#0/2022-03-30@kehoach', ['2022-03-30']],
      ['07-kh-ubnd-2022/m30#0/2022-04-30@kehoach', ['2022-04-30']],
    ]);
  });

  it('explains a deadline moved off a public holiday', () => {
    const vevents = parseIcs(toIcs(plan, { dates: 'effective' })).getAllSubcomponents('vevent');
    const event = vevents.find((v) => text(v, 'uid') === `${plan.id}/I.1.c#0@kehoach`)!;
    expect(event.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20230103');
    expect(text(event, 'description')).toContain('vì 01/01/2023 (Chủ nhật) là ngày nghỉ lễ');
  });

  it('reads "trước ngày" literally when asked, so the last day moves one day earlier', () => {
    const vevents = parseIcs(toIcs(plan, { dates: 'effective', reading: 'strictly-before' })).getAllSubcomponents('vevent');
    const event = vevents.find((v) => text(v, 'uid') === `${plan.id}/I.1.a#0@kehoach`)!;
    expect(event.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20220429');
  });
});
