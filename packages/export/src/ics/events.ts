import {
  NEXT_WORKING_DAY_BASIS,
  obligations,
  type BeforeReading,
  type Deadline,
  type DayInfo,
  type Due,
  type Duty,
  type DutyRole,
  type IsoDate,
  type Obligations,
  type Plan,
  type WorkingDayCalendar,
} from '@kehoach/core';
import { byRegistryOrder, planContext, type PlanContext } from '../shared/context.js';
import { describeDeadline, summarize } from '../shared/text.js';
import { viDate, viDateWithWeekday } from '../shared/dates.js';
import { recurrenceRule } from './dates.js';

/** Which date of a deadline the calendar shows. */
export type IcsDateChoice = 'stated' | 'effective';

/** Options of `toIcs()` and `unitCalendars()`. */
export interface IcsOptions {
  /** Only the duties of this unit, including those of the groups it belongs to. */
  unit?: string;
  /**
   * `stated` (default): the date the document states. `effective`: the last day on the
   * working-day calendar (a deadline on a weekend or holiday moves to the next working day,
   * Civil Code 2015 Art. 148(4)).
   */
  dates?: IcsDateChoice;
  /** Reminders, in days before the deadline, at 08:00 local time. Best effort: many clients drop alarms of subscribed calendars. */
  alarmDaysBefore?: number | readonly number[];
  /** Working-day calendar for effective dates; Vietnam's by default. */
  calendar?: WorkingDayCalendar;
  /** Reading of "trước ngày X"; `no-later-than` by default. */
  reading?: BeforeReading;
  /** First due date to include; the plan's period start by default. */
  from?: IsoDate;
  /** Last due date to include; the plan's period end by default. */
  to?: IsoDate;
  /** Calendar name (NAME and X-WR-CALNAME); derived from the plan and the unit by default. */
  name?: string;
}

/** @internal One occurrence of a series: the date stated, and the date shown. */
export interface Occurrence {
  stated: IsoDate;
  shown: IsoDate;
  due: Due;
}

/** @internal A VEVENT to write, with its overridden occurrences. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  categories: string[];
  /** DTSTART: the first date shown, or for a recurring event the first stated date. */
  start: IsoDate;
  /** RRULE value, with a DATE UNTIL. */
  rrule?: string;
  /** Occurrences moved off the rule: RECURRENCE-ID is the stated date, DTSTART the date shown. */
  overrides: { recurrenceId: IsoDate; start: IsoDate }[];
  /** Every occurrence the event stands for. */
  occurrences: Occurrence[];
  /** The duties behind the event. */
  duties: Duty[];
}

/** @internal Everything a calendar file says, before serialization. */
export interface CalendarModel {
  name: string;
  description: string;
  stamp: IsoDate;
  events: CalendarEvent[];
  alarms: number[];
}

const ROLE: Record<DutyRole, string> = { lead: 'chủ trì', partner: 'phối hợp', reporter: 'báo cáo' };
const ROLE_CATEGORY: Record<DutyRole, string> = { lead: 'Chủ trì', partner: 'Phối hợp', reporter: 'Báo cáo' };
const MAX_UNDATED_LINES = 60;

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
  const dated = all.dated.filter(mine);
  const choice = options.dates ?? 'stated';

  const series = new Map<string, Duty[]>();
  for (const duty of dated) {
    const key = seriesKey(duty, unit !== undefined);
    let list = series.get(key);
    if (!list) series.set(key, (list = []));
    list.push(duty);
  }

  const events: CalendarEvent[] = [];
  for (const [key, duties] of series) events.push(...toEvents(context, key, duties, choice, unit));
  events.sort((a, b) => cmp(a.occurrences[0]!.shown, b.occurrences[0]!.shown) || cmp(a.uid, b.uid));

  return {
    name: options.name ?? calendarName(context, unit),
    description: calendarDescription(context, choice, unit, [...all.triggered, ...all.undated].filter(mine)),
    stamp: plan.issuedOn,
    events,
    alarms: alarmDays(options.alarmDaysBefore),
  };
}

/** @internal `obligations()` with the options that matter to it. */
export function computeDuties(plan: Plan, options: IcsOptions): Obligations {
  return obligations(plan, {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.reading === undefined ? {} : { reading: options.reading }),
  });
}

/** @internal The duties of `unit`: its own, and those of groups it belongs to that act together. */
export function concerns(context: PlanContext, unit: string): (duty: Duty) => boolean {
  const mine = context.index.concerns(unit);
  return (duty) => mine(duty.unit);
}

function seriesKey(duty: Duty, perUnit: boolean): string {
  const base = `${duty.source.ruleId ?? duty.source.nodeId}#${duty.source.deadlineIndex}`;
  return perUnit ? `${base}/${duty.role}/${duty.unit}` : base;
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

function toEvents(context: PlanContext, key: string, duties: Duty[], choice: IcsDateChoice, unit: string | undefined): CalendarEvent[] {
  const first = duties[0]!;
  const byStated = new Map<IsoDate, Due>();
  for (const d of duties) if (!byStated.has(d.due!.stated)) byStated.set(d.due!.stated, d.due!);
  const occurrences: Occurrence[] = [...byStated.values()]
    .sort((a, b) => cmp(a.stated, b.stated))
    .map((due) => ({ stated: due.stated, shown: choice === 'effective' ? due.effective : due.stated, due }));
  const uid = uidOf(context.plan, key);
  const summary = summaryOf(context, first, unit);
  const categories = categoriesOf(context, first, unit, occurrences.length > 1);
  const base = { summary, categories, duties };
  const description = descriptionOf(context, duties, occurrences, choice, unit);

  const rrule = first.deadline.kind === 'recurring' ? recurrenceRule(first.deadline, occurrences.map((o) => o.stated)) : undefined;
  if (rrule !== undefined) {
    const overrides = occurrences.filter((o) => o.shown !== o.stated).map((o) => ({ recurrenceId: o.stated, start: o.shown }));
    return [{ uid, ...base, description, start: occurrences[0]!.stated, rrule, overrides, occurrences }];
  }
  if (occurrences.length === 1) {
    return [{ uid, ...base, description, start: occurrences[0]!.shown, overrides: [], occurrences }];
  }
  // Dates no single rule describes: one event per occurrence, each with its own stable UID.
  return occurrences.map((o) => ({
    uid: uidOf(context.plan, `${key}/${o.stated}`),
    ...base,
    description: descriptionOf(context, duties, [o], choice, unit),
    start: o.shown,
    overrides: [],
    occurrences: [o],
  }));
}

function summaryOf(context: PlanContext, duty: Duty, unit: string | undefined): string {
  const info = context.nodes.get(duty.source.nodeId);
  const path = info?.path ? `${info.path} · ` : '';
  if (duty.role === 'reporter') return `${path}${summarize(duty.what)} (gửi ${context.short(duty.for)})`;
  const text = summarize(duty.what);
  return unit !== undefined && duty.role === 'partner' ? `${path}Phối hợp: ${text}` : `${path}${text}`;
}

function categoriesOf(context: PlanContext, duty: Duty, unit: string | undefined, recurring: boolean): string[] {
  const part = context.nodes.get(duty.source.nodeId)?.part;
  const out: string[] = [];
  if (part !== undefined) {
    const title = part.type === 'section' ? part.title : undefined;
    out.push([part.number === undefined ? undefined : `${part.number}.`, title].filter((p) => p !== undefined).join(' ') || part.id);
  }
  if (unit !== undefined) out.push(ROLE_CATEGORY[duty.role]);
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
  duties: Duty[],
  occurrences: Occurrence[],
  choice: IcsDateChoice,
  unit: string | undefined,
): string {
  const first = duties[0]!;
  const info = context.nodes.get(first.source.nodeId);
  const node = info?.node;
  const lines: string[] = [];

  if (unit !== undefined) {
    const via = first.viaGroup === undefined ? '' : `, thuộc ${context.name(first.viaGroup)}`;
    const who = first.unit === unit ? context.name(unit) : `${context.name(first.unit)}, có ${context.name(unit)}`;
    lines.push(`Vai trò: ${ROLE[first.role]} (${who}${via})`);
  }

  if (first.role === 'reporter') {
    const rule = first.source.ruleId === undefined ? undefined : context.rules.get(first.source.ruleId)?.rule;
    lines.push(`Báo cáo: ${first.what}`);
    let to = `Gửi: ${context.name(first.for)}`;
    if (first.via !== undefined) to += `, thông qua ${context.name(first.via)} tổng hợp`;
    lines.push(to);
    if (first.cc.length > 0) lines.push(`Đồng gửi: ${first.cc.map((k) => context.name(k)).join('; ')}`);
    if (rule?.from !== undefined) lines.push(`Báo cáo từ: ${context.assignment(rule.from)}`);
  }

  if (node !== undefined && node.type !== 'section') {
    lines.push(`${node.type === 'task' ? 'Nhiệm vụ' : 'Nội dung'}: ${node.text}`);
    if (node.type === 'task') {
      lines.push(`Chủ trì: ${context.assignment(node.lead)}`);
      if (node.partners.length > 0) lines.push(`Phối hợp: ${node.partners.map((p) => context.assignment(p)).join('; ')}`);
    }
  }

  if (unit === undefined) {
    const roles: DutyRole[] = ['lead', 'partner', 'reporter'];
    for (const role of roles) {
      const units = byRegistryOrder(context, duties.filter((d) => d.role === role).map((d) => d.unit));
      if (units.length > 0) lines.push(`Đơn vị ${ROLE[role]} (${units.length}): ${units.map((k) => context.short(k)).join('; ')}`);
    }
  }

  lines.push(...deadlineLines(first.deadline, occurrences, choice));
  lines.push(`Nguồn: mục ${info?.citation || first.source.nodeId}, ${context.planRef}`);
  return lines.join('\n');
}

function deadlineLines(deadline: Deadline, occurrences: Occurrence[], choice: IcsDateChoice): string[] {
  const lines = [`Thời hạn: ${describeDeadline(deadline)}`];
  if (occurrences.length > 1) {
    lines.push(`Các lần: ${occurrences.map((o) => viDate(o.stated)).join(', ')}`);
  }
  for (const { due } of occurrences) {
    if (due.lastDay !== due.stated) {
      lines.push(`Đọc “trước ngày ${viDate(due.stated)}” theo nghĩa đen: ngày cuối cùng là ${viDateWithWeekday(due.lastDay)}.`);
    }
    if (due.shift !== undefined) {
      const first = due.shift.skipped[0]!;
      lines.push(
        `Hạn thực tế: ${viDateWithWeekday(due.effective)}, vì ${viDateWithWeekday(first.date)} là ${dayOff(first)} (${due.shift.basis}).`,
      );
    }
  }
  lines.push(
    choice === 'effective'
      ? 'Ngày trên lịch: hạn thực tế theo lịch ngày làm việc.'
      : 'Ngày trên lịch: ngày ghi trong văn bản.',
  );
  return lines;
}

function dayOff(info: DayInfo): string {
  if (info.kind === 'weekend') return 'ngày nghỉ hằng tuần';
  if (info.kind === 'compensatory') return `ngày nghỉ bù${info.name ? ` (${info.name.vi})` : ''}`;
  if (info.kind === 'holiday') return `ngày nghỉ lễ${info.name ? ` (${info.name.vi})` : ''}`;
  return info.name ? `ngày nghỉ (${info.name.vi})` : 'ngày nghỉ';
}

function calendarName(context: PlanContext, unit: string | undefined): string {
  const plan = `Kế hoạch ${context.plan.number} (${context.short(context.plan.issuer)})`;
  return unit === undefined ? plan : `${context.short(unit)} – ${plan}`;
}

function calendarDescription(context: PlanContext, choice: IcsDateChoice, unit: string | undefined, undated: Duty[]): string {
  const { plan } = context;
  const lines = [`${context.planRef} ngày ${viDate(plan.issuedOn)} của ${context.name(plan.issuer)}: ${plan.title}`];
  if (unit !== undefined) lines.push(`Lịch của ${context.name(unit)}, gồm cả việc của các nhóm đơn vị có ${context.short(unit)}.`);
  lines.push(
    choice === 'effective'
      ? `Ngày trên lịch: hạn thực tế theo lịch ngày làm việc (${NEXT_WORKING_DAY_BASIS}).`
      : 'Ngày trên lịch: ngày ghi trong văn bản.',
  );
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
  if (items.length > 0) {
    lines.push('Việc không có ngày cụ thể, không đưa lên lịch:');
    lines.push(...items.slice(0, MAX_UNDATED_LINES));
    if (items.length > MAX_UNDATED_LINES) lines.push(`… và ${items.length - MAX_UNDATED_LINES} việc khác.`);
  }
  return lines.join('\n');
}

function alarmDays(value: number | readonly number[] | undefined): number[] {
  const list = value === undefined ? [] : typeof value === 'number' ? [value] : [...value];
  for (const n of list) {
    if (!Number.isInteger(n) || n < 0 || n > 366) throw new RangeError(`alarmDaysBefore must be whole days from 0 to 366, got ${n}`);
  }
  return [...new Set(list)].sort((a, b) => b - a);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
