import { describe, expect, it } from 'vitest';
import { obligations, parsePlan, stringifyPlan, type Plan } from '@kehoach/core';
import { toIcs, unitCalendars, type IcsDateChoice } from '../src/index.js';
import { deadlinesPlan, examplePlan, othersOnlyPlan, provisionalCalendar } from './helpers/fixtures.js';
import { expandDates, ICAL, icsDatesBySource, obligationDatesBySource, parseIcs, sortedEntries, text, unitDatesBySource } from './helpers/ical.js';

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

  it.each(choices)('expands every unit calendar to exactly the unit’s %s dates, and those of the reports it collects or is copied', (choice) => {
    const calendars = unitCalendars(plan, { dates: choice });
    expect(calendars.length).toBeGreaterThan(0);
    for (const { unit, ics } of calendars) {
      const wanted = unitDatesBySource(plan, unit, choice);
      expect(wanted.size, unit).toBeGreaterThan(0);
      expect(sorted(actual(plan, ics)), unit).toEqual(sorted(wanted));
    }
  });

  it('expands, under the legal reading too, to exactly the dates of obligations()', () => {
    const ics = toIcs(plan, { reading: 'legal' });
    expect(sorted(actual(plan, ics))).toEqual(sorted(expected(obligations(plan, { reading: 'legal' }).dated, 'effective', false)));
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

  it('stamps every event with the issue date of the plan, never the clock, when nothing was corrected after issue', () => {
    const stamp = `${plan.issuedOn.replaceAll('-', '')}T000000Z`;
    const raw = toIcs(plan, { dates: 'effective' });
    const stamps = raw.split('\r\n').filter((l) => l.startsWith('DTSTAMP:'));
    expect(stamps.length).toBeGreaterThan(0);
    expect(new Set(stamps)).toEqual(new Set([`DTSTAMP:${stamp}`]));
    expect(new Set(raw.split('\r\n').filter((l) => l.startsWith('SEQUENCE:')))).toEqual(new Set(['SEQUENCE:0']));
  });

  it('publishes with an ORGANIZER on every event (RFC 5546 PUBLISH), without ATTENDEE or VTODO', () => {
    const raw = toIcs(plan);
    expect(raw).toContain('\r\nMETHOD:PUBLISH\r\n');
    const calendar = parseIcs(raw);
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      const organizer = vevent.getFirstProperty('organizer')!;
      expect(organizer.getFirstValue()).toBe(`urn:kehoach:${plan.id}:${plan.issuer}`);
      expect(organizer.getParameter('cn')).toBe(plan.units.find((u) => u.key === plan.issuer)!.name);
    }
    expect(parseIcs(toIcs(plan, { organizer: 'mailto:vanphong@example.gov.vn' })).getFirstSubcomponent('vevent')!.getFirstPropertyValue('organizer')).toBe(
      'mailto:vanphong@example.gov.vn',
    );
    expect(raw).not.toMatch(/^ATTENDEE[;:]/m);
    expect(raw).not.toContain('VTODO');
  });

  it('raises SEQUENCE and DTSTAMP of the events a dated correction concerns, and of no other', () => {
    const data = JSON.parse(stringifyPlan(plan)) as { corrections: unknown[] };
    const first = toIcs(plan);
    const event = parseIcs(first).getAllSubcomponents('vevent')[0]!;
    const uid = text(event, 'uid');
    const nodeId = decodeURIComponent(uid.slice(uid.indexOf('/') + 1, uid.indexOf('#')));
    const correct = (date: string | undefined, id: string) => ({
      id,
      target: nodeId,
      field: 'deadlines',
      asIssued: 'a',
      corrected: 'b',
      note: { vi: 'Đính chính thời hạn.', en: 'The deadline corrected.' },
      ...(date && { date }),
    });
    const once = parsePlan({ ...data, corrections: [...data.corrections, correct('2030-02-01', 'c1'), correct(undefined, 'c0')] });
    const twice = parsePlan({ ...data, corrections: [...data.corrections, correct('2030-02-01', 'c1'), correct('2030-03-15', 'c2')] });
    const of = (p: Plan) => new Map(parseIcs(toIcs(p)).getAllSubcomponents('vevent').map((v) => [text(v, 'uid') + (v.getFirstPropertyValue('recurrence-id') ?? ''), [String(v.getFirstPropertyValue('sequence')), raw(v, 'dtstamp')]]));
    const raw = (v: InstanceType<typeof ICAL.Component>, name: string) => v.getFirstProperty(name)!.toICALString();
    const before = of(plan);
    for (const [p, sequence, stamp] of [[once, '1', 'DTSTAMP:20300201T000000Z'], [twice, '2', 'DTSTAMP:20300315T000000Z']] as const) {
      const after = of(p);
      let changed = 0;
      for (const [key, value] of after) {
        if (key.includes(`/${uid.slice(uid.indexOf('/') + 1, uid.indexOf('#'))}#`)) {
          expect(value).toEqual([sequence, stamp]);
          changed++;
        } else expect(value, key).toEqual(before.get(key));
      }
      expect(changed).toBeGreaterThan(0);
    }
    expect(toIcs(twice)).toBe(toIcs(twice));
  });

  it('titles each event with the duty first, then where it is in the plan', () => {
    for (const vevent of parseIcs(toIcs(plan)).getAllSubcomponents('vevent')) {
      expect(text(vevent, 'summary')).toMatch(/^[^·]+ · mục \S+$/);
      expect(text(vevent, 'summary')).not.toMatch(/^[IVX]+\b/);
    }
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
    // By default a week and a day before; [] for none.
    for (const vevent of parseIcs(toIcs(plan)).getAllSubcomponents('vevent')) {
      expect(vevent.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>).toSeconds() / 3600)).toEqual([-7 * 24 + 8, -24 + 8]);
    }
    expect(parseIcs(toIcs(plan, { alarmDaysBefore: [] })).getAllSubcomponents('vevent')[0]!.getAllSubcomponents('valarm')).toEqual([]);
    expect(() => toIcs(plan, { alarmDaysBefore: -1 })).toThrow(RangeError);
  });
});

describe('toIcs of the example', () => {
  const plan = examplePlan;

  it('writes the yearly report of part VI as one VEVENT on the working days 14/11/2022 … 14/11/2025', () => {
    const vevents = parseIcs(toIcs(plan)).getAllSubcomponents('vevent');
    const yearly = vevents.filter((v) => text(v, 'uid') === `${plan.id}/VI.t1/r1#0@kehoach`);
    expect(yearly).toHaveLength(1);
    const vevent = yearly[0]!;
    // "trước ngày 15/11", read safely: the day before, every year a working day, so no override.
    expect(vevent.getFirstProperty('rrule')!.toICALString()).toBe('RRULE:FREQ=YEARLY;UNTIL=20251114;BYMONTH=11;BYMONTHDAY=14');
    expect(vevent.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20221114');
    expect(vevents.filter((v) => v.hasProperty('recurrence-id'))).toEqual([]);
    expect(text(vevent, 'summary')).toBe('Báo cáo kết quả triển khai Kế hoạch (gửi UBND tỉnh) · mục VI');
    const description = text(vevent, 'description');
    // The wording stays; the legal limit is shown where it differs, with its basis.
    expect(description).toContain('Thời hạn: Định kỳ hàng năm trước ngày 15/11');
    expect(description).toContain('Lần 15/11/2025 — ngày cần hoàn thành: 14/11/2025 (thứ Sáu); hạn theo luật: 17/11/2025 (Bộ luật Dân sự 2015, Điều 148 khoản 5)');
    expect(description).toContain('Lần 15/11/2024 — ngày cần hoàn thành: 14/11/2024 (thứ Năm); hạn theo luật: 15/11/2024 (ngày ghi trong văn bản)');
  });

  it('keeps the stated dates on the rule when asked, and moves nothing', () => {
    const vevents = parseIcs(toIcs(plan, { dates: 'stated' })).getAllSubcomponents('vevent');
    const vevent = vevents.find((v) => text(v, 'uid') === `${plan.id}/VI.t1/r1#0@kehoach`)!;
    expect(vevent.getFirstProperty('rrule')!.toICALString()).toBe('RRULE:FREQ=YEARLY;UNTIL=20251115;BYMONTH=11;BYMONTHDAY=15');
    expect(vevents.filter((v) => v.hasProperty('recurrence-id'))).toEqual([]);
    expect(text(vevent, 'description')).toContain('Ngày trên lịch: ngày ghi trong văn bản.');
  });

  it('moves 15/11/2025, a Saturday, to Monday 17/11/2025 with an override under the legal reading', () => {
    const vevents = parseIcs(toIcs(plan, { reading: 'legal' })).getAllSubcomponents('vevent');
    const overrides = vevents.filter((v) => v.hasProperty('recurrence-id'));
    expect(overrides.map((v) => [text(v, 'uid'), v.getFirstProperty('recurrence-id')!.toICALString(), v.getFirstProperty('dtstart')!.toICALString()])).toEqual([
      [`${plan.id}/VI.t1/r1#0@kehoach`, 'RECURRENCE-ID;VALUE=DATE:20251115', 'DTSTART;VALUE=DATE:20251117'],
    ]);
    expect(text(overrides[0]!, 'description')).toContain(
      'ngày cần hoàn thành: 17/11/2025 (thứ Hai), vì 15/11/2025 (thứ Bảy) là ngày nghỉ hằng tuần (Bộ luật Dân sự 2015, Điều 148 khoản 5)',
    );
    expect(text(overrides[0]!, 'description')).not.toContain('Hạn theo luật');
  });

  it('says where the 2025 reorganisation moved a duty or a counterparty, with the basis', () => {
    const events = parseIcs(toIcs(plan)).getAllSubcomponents('vevent');
    const description = text(events.find((v) => text(v, 'uid') === `${plan.id}/VI.t1/r1#0@kehoach`)!, 'description');
    expect(description).toContain(
      'Nhận thay (lần 15/11/2025): UBND đặc khu Trường Sa thay UBND huyện Trường Sa, đã ngừng hoạt động từ 01/07/2025; căn cứ Nghị quyết số 1667/NQ-UBTVQH15',
    );
    expect(description).toContain(
      'Tổ chức lại (lần 15/11/2025): Sở LĐTBXH (đơn vị tổng hợp) đã ngừng hoạt động từ 01/03/2025: nay là Sở Nội vụ (phần việc: lao động',
    );
    // Whoever the group's rule finds on the date, and the members the plan does not list.
    expect(description).toMatch(/Đơn vị báo cáo \(25 đơn vị có tên\): .*UBND đặc khu Trường Sa … và các thành viên khác của nhóm Các sở, ban, ngành\n/);
    const successor = parseIcs(unitCalendars(plan).find((c) => c.unit === 'dacKhuTruongSa')!.ics).getAllSubcomponents('vevent');
    expect(successor.map((v) => [text(v, 'uid'), v.getFirstProperty('dtstart')!.toICALString()])).toEqual([
      [`${plan.id}/VI.t1/r1#0/reporter/dacKhuTruongSa@kehoach`, 'DTSTART;VALUE=DATE:20251114'],
    ]);
    expect(text(successor[0]!, 'description')).toContain('Nhận thay: thay UBND huyện Trường Sa, đã ngừng hoạt động từ 01/07/2025; căn cứ Nghị quyết số 1667/NQ-UBTVQH15');
  });

  it('gives the unit that collects a report an event on its due date: Sở LĐTBXH until 2024, Sở Nội vụ in 2025', () => {
    const events = (unit: string) =>
      parseIcs(unitCalendars(plan).find((c) => c.unit === unit)!.ics)
        .getAllSubcomponents('vevent')
        .filter((v) => /\/(collector|cc)\//.test(text(v, 'uid')));
    const ldtbxh = events('soLdtbxh');
    expect(ldtbxh.map((v) => text(v, 'uid'))).toEqual([
      `${plan.id}/V.1.a/r1#0/cc/soLdtbxh@kehoach`,
      `${plan.id}/V.6.a/r1#0/cc/soLdtbxh@kehoach`,
      `${plan.id}/VI.t1/r1#0/collector/soLdtbxh@kehoach`,
    ]);
    expect(ldtbxh[2]!.getFirstProperty('rrule')!.toICALString()).toBe('RRULE:FREQ=YEARLY;UNTIL=20241114;BYMONTH=11;BYMONTHDAY=14');
    expect(text(ldtbxh[2]!, 'summary')).toBe('Tổng hợp: Báo cáo kết quả triển khai Kế hoạch (gửi UBND tỉnh) · mục VI');
    expect(ldtbxh[2]!.getFirstProperty('categories')!.getValues()).toEqual(['VI. CHẾ ĐỘ BÁO CÁO', 'Tổng hợp', 'Định kỳ']);
    expect(text(ldtbxh[0]!, 'summary')).toBe('Nhận bản đồng gửi: Kế hoạch triển khai thực hiện · mục V.1.a');
    const noiVu = events('soNoiVu');
    expect(noiVu.map((v) => [text(v, 'uid'), v.getFirstProperty('dtstart')!.toICALString()])).toEqual([
      [`${plan.id}/VI.t1/r1#0/collector/soNoiVu@kehoach`, 'DTSTART;VALUE=DATE:20251114'],
    ]);
    const description = text(noiVu[0]!, 'description');
    expect(description).toContain('Vai trò: tổng hợp báo cáo (Sở Nội vụ)');
    expect(description).toContain('Tổ chức lại: Sở LĐTBXH (đơn vị tổng hợp) đã ngừng hoạt động từ 01/03/2025: nay là Sở Nội vụ');
    expect(description).toContain('Hạn theo luật: 17/11/2025 (Bộ luật Dân sự 2015, Điều 148 khoản 5)');
  });

  it('lists in the plan calendar the deadlines nobody owes, one line per deadline and reason', () => {
    const description = text(parseIcs(toIcs(plan)), 'description');
    expect(description).toContain('Hạn không có đơn vị nào phải thực hiện (không đưa lên lịch):');
    const line = description.split('\n').find((l) => l.startsWith('- mục VI, đoạn 1:'))!;
    expect(line).toContain('— Định kỳ hàng năm trước ngày 15/11; 15/11/2025: đơn vị đã ngừng hoạt động, không có đơn vị kế thừa [orphaned].');
    expect(line).toContain('UBND thành phố Nha Trang, UBND thành phố Cam Ranh');
    expect(description.split('\n').filter((l) => l.startsWith('- mục VI, đoạn 1:'))).toHaveLength(1);
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
      `${plan.id}/II.2.a#0/owner/soYTe@kehoach`,
      `${plan.id}/VI.t1/r1#0/reporter/soYTe@kehoach`,
    ]);
    expect(text(events[1]!, 'description')).toMatch(/^Vai trò: thực hiện \(Sở Y tế, thuộc Các sở, ban, ngành, địa phương\)/);
    expect(events[1]!.getFirstProperty('categories')!.getValues()).toEqual(['II. MỤC TIÊU', 'Thực hiện']);
    expect(text(events[2]!, 'description')).toMatch(/^Vai trò: báo cáo \(Sở Y tế, thuộc Các sở, ban, ngành, địa phương\)/);
    expect(events[2]!.getFirstProperty('categories')!.getValues()).toEqual(['VI. CHẾ ĐỘ BÁO CÁO', 'Báo cáo', 'Định kỳ']);
  });

  it('returns a calendar for every unit with a dated duty or a report to collect or receive, in registry order', () => {
    const units = unitCalendars(plan).map((c) => c.unit);
    const withEvents = plan.units.map((u) => u.key).filter((key) => unitDatesBySource(plan, key, 'effective').size > 0);
    expect(units).toEqual(withEvents);
    // Sở Nội vụ took over the synthesis in 2025; Sở LĐTBXH had it until then; Sở NN&MT reports from 2025.
    expect(units).toEqual(expect.arrayContaining(['soLdtbxh', 'soNoiVu', 'soNnmt', 'dacKhuTruongSa']));
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
    const unfolded = toIcs(plan, { dates: 'stated' }).replaceAll('\r\n ', '');
    expect(unfolded).toContain('UID:07-kh-ubnd-2022/I.1.d#0@kehoach\r\nDTSTAMP:20220105T000000Z\r\nSEQUENCE:0\r\nORGANIZER;CN=Ủy ban nhân dân tỉnh Thử Nghiệm:urn:kehoach:07-kh-ubnd-2022:ubnd\r\nDTSTART;VALUE=DATE:20220331\r\nDTEND;VALUE=DATE:20220401\r\nRRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20241231;BYMONTHDAY=-1\r\n');
    expect(unfolded).toContain('RRULE:FREQ=MONTHLY;UNTIL=20241231;BYMONTHDAY=-1');
  });

  it('shows the "other members" of an incomplete group beside the listed ones, never a silent short list', () => {
    const description = text(parseIcs(toIcs(plan)).getAllSubcomponents('vevent').find((v) => text(v, 'uid') === `${plan.id}/II.t1/r1#0@kehoach`)!, 'description');
    expect(description).toContain('Đơn vị báo cáo (2 đơn vị có tên): Sở A; SB … và các thành viên khác của nhóm Các sở, ngành\n');
  });

  it('gives the plan calendar an event for a deadline only the unlisted members of a group owe', () => {
    const only = othersOnlyPlan();
    const events = parseIcs(toIcs(only)).getAllSubcomponents('vevent');
    expect(events.map((v) => [text(v, 'uid'), v.getFirstProperty('dtstart')!.toICALString()])).toEqual([
      [`${only.id}/I.1#0@kehoach`, 'DTSTART;VALUE=DATE:20240614'],
    ]);
    expect(text(events[0]!, 'description')).toContain('Đơn vị chủ trì: Các thành viên khác của nhóm Các đoàn thể chính trị - xã hội\n');
    // Nobody can be named, so no unit's calendar holds it.
    expect(unitCalendars(only)).toEqual([]);
  });

  it('marks dates that rest on a holiday schedule not announced yet as provisional ("dự kiến")', () => {
    const calendar = provisionalCalendar(2024);
    const events = parseIcs(toIcs(plan, { calendar })).getAllSubcomponents('vevent');
    const event = events.find((v) => text(v, 'uid') === `${plan.id}/II.t1/r1#0@kehoach`)!;
    const description = text(event, 'description');
    expect(description).toContain('Lần 15/11/2024 — ngày cần hoàn thành: 14/11/2024 (thứ Năm); hạn theo luật: 15/11/2024 (ngày ghi trong văn bản); ngày dự kiến: lịch nghỉ lễ, Tết của năm này chưa được công bố chính thức');
    expect(description).not.toMatch(/Lần 15\/11\/2023 — [^\n]*dự kiến/);
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
    const dates = expandDates(parseIcs(toIcs(plan30, { dates: 'stated' })));
    expect([...dates]).toEqual([
      ['07-kh-ubnd-2022/m30#0/2022-01-30@kehoach', ['2022-01-30']],
      ['07-kh-ubnd-2022/m30#0/2022-02-28@kehoach', ['2022-02-28']],
      ['07-kh-ubnd-2022/m30#0/2022-03-30@kehoach', ['2022-03-30']],
      ['07-kh-ubnd-2022/m30#0/2022-04-30@kehoach', ['2022-04-30']],
    ]);
  });

  it('moves a deadline on a public holiday back to the working day before, with the legal limit after it', () => {
    const vevents = parseIcs(toIcs(plan)).getAllSubcomponents('vevent');
    const event = vevents.find((v) => text(v, 'uid') === `${plan.id}/I.1.c#0@kehoach`)!;
    expect(event.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20221230');
    expect(text(event, 'description')).toContain('Ngày cần hoàn thành: 30/12/2022 (thứ Sáu), vì 01/01/2023 (Chủ nhật) là ngày nghỉ lễ');
    expect(text(event, 'description')).toContain('Hạn theo luật: 03/01/2023 (Bộ luật Dân sự 2015, Điều 148 khoản 5)');
    const legal = parseIcs(toIcs(plan, { reading: 'legal' })).getAllSubcomponents('vevent').find((v) => text(v, 'uid') === `${plan.id}/I.1.c#0@kehoach`)!;
    expect(legal.getFirstProperty('dtstart')!.toICALString()).toBe('DTSTART;VALUE=DATE:20230103');
  });

  it('reads "trước ngày X" safely by default, legally when asked or when the plan says so', () => {
    const start = (p: Plan, options = {}) =>
      parseIcs(toIcs(p, options))
        .getAllSubcomponents('vevent')
        .find((v) => text(v, 'uid') === `${p.id}/I.1.a#0@kehoach`)!
        .getFirstProperty('dtstart')!
        .toICALString();
    // 30/4/2022 is a Saturday and a public holiday: safe gives Friday 29/4, legal the first working day after.
    expect(start(plan)).toBe('DTSTART;VALUE=DATE:20220429');
    expect(start(plan, { reading: 'legal' })).toBe('DTSTART;VALUE=DATE:20220504');
    const declared = parsePlan({ ...JSON.parse(stringifyPlan(plan)), reading: 'legal' });
    expect(start(declared)).toBe('DTSTART;VALUE=DATE:20220504');
    expect(start(declared, { reading: 'safe' })).toBe('DTSTART;VALUE=DATE:20220429');
  });
});
