import {
  NEXT_WORKING_DAY_BASIS,
  type Deadline,
  type DayInfo,
  type DeadlineReading,
  type Due,
  type Duty,
  type IsoDate,
  type Obligations,
  type Plan,
} from '@kehoach/core';
import { planContext, type PlanContext } from '../shared/context.js';
import {
  DUTY_ROLE_WORDS,
  PROVISIONAL_LINE,
  UNOWNED_WORDS,
  computeDuties,
  counterpartText,
  groupUnowned,
  legalLimitLine,
  reassignedText,
  unitList,
  type DutyOptions,
} from '../shared/duties.js';
import { describeDeadline, summarize } from '../shared/text.js';
import { viDate, viDateWithWeekday } from '../shared/dates.js';
import { recurrenceRule } from './dates.js';

/** Which date of a deadline the calendar shows. */
export type IcsDateChoice = 'stated' | 'effective';

/** Options of `toIcs()` and `unitCalendars()`. */
export interface IcsOptions extends DutyOptions {
  /**
   * Only what concerns this unit: its duties, those of the groups it belongs to, those it
   * inherited as the successor of a ceased unit, and the reports it collects (`via`) or gets a
   * copy of (`cc`).
   */
  unit?: string;
  /**
   * `effective` (default): the date to work to under the reading (by default the safe one, the
   * last working day before "trước ngày X"). `stated`: the date the document states.
   */
  dates?: IcsDateChoice;
  /**
   * Reminders, in days before the deadline, at 08:00 local time: a week and a day before
   * (`[7, 1]`) unless given; `[]` for none. Best effort: many clients drop alarms of subscribed
   * calendars.
   */
  alarmDaysBefore?: number | readonly number[];
  /**
   * The ORGANIZER of every event (RFC 5546 requires one with METHOD:PUBLISH): a calendar
   * address such as `mailto:vanphong@example.gov.vn`. By default a URN naming the plan and its
   * issuer, `urn:kehoach:<plan id>:<issuer key>`; its CN is the issuer's name either way.
   */
  organizer?: string;
  /** Calendar name (NAME and X-WR-CALNAME); derived from the plan and the unit by default. */
  name?: string;
}

/** @internal One occurrence of a series: the date stated, the date the rule stands on, the date shown. */
export interface Occurrence {
  stated: IsoDate;
  /** The date of the series the RRULE describes: the stated date, or the last day in time before the calendar moved it. */
  anchor: IsoDate;
  shown: IsoDate;
  due: Due;
}

/**
 * @internal What an event stands for: duties of the unit (or of everyone, in the plan
 * calendar), or reports the unit collects (`collector`) or gets a copy of (`cc`).
 */
export type EventRole = Duty['role'] | 'collector' | 'cc';

/** @internal A VEVENT to write, with its overridden occurrences. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  categories: string[];
  /** DTSTART: the first date shown, or for a recurring event the first date of the series. */
  start: IsoDate;
  /** RRULE value, with a DATE UNTIL. */
  rrule?: string;
  /** Occurrences moved off the rule: RECURRENCE-ID is the series date, DTSTART the date shown. */
  overrides: { recurrenceId: IsoDate; start: IsoDate }[];
  /** Every occurrence the event stands for. */
  occurrences: Occurrence[];
  /** SEQUENCE: how many dated corrections of the plan concern the event's items. */
  sequence: number;
  /** DTSTAMP: the date of the latest of those corrections, else the plan's issue date. */
  stamp: IsoDate;
  /** The duties behind the event. */
  duties: Duty[];
  role: EventRole;
}

/** @internal Everything a calendar file says, before serialization. */
export interface CalendarModel {
  name: string;
  description: string;
  events: CalendarEvent[];
  alarms: number[];
  /** ORGANIZER: its calendar address and common name. */
  organizer: { address: string; name: string };
}

const ROLE_CATEGORY: Record<EventRole, string> = {
  lead: 'Chủ trì',
  owner: 'Thực hiện',
  partner: 'Phối hợp',
  reporter: 'Báo cáo',
  collector: 'Tổng hợp',
  cc: 'Đồng gửi',
};
const MAX_LIST_LINES = 60;
/** Reminders by default: a week before and the day before, at 08:00. */
export const DEFAULT_ALARMS: readonly number[] = [7, 1];

/**
 * Builds the calendar of a plan, or of one unit, from `obligations()`.
 *
 * @internal
 */
export function calendarModel(plan: Plan, options: IcsOptions = {}, precomputed?: { context: PlanContext; duties: Obligations }): CalendarModel {
  const context = precomputed?.context ?? planContext(plan);
  const all = precomputed?.duties ?? computeDuties(plan, options);
  const unit = options.unit;
  const mine = unit === undefined ? () => true : concerns(context, unit);
  const choice = options.dates ?? 'effective';

  const series = new Map<string, { role: EventRole; duties: Duty[] }>();
  const add = (key: string, role: EventRole, duty: Duty) => {
    let entry = series.get(key);
    if (!entry) series.set(key, (entry = { role, duties: [] }));
    entry.duties.push(duty);
  };
  for (const duty of all.dated) {
    const base = sourceKey(duty);
    if (unit === undefined) add(base, duty.role, duty);
    else if (mine(duty)) add(`${base}/${duty.role}/${duty.unit}`, duty.role, duty);
  }
  if (unit !== undefined) {
    const collects = context.index.concerns(unit);
    for (const duty of all.dated) {
      if (duty.role !== 'reporter') continue;
      if (duty.via !== undefined && collects(duty.via)) add(`${sourceKey(duty)}/collector/${unit}`, 'collector', duty);
      if (duty.cc.some(collects)) add(`${sourceKey(duty)}/cc/${unit}`, 'cc', duty);
    }
  }

  const events: CalendarEvent[] = [];
  for (const [key, { role, duties }] of series) events.push(...toEvents(context, key, role, duties, choice, unit));
  events.sort((a, b) => cmp(a.occurrences[0]!.shown, b.occurrences[0]!.shown) || cmp(a.uid, b.uid));

  const reading = options.reading ?? plan.reading ?? 'safe';
  return {
    name: options.name ?? calendarName(context, unit),
    description: calendarDescription(context, choice, reading, unit, [...all.triggered, ...all.undated].filter(mine), all, unit === undefined ? () => true : context.index.concerns(unit)),
    events,
    alarms: alarmDays(options.alarmDaysBefore),
    organizer: {
      address: options.organizer ?? `urn:kehoach:${encodeURIComponent(plan.id)}:${encodeURIComponent(plan.issuer)}`,
      name: plan.units.find((u) => u.key === plan.issuer)?.name ?? plan.issuer,
    },
  };
}

/**
 * @internal The duties of `unit`, as `obligations(plan, { unit })` gives them: its own (those it
 * inherited as a successor included) and those of groups it belongs to that act together. A
 * duty standing for the unlisted members of a group is the group's only.
 */
export function concerns(context: PlanContext, unit: string): (duty: Duty) => boolean {
  const mine = context.index.concerns(unit);
  return (duty) => (duty.others ? duty.unit === unit : mine(duty.unit));
}

/** @internal Whether a unit's calendar has any event: a dated duty, or a report it collects or is copied. */
export function hasEvents(context: PlanContext, duties: Obligations, unit: string): boolean {
  const mine = concerns(context, unit);
  const collects = context.index.concerns(unit);
  return duties.dated.some((d) => mine(d) || (d.role === 'reporter' && ((d.via !== undefined && collects(d.via)) || d.cc.some(collects))));
}

function sourceKey(duty: Duty): string {
  return `${duty.source.ruleId ?? duty.source.nodeId}#${duty.source.deadlineIndex}`;
}

/**
 * A UID made of the plan id and the duty's source, never of its text or date, so it survives
 * edits of wording and of the date itself. Characters outside a safe ASCII set are
 * percent-encoded, so the UID needs no TEXT escaping.
 */
function uidOf(plan: Plan, key: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._~#/-]/g, (c) => encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`));
  return `${safe(plan.id)}/${safe(key)}@kehoach`;
}

function toEvents(context: PlanContext, key: string, role: EventRole, duties: Duty[], choice: IcsDateChoice, unit: string | undefined): CalendarEvent[] {
  const first = duties[0]!;
  const byStated = new Map<IsoDate, Due>();
  for (const d of duties) if (!byStated.has(d.due!.stated)) byStated.set(d.due!.stated, d.due!);
  const occurrences: Occurrence[] = [...byStated.values()]
    .sort((a, b) => cmp(a.stated, b.stated))
    .map((due) =>
      choice === 'effective'
        ? { stated: due.stated, anchor: due.lastDay, shown: due.effective, due }
        : { stated: due.stated, anchor: due.stated, shown: due.stated, due },
    );
  const uid = uidOf(context.plan, key);
  const summary = summaryOf(context, first, role, unit);
  const categories = categoriesOf(context, first, role, unit, occurrences.length > 1);
  const base = { summary, categories, duties, role, ...revisionOf(context.plan, duties) };
  const description = descriptionOf(context, role, duties, occurrences, choice, unit);

  const rrule = first.deadline.kind === 'recurring' ? recurrenceRule(first.deadline.every, occurrences.map((o) => o.anchor)) : undefined;
  if (rrule !== undefined) {
    const overrides = occurrences.filter((o) => o.shown !== o.anchor).map((o) => ({ recurrenceId: o.anchor, start: o.shown }));
    return [{ uid, ...base, description, start: occurrences[0]!.anchor, rrule, overrides, occurrences }];
  }
  if (occurrences.length === 1) {
    return [{ uid, ...base, description, start: occurrences[0]!.shown, overrides: [], occurrences }];
  }
  // Dates no single rule describes: one event per occurrence, each with its own stable UID.
  return occurrences.map((o) => ({
    uid: uidOf(context.plan, `${key}/${o.stated}`),
    ...base,
    description: descriptionOf(
      context,
      role,
      duties.filter((d) => d.due!.stated === o.stated),
      [o],
      choice,
      unit,
    ),
    start: o.shown,
    overrides: [],
    occurrences: [o],
  }));
}

/**
 * SEQUENCE and DTSTAMP of an event: the plan's dated corrections whose target is one of the
 * event's items (or its report rule) each count one revision, and the latest date stamps it.
 * Undated corrections are readings of the document as issued, never a change subscribers saw.
 */
function revisionOf(plan: Plan, duties: readonly Duty[]): { sequence: number; stamp: IsoDate } {
  const targets = new Set<string>();
  for (const d of duties) {
    targets.add(d.source.nodeId);
    if (d.source.ruleId !== undefined) targets.add(d.source.ruleId);
  }
  let sequence = 0;
  let stamp = plan.issuedOn;
  for (const c of plan.corrections) {
    if (c.date === undefined || !targets.has(c.target)) continue;
    sequence += 1;
    if (c.date > stamp) stamp = c.date;
  }
  return { sequence, stamp };
}

/** The title of an event: the duty first, then where it is in the plan (`· mục VI.1`). */
function summaryOf(context: PlanContext, duty: Duty, role: EventRole, unit: string | undefined): string {
  const info = context.nodes.get(duty.source.nodeId);
  const where = info?.path ? ` · mục ${info.path}` : '';
  const text = summarize(duty.what);
  if (role === 'collector') return `Tổng hợp: ${text} (gửi ${context.short(duty.for)})${where}`;
  if (role === 'cc') return `Nhận bản đồng gửi: ${text}${where}`;
  if (duty.role === 'reporter') return `${text} (gửi ${context.short(duty.for)})${where}`;
  return unit !== undefined && role === 'partner' ? `Phối hợp: ${text}${where}` : `${text}${where}`;
}

function categoriesOf(context: PlanContext, duty: Duty, role: EventRole, unit: string | undefined, recurring: boolean): string[] {
  const part = context.nodes.get(duty.source.nodeId)?.part;
  const out: string[] = [];
  if (part !== undefined) {
    const title = part.type === 'section' ? part.title : undefined;
    out.push([part.number === undefined ? undefined : `${part.number}.`, title].filter((p) => p !== undefined).join(' ') || part.id);
  }
  if (unit !== undefined) out.push(ROLE_CATEGORY[role]);
  else out.push(duty.role === 'reporter' ? 'Báo cáo' : 'Nhiệm vụ');
  if (recurring) out.push('Định kỳ');
  return out.map(categoryLabel);
}

/**
 * A category as a label: without trailing backslashes, which naive parsers (ical.js, hence
 * Thunderbird) take for an escape of the comma that separates the next category.
 */
function categoryLabel(label: string): string {
  return label.replace(/\\+$/, '').trimEnd() || '—';
}

function descriptionOf(
  context: PlanContext,
  role: EventRole,
  duties: Duty[],
  occurrences: Occurrence[],
  choice: IcsDateChoice,
  unit: string | undefined,
): string {
  const first = duties[0]!;
  const info = context.nodes.get(first.source.nodeId);
  const node = info?.node;
  const rule = first.source.ruleId === undefined ? undefined : context.rules.get(first.source.ruleId)?.rule;
  const lines: string[] = [];
  const multi = occurrences.length > 1;

  if (unit !== undefined) {
    if (role === 'collector') {
      lines.push(`Vai trò: tổng hợp báo cáo (${context.name(unit)})`);
    } else if (role === 'cc') {
      lines.push(`Vai trò: nhận bản đồng gửi (${context.name(unit)})`);
    } else {
      const via = first.viaGroup === undefined ? '' : `, thuộc ${context.name(first.viaGroup)}`;
      const who = first.unit === unit ? context.name(unit) : `${context.name(first.unit)}, có ${context.name(unit)}`;
      lines.push(`Vai trò: ${first.roles.map((r) => DUTY_ROLE_WORDS[r]).join(', ')} (${who}${via})`);
      lines.push(...takeoverLines(context, duties, multi, false));
    }
  }

  if (first.role === 'reporter') {
    lines.push(`Báo cáo: ${first.what}`);
    const to = rule?.to ?? first.for;
    const via = rule?.via ?? first.via;
    const cc = rule?.cc ?? first.cc;
    lines.push(`Gửi: ${context.name(to)}${via === undefined ? '' : `, thông qua ${context.name(via)} tổng hợp`}`);
    if (cc.length > 0) lines.push(`Đồng gửi: ${cc.map((k) => context.name(k)).join('; ')}`);
    if (rule?.from !== undefined) lines.push(`Báo cáo từ: ${context.assignment(rule.from)}`);
    lines.push(...counterpartLines(context, duties, multi));
  }

  if (node !== undefined && node.type !== 'section') {
    lines.push(`${node.type === 'task' ? 'Nhiệm vụ' : 'Nội dung'}: ${node.text}`);
    if (node.type === 'task') {
      lines.push(`Chủ trì: ${context.assignment(node.lead)}`);
      if (node.partners.length > 0) lines.push(`Phối hợp: ${node.partners.map((p) => context.assignment(p)).join('; ')}`);
    } else if (node.owners !== undefined && node.owners.length > 0) {
      lines.push(`Đơn vị thực hiện: ${node.owners.map((p) => context.assignment(p)).join('; ')}`);
    }
  }

  if (unit === undefined || role === 'collector' || role === 'cc') {
    for (const r of ['lead', 'owner', 'partner', 'reporter'] as const) {
      const list = duties.filter((d) => d.role === r);
      if (list.length === 0) continue;
      const count = new Set(list.filter((d) => !d.others).map((d) => d.unit)).size;
      const others = list.some((d) => d.others);
      const counted = others ? (count === 0 ? '' : ` (${count} đơn vị có tên)`) : ` (${count})`;
      lines.push(`Đơn vị ${DUTY_ROLE_WORDS[r]}${counted}: ${unitList(context, list)}`);
    }
    if (unit === undefined) lines.push(...takeoverLines(context, duties, multi, true));
  }

  lines.push(...deadlineLines(first.deadline, occurrences, choice));
  lines.push(`Nguồn: mục ${info?.citation || first.source.nodeId}, ${context.planRef}`);
  return lines.join('\n');
}

/** "Nhận thay: …" lines, one per distinct takeover, with the occurrences it concerns. */
function takeoverLines(context: PlanContext, duties: readonly Duty[], multi: boolean, withUnit: boolean): string[] {
  const texts = new Map<string, IsoDate[]>();
  for (const duty of duties) {
    if (duty.reassigned === undefined) continue;
    const text = `${withUnit ? `${context.short(duty.unit)} ` : ''}${reassignedText(context, duty.reassigned)}`;
    const dates = texts.get(text) ?? [];
    if (!dates.includes(duty.due!.stated)) dates.push(duty.due!.stated);
    texts.set(text, dates);
  }
  return [...texts].map(([text, dates]) => `Nhận thay${multi ? ` (lần ${dates.map(viDate).join(', ')})` : ''}: ${text}`);
}

/** Counterparties (addressee, collector, copies) that had ceased by an occurrence. */
function counterpartLines(context: PlanContext, duties: readonly Duty[], multi: boolean): string[] {
  const texts = new Map<string, IsoDate[]>();
  for (const duty of duties) {
    for (const change of duty.counterparts ?? []) {
      const text = counterpartText(context, change);
      const dates = texts.get(text) ?? [];
      if (!dates.includes(duty.due!.stated)) dates.push(duty.due!.stated);
      texts.set(text, dates);
    }
  }
  return [...texts].map(([text, dates]) => `Tổ chức lại${multi ? ` (lần ${dates.map(viDate).join(', ')})` : ''}: ${text}`);
}

function deadlineLines(deadline: Deadline, occurrences: Occurrence[], choice: IcsDateChoice): string[] {
  const lines = [`Thời hạn: ${describeDeadline(deadline)}`];
  const multi = occurrences.length > 1;
  if (multi) lines.push(`Các lần (ngày ghi trong văn bản): ${occurrences.map((o) => viDate(o.stated)).join(', ')}`);
  lines.push(readingLine(choice, occurrences[0]!.due.reading, true));
  for (const { due } of occurrences) {
    const parts = occurrenceParts(due);
    if (multi) lines.push(`Lần ${viDate(due.stated)} — ${parts.map(lowerFirst).join('; ')}`);
    else lines.push(...parts);
  }
  return lines;
}

/** The date to work to and why, the legal limit where it differs, and "dự kiến". */
function occurrenceParts(due: Due): string[] {
  let work = `Ngày cần hoàn thành: ${viDateWithWeekday(due.effective)}`;
  if (due.shift !== undefined) {
    const first = due.shift.skipped[0]!;
    const basis = due.shift.rule === 'next-working-day' ? ` (${due.shift.basis})` : '';
    work += `, vì ${viDateWithWeekday(first.date)} là ${dayOff(first)}${basis}`;
  }
  const parts = [work];
  const legal = legalLimitLine(due);
  if (legal !== undefined) parts.push(legal);
  if (due.provisional) parts.push(PROVISIONAL_LINE);
  return parts;
}

/** How the calendar's dates are read: in full in the calendar's description, in short in each event's. */
function readingLine(choice: IcsDateChoice, reading: DeadlineReading, short = false): string {
  if (choice === 'stated') return 'Ngày trên lịch: ngày ghi trong văn bản.';
  if (short) return reading === 'safe' ? 'Ngày trên lịch: ngày cần hoàn thành (cách đọc an toàn).' : 'Ngày trên lịch: hạn theo luật.';
  return reading === 'safe'
    ? 'Ngày trên lịch: ngày làm việc cuối cùng còn kịp hạn (cách đọc an toàn: “trước ngày X” là hết ngày liền trước X; gặp ngày nghỉ thì lùi về ngày làm việc trước đó).'
    : `Ngày trên lịch: hạn theo luật (ngày ghi trong văn bản; gặp ngày nghỉ thì là ngày làm việc tiếp theo, ${NEXT_WORKING_DAY_BASIS}).`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function dayOff(info: DayInfo): string {
  if (info.kind === 'weekend') return 'ngày nghỉ hằng tuần';
  if (info.kind === 'compensatory') return `ngày nghỉ bù${info.name ? ` (${info.name.vi})` : ''}`;
  if (info.kind === 'holiday') return `ngày nghỉ lễ${info.name ? ` (${info.name.vi})` : ''}`;
  return info.name ? `ngày nghỉ (${info.name.vi})` : 'ngày nghỉ';
}

function calendarName(context: PlanContext, unit: string | undefined): string {
  const plan = `${context.planRef} (${context.short(context.plan.issuer)})`;
  return unit === undefined ? plan : `${context.short(unit)} – ${plan}`;
}

function calendarDescription(
  context: PlanContext,
  choice: IcsDateChoice,
  reading: DeadlineReading,
  unit: string | undefined,
  undated: Duty[],
  all: Obligations,
  concernsUnit: (key: string) => boolean,
): string {
  const { plan } = context;
  const lines = [`${context.planRef} ngày ${viDate(plan.issuedOn)} của ${context.name(plan.issuer)}: ${plan.title}`];
  if (unit !== undefined) {
    lines.push(
      `Lịch của ${context.name(unit)}: việc của đơn vị (cả việc nhận thay đơn vị đã ngừng hoạt động), việc của các nhóm đơn vị có ${context.short(unit)}, và báo cáo ${context.short(unit)} tổng hợp hoặc được đồng gửi.`,
    );
  }
  lines.push(readingLine(choice, reading));
  // One line per source: "mục V.1.d: Báo cáo tiến độ … — định kỳ hàng năm; giữa kỳ; cuối kỳ".
  const bySource = new Map<string, { duty: Duty; whens: string[] }>();
  for (const duty of undated) {
    const key = unit === undefined ? duty.source.ruleId ?? duty.source.nodeId : `${duty.source.ruleId ?? duty.source.nodeId}/${duty.role}/${duty.unit}`;
    let entry = bySource.get(key);
    if (!entry) bySource.set(key, (entry = { duty, whens: [] }));
    const when = duty.trigger ?? describeDeadline(duty.deadline);
    if (!entry.whens.includes(when)) entry.whens.push(when);
  }
  const items = [...bySource.values()].map(({ duty, whens }) => {
    const info = context.nodes.get(duty.source.nodeId);
    return `- mục ${info?.citation || duty.source.nodeId}: ${summarize(duty.what)} — ${whens.join('; ')}`;
  });
  pushList(lines, 'Việc không có ngày cụ thể, không đưa lên lịch:', items, 'việc');
  const unowned = groupUnowned(
    context,
    all.unowned.filter((u) => unit === undefined || (u.unit !== undefined && concernsUnit(u.unit))),
  );
  const unownedItems = unowned.flatMap((group) => {
    const info = context.nodes.get(group.nodeId);
    return group.reasons.map(
      (r) => `- mục ${info?.citation || group.nodeId}: ${summarize(group.what)} — ${group.deadline}; ${r.when.join(', ')}: ${UNOWNED_WORDS[r.code]} [${r.code}]. ${r.text}`,
    );
  });
  pushList(lines, 'Hạn không có đơn vị nào phải thực hiện (không đưa lên lịch):', unownedItems, 'hạn');
  return lines.join('\n');
}

function pushList(lines: string[], heading: string, items: readonly string[], noun: string): void {
  if (items.length === 0) return;
  lines.push(heading, ...items.slice(0, MAX_LIST_LINES));
  if (items.length > MAX_LIST_LINES) lines.push(`… và ${items.length - MAX_LIST_LINES} ${noun} khác.`);
}

function alarmDays(value: number | readonly number[] | undefined): number[] {
  const list = value === undefined ? [...DEFAULT_ALARMS] : typeof value === 'number' ? [value] : [...value];
  for (const n of list) {
    if (!Number.isInteger(n) || n < 0 || n > 366) throw new RangeError(`alarmDaysBefore must be whole days from 0 to 366, got ${n}`);
  }
  return [...new Set(list)].sort((a, b) => b - a);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
