/**
 * No unit name, task text, report or section title can inject a line into a calendar:
 * whatever they hold (CR, LF, commas, semicolons, backslashes, "BEGIN:VEVENT", emoji,
 * Vietnamese), ical.js reads back the same events with the same texts, and every physical line
 * stays within 75 octets.
 *
 * `parsePlan()` refuses line breaks in names and CR anywhere, but plans are plain data that code
 * can build without parsing; the texts are therefore put into the plan after it is defined, so
 * the serializer is tested on what the model would refuse too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRegistry, definePlan, noLaterThan, yearly, type Plan } from '@kehoach/core';
import { calendarModel, type IcsOptions } from '../src/ics/events.js';
import { toIcs } from '../src/index.js';
import { parseIcs, text } from './helpers/ical.js';

const tricky = fc.constantFrom(
  '\r\n', '\n', '\r', ',', ';', '\\', '\\n', '\\,', ':', '"', '\t', ' ', '  ',
  'BEGIN:VEVENT', '\r\nBEGIN:VEVENT\r\nUID:evil\r\nEND:VEVENT\r\n', 'END:VCALENDAR',
  'Sở Lao động - Thương binh và Xã hội', 'ỦY BAN NHÂN DÂN', 'Đinh Văn Thiệu', 'e\u0301', '🇻🇳', '👩‍👩‍👧‍👦', '😀',
);
const piece = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 12 }));
const textArb = fc
  .array(piece, { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join(''))
  .filter((s) => s.length > 0);

const r = defineRegistry({
  units: {
    ubnd: { name: 'UBND tỉnh', kind: 'people-committee' },
    x: { name: 'Sở X', kind: 'department' },
    y: { name: 'Sở Y', kind: 'department' },
  },
  groups: { nhom: { name: 'Nhóm', members: ['x', 'y'], mode: 'together' } },
});

const base = definePlan({
  registry: r,
  number: '01/KH-UBND',
  issuer: 'ubnd',
  place: 'Khánh Hòa',
  issuedOn: '2024-01-05',
  title: 'KẾ HOẠCH',
  period: { from: '2024-01-01', to: '2026-12-31' },
  body: [
    r.section('I', 'NHIỆM VỤ', [
      r.task('1', { lead: 'x', partners: ['nhom'], text: 'Việc một.', deadlines: [noLaterThan('2024-06-15')] }),
      r.task('2', {
        lead: 'nhom',
        text: 'Việc hai.',
        deadlines: [yearly({ month: 11, day: 15 })],
        reports: [r.report({ to: 'ubnd', via: 'y', what: 'Báo cáo', deadlines: [yearly({ month: 11, day: 15 })] })],
      }),
    ]),
  ],
  signature: { form: 'KT', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn A' },
});

/** The base plan with arbitrary texts in its names, task texts, report and titles. */
function planOf(unitName: string, taskText: string, reportWhat: string, sectionTitle: string): Plan {
  const plan = structuredClone(base) as any;
  plan.units[1].name = unitName;
  plan.groups[0].name = unitName;
  plan.title = sectionTitle;
  plan.body[0].title = sectionTitle;
  plan.body[0].children[0].text = taskText;
  plan.body[0].children[1].text = taskText;
  plan.body[0].children[1].reports[0].what = reportWhat;
  return plan as Plan;
}

/** Line breaks come back as LF: RFC 5545 has one escape, `\n`, for all of them. */
const lf = (s: string) => s.replace(/\r\n|\r/g, '\n');

function check(plan: Plan, options: IcsOptions): void {
  const ics = toIcs(plan, options);
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }

  const model = calendarModel(plan, options);
  const expected = model.events.flatMap((e) => [e, ...e.overrides.map(() => e)]);
  expect(physical.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(expected.length);

  const calendar = parseIcs(ics);
  expect(text(calendar, 'name')).toBe(lf(model.name));
  expect(text(calendar, 'x-wr-calname')).toBe(lf(model.name));
  expect(text(calendar, 'x-wr-caldesc')).toBe(lf(model.description));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(expected.length);
  vevents.forEach((vevent, i) => {
    const event = expected[i]!;
    expect(text(vevent, 'uid')).toBe(event.uid);
    expect(text(vevent, 'summary')).toBe(lf(event.summary));
    expect(text(vevent, 'description')).toBe(lf(event.description));
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(event.categories.map(lf));
    for (const alarm of vevent.getAllSubcomponents('valarm')) expect(text(alarm, 'description')).toBe(lf(event.summary));
  });
}

describe('ICS text escaping', () => {
  it('keeps every event and text intact whatever names and texts hold', () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, textArb, (unitName, taskText, reportWhat, sectionTitle) => {
        const plan = planOf(unitName, taskText, reportWhat, sectionTitle);
        check(plan, { dates: 'effective', alarmDaysBefore: 3 });
        check(plan, { unit: 'x' });
        const description = text(parseIcs(toIcs(plan, { unit: 'x' })).getAllSubcomponents('vevent')[0]!, 'description');
        expect(description).toContain(lf(unitName));
        expect(description).toContain(lf(taskText));
      }),
      { seed: 42, numRuns: 120 },
    );
  });
});
