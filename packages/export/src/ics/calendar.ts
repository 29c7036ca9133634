import { addDays, type Plan } from '@kehoach/core';
import { planContext } from '../shared/context.js';
import { escapeText, escapeTextList } from './escape.js';
import { icsDate, icsStamp } from './dates.js';
import { computeDuties } from '../shared/duties.js';
import { calendarModel, hasEvents, type CalendarEvent, type CalendarModel, type IcsOptions } from './events.js';
import { serializeComponent, type IcsComponent, type IcsProperty } from './serialize.js';

/** @internal Product identifier; it carries no version so that output does not change with releases. */
export const PRODID = '-//kehoach//@kehoach/export//VI';

/**
 * The iCalendar text (RFC 5545) of a plan's deadlines, or of one unit's: all-day VEVENTs,
 * yearly and other recurring duties as one VEVENT with an RRULE, UIDs derived from the plan
 * and the duty's source. METHOD:PUBLISH with an ORGANIZER (the issuer) on every event, as RFC
 * 5546 requires; reminders a week and a day before unless `alarmDaysBefore` says otherwise;
 * SEQUENCE counts the dated corrections of the plan that concern an event and DTSTAMP is the
 * latest of their dates (the issue date when there is none), so a subscriber's client replaces
 * a changed deadline. Titles lead with the duty, then where it is in the plan. The same plan and
 * options always give byte-identical text, whatever the machine's time zone.
 *
 * Each event stands on the date to work to (`due.effective`: by default the safe reading, the
 * last working day before "trước ngày X") and its description keeps the deadline as worded,
 * the legal limit where it differs, "dự kiến" for dates that rest on a holiday schedule not
 * announced yet, and the unit a successor took a duty over from, with the basis.
 *
 * Event-triggered duties, milestones without a date and deadlines nobody owes are never given
 * a date: they are listed in the calendar's description instead.
 *
 * @param plan - The canonical plan.
 * @param options - Unit, date shown, reminders, reading of "trước ngày", calendar, window.
 * @returns The calendar, CRLF line endings, lines folded at 75 octets.
 * @example
 * import { toIcs } from '@kehoach/export';
 * await writeFile('plan.ics', toIcs(plan));
 * await writeFile('so-y-te.ics', toIcs(plan, { unit: 'soYTe', dates: 'effective', alarmDaysBefore: 7 }));
 */
export function toIcs(plan: Plan, options: IcsOptions = {}): string {
  return serializeCalendar(calendarModel(plan, options));
}

/** One unit's calendar, as `unitCalendars()` returns it. */
export interface UnitCalendar {
  /** The unit's key in the registry. */
  unit: string;
  /** A file name for it: `<plan id>.<unit key>.ics`. */
  fileName: string;
  /** The iCalendar text. */
  ics: string;
}

/** Options of `unitCalendars()`. */
export interface UnitCalendarsOptions extends Omit<IcsOptions, 'unit' | 'name'> {
  /** Also return calendars of units with no event. `false` by default. */
  includeEmpty?: boolean;
}

/**
 * One calendar per unit of the registry that has an event, in registry order. A unit's
 * calendar holds its own duties (those it inherited as the successor of a ceased unit
 * included), those it has as a member of a group whose members each act, those of the groups
 * it belongs to that act together, and the reports it collects (`via`, "thông qua … tổng hợp")
 * or gets a copy of (`cc`, "đồng gửi"), on the date they are due.
 *
 * @example
 * for (const { fileName, ics } of unitCalendars(plan, { alarmDaysBefore: [7, 1] })) {
 *   await writeFile(path.join('calendars', fileName), ics);
 * }
 */
export function unitCalendars(plan: Plan, options: UnitCalendarsOptions = {}): UnitCalendar[] {
  const { includeEmpty = false, ...rest } = options;
  const context = planContext(plan);
  const duties = computeDuties(plan, rest);
  const out: UnitCalendar[] = [];
  for (const unit of plan.units) {
    if (!includeEmpty && !hasEvents(context, duties, unit.key)) continue;
    const model = calendarModel(plan, { ...rest, unit: unit.key }, { context, duties });
    out.push({ unit: unit.key, fileName: `${plan.id}.${unit.key}.ics`, ics: serializeCalendar(model) });
  }
  return out;
}

/** @internal */
export function serializeCalendar(model: CalendarModel): string {
  const calendar: IcsComponent = {
    name: 'VCALENDAR',
    properties: [
      { name: 'VERSION', value: '2.0' },
      { name: 'PRODID', value: PRODID },
      { name: 'CALSCALE', value: 'GREGORIAN' },
      { name: 'METHOD', value: 'PUBLISH' },
      { name: 'NAME', value: escapeText(model.name) },
      { name: 'X-WR-CALNAME', value: escapeText(model.name) },
      { name: 'DESCRIPTION', value: escapeText(model.description) },
      { name: 'X-WR-CALDESC', value: escapeText(model.description) },
      { name: 'REFRESH-INTERVAL', params: { VALUE: 'DURATION' }, value: 'P1D' },
      { name: 'X-PUBLISHED-TTL', value: 'P1D' },
    ],
    components: model.events.flatMap((event) => eventComponents(event, model)),
  };
  return serializeComponent(calendar);
}

function eventComponents(event: CalendarEvent, model: CalendarModel): IcsComponent[] {
  const master = vevent(event, model, event.start, undefined);
  const overrides = event.overrides.map((o) => vevent(event, model, o.start, o.recurrenceId));
  return [master, ...overrides];
}

function vevent(event: CalendarEvent, model: CalendarModel, start: CalendarEvent['start'], recurrenceId: CalendarEvent['start'] | undefined): IcsComponent {
  const properties: IcsProperty[] = [
    { name: 'UID', value: event.uid },
    { name: 'DTSTAMP', value: icsStamp(event.stamp) },
    { name: 'SEQUENCE', value: String(event.sequence) },
    { name: 'ORGANIZER', params: { CN: quotedParam(model.organizer.name) }, value: model.organizer.address },
  ];
  if (recurrenceId !== undefined) properties.push({ name: 'RECURRENCE-ID', params: { VALUE: 'DATE' }, value: icsDate(recurrenceId) });
  properties.push(
    { name: 'DTSTART', params: { VALUE: 'DATE' }, value: icsDate(start) },
    { name: 'DTEND', params: { VALUE: 'DATE' }, value: icsDate(addDays(start, 1)) },
  );
  if (recurrenceId === undefined && event.rrule !== undefined) properties.push({ name: 'RRULE', value: event.rrule });
  properties.push(
    { name: 'SUMMARY', value: escapeText(event.summary) },
    { name: 'DESCRIPTION', value: escapeText(event.description) },
    { name: 'CATEGORIES', value: escapeTextList(event.categories) },
    { name: 'TRANSP', value: 'TRANSPARENT' },
  );
  return { name: 'VEVENT', properties, components: model.alarms.map((days) => valarm(days, event.summary)) };
}

/**
 * A parameter value as RFC 5545 allows it: quoted when it holds `;`, `:` or `,`; double quotes
 * and control characters, which no parameter value may hold, become a space.
 */
function quotedParam(text: string): string {
  const clean = text.replace(/["\u0000-\u001F\u007F]/g, ' ');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

/** A reminder at 08:00 local time, `days` days before an all-day event (its start is 00:00). */
function valarm(days: number, summary: string): IcsComponent {
  const trigger = days === 0 ? 'PT8H' : days === 1 ? '-PT16H' : `-P${days - 1}DT16H`;
  return {
    name: 'VALARM',
    properties: [
      { name: 'ACTION', value: 'DISPLAY' },
      { name: 'TRIGGER', value: trigger },
      { name: 'DESCRIPTION', value: escapeText(summary) },
    ],
  };
}
