import { indexUnits, obligations, type Duty, type ObligationsOptions, type Plan } from '@kehoach/core';
import ICAL from 'ical.js';

// ical.js predates RFC 7986 and reads NAME and the X-WR-* properties as "unknown" (raw,
// still escaped). Declare them TEXT, as RFC 7986 and the de-facto X-WR-* usage do.
const properties = ICAL.design.icalendar.property as Record<string, unknown>;
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) properties[name] ??= { defaultType: 'text' };

/** A parsed calendar, checked to be one VCALENDAR. */
export function parseIcs(text: string): InstanceType<typeof ICAL.Component> {
  const component = new ICAL.Component(ICAL.parse(text));
  if (component.name !== 'vcalendar') throw new Error(`not a calendar: ${component.name}`);
  return component;
}

/** The dates each UID stands for, as ical.js expands them (RRULE, overrides by RECURRENCE-ID). */
export function expandDates(calendar: InstanceType<typeof ICAL.Component>): Map<string, string[]> {
  const vevents = calendar.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
  const out = new Map<string, string[]>();
  for (const master of masters) {
    const event = new ICAL.Event(master);
    for (const other of vevents) {
      if (other !== master && other.hasProperty('recurrence-id') && other.getFirstPropertyValue('uid') === event.uid) {
        event.relateException(new ICAL.Event(other));
      }
    }
    const dates: string[] = [];
    if (event.isRecurring()) {
      const iterator = event.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (dates.length > 10_000) throw new Error(`runaway recurrence in ${event.uid}`);
        dates.push(event.getOccurrenceDetails(next).startDate.toString());
      }
    } else {
      dates.push(event.startDate.toString());
    }
    if (out.has(event.uid)) throw new Error(`duplicate UID ${event.uid}`);
    out.set(event.uid, dates.sort());
  }
  return out;
}

/** Text of a property of a component, unescaped by ical.js. */
export function text(component: InstanceType<typeof ICAL.Component>, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') throw new Error(`${name} is not text: ${String(value)}`);
  return value;
}

/** The source key a UID stands for: `<plan id>/<source>#<deadline>[/<role>/<unit>][/<date>]@kehoach`. */
export function keyOfUid(plan: Plan, uid: string): string {
  const prefix = `${encodeURIComponent(plan.id).replace(/%2F/g, '/')}/`;
  if (!uid.startsWith(prefix) || !uid.endsWith('@kehoach')) throw new Error(`UID ${uid} is not of plan ${plan.id}`);
  // Ids outside [A-Za-z0-9._~#/-] are percent-encoded in UIDs.
  return decodeURIComponent(uid.slice(prefix.length, -'@kehoach'.length).replace(/\/\d{4}-\d{2}-\d{2}$/, ''));
}

/** What obligations() says each event must cover: source key → sorted distinct dates. */
export function obligationDatesBySource(duties: readonly Duty[], choice: 'stated' | 'effective', perUnit: boolean): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (key: string, d: Duty) => {
    let set = out.get(key);
    if (!set) out.set(key, (set = new Set()));
    set.add(choice === 'effective' ? d.due!.effective : d.due!.stated);
  };
  for (const d of duties) {
    const base = `${d.source.ruleId ?? d.source.nodeId}#${d.source.deadlineIndex}`;
    add(perUnit ? `${base}/${d.role}/${d.unit}` : base, d);
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * What a unit's calendar must cover: its duties as `obligations(plan, { unit })` gives them, and
 * the reports it collects (`via`) or is copied (`cc`), as `<source>/collector|cc/<unit>`.
 */
export function unitDatesBySource(plan: Plan, unit: string, choice: 'stated' | 'effective', options: ObligationsOptions = {}): Map<string, string[]> {
  const out = obligationDatesBySource(obligations(plan, { ...options, unit }).dated, choice, true);
  const index = indexUnits(plan);
  const collects = (key: string) => key === unit || index.groupsOf(unit).has(key);
  const add = (key: string, date: string) => out.set(key, [...new Set([...(out.get(key) ?? []), date])].sort());
  for (const d of obligations(plan, options).dated) {
    if (d.role !== 'reporter') continue;
    const base = `${d.source.ruleId ?? d.source.nodeId}#${d.source.deadlineIndex}`;
    const date = choice === 'effective' ? d.due!.effective : d.due!.stated;
    if (d.via !== undefined && collects(d.via)) add(`${base}/collector/${unit}`, date);
    if (d.cc.some(collects)) add(`${base}/cc/${unit}`, date);
  }
  return out;
}

/** What ical.js expands a calendar to: source key → sorted dates. */
export function icsDatesBySource(plan: Plan, ics: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [uid, dates] of expandDates(parseIcs(ics))) {
    const key = keyOfUid(plan, uid);
    out.set(key, [...(out.get(key) ?? []), ...dates].sort());
  }
  return out;
}

/** A map's entries sorted by key, for comparisons. */
export const sortedEntries = (m: Map<string, string[]>): [string, string[]][] => [...m].sort(([a], [b]) => (a < b ? -1 : 1));

export { ICAL };
