import {
  NEXT_WORKING_DAY_BASIS,
  addDays,
  obligations,
  showsLegalLimit,
  type CounterpartChange,
  type DeadlineReading,
  type Due,
  type Duty,
  type DutyRole,
  type IsoDate,
  type Obligations,
  type Plan,
  type Takeover,
  type UnownedCode,
  type UnownedDeadline,
  type WorkingDayCalendar,
} from '@kehoach/core';
import type { PlanContext } from './context.js';
import { viDate } from './dates.js';
import { describeDeadline } from './text.js';

/** Options of every export that lists duties, passed on to `obligations()`. */
export interface DutyOptions {
  /** Working-day calendar; Vietnam's by default. */
  calendar?: WorkingDayCalendar;
  /**
   * How "trước ngày X" is read: `safe` (the last working day before X, shown with the legal
   * limit beside it) or `legal` (X, or the next working day when X is a day off). The plan's
   * own `reading` by default, else `safe`.
   */
  reading?: DeadlineReading;
  /** First date to work to to include; the plan's period start by default. */
  from?: IsoDate;
  /** Last date to work to to include; the plan's period end by default. */
  to?: IsoDate;
}

/** @internal `obligations()` with the options an export passes on. */
export function computeDuties(plan: Plan, options: DutyOptions): Obligations {
  return obligations(plan, {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.reading === undefined ? {} : { reading: options.reading }),
  });
}

/** @internal How the dates of an export are read, in one sentence for its reader. */
export function readingNote(reading: DeadlineReading): string {
  return reading === 'safe'
    ? `Ngày ghi là ngày cần hoàn thành theo cách đọc an toàn: “trước ngày X” là hết ngày liền trước X, gặp ngày nghỉ thì lùi về ngày làm việc trước đó. Hạn theo luật (ngày X, gặp ngày nghỉ thì là ngày làm việc tiếp theo, ${NEXT_WORKING_DAY_BASIS}) ghi bên cạnh khi khác.`
    : `Ngày ghi là hạn theo luật: ngày ghi trong văn bản, gặp ngày nghỉ thì là ngày làm việc tiếp theo (${NEXT_WORKING_DAY_BASIS}).`;
}

/** @internal The words of each duty role. */
export const DUTY_ROLE_WORDS: Record<DutyRole, string> = {
  lead: 'chủ trì',
  owner: 'thực hiện',
  partner: 'phối hợp',
  reporter: 'báo cáo',
};

/** @internal The legal basis shown for a legal limit the calendar moved off a day off. */
function legalBasis(due: Due): string {
  return due.legal.shift === undefined ? 'ngày ghi trong văn bản' : due.legal.basis;
}

/**
 * @internal "Hạn theo luật: 17/11/2025 (Bộ luật Dân sự 2015, Điều 148 khoản 5)", when the legal
 * limit differs from the date to work to; `undefined` otherwise.
 */
export function legalLimitLine(due: Due): string | undefined {
  if (!showsLegalLimit(due)) return undefined;
  return `Hạn theo luật: ${viDate(due.legal.date)} (${legalBasis(due)})`;
}

/** @internal The line that marks a date resting on a holiday schedule not announced yet. */
export const PROVISIONAL_LINE = 'Ngày dự kiến: lịch nghỉ lễ, Tết của năm này chưa được công bố chính thức, ngày có thể thay đổi.';

/**
 * @internal What to say beside a date to work to, in parentheses: the legal limit where it
 * differs, and "dự kiến" when provisional: `['hạn theo luật 17/11/2025', 'dự kiến']`.
 */
export function dueNotes(due: Due): string[] {
  const notes: string[] = [];
  if (showsLegalLimit(due)) notes.push(`hạn theo luật ${viDate(due.legal.date)}`);
  if (due.provisional) notes.push('dự kiến');
  return notes;
}

/** @internal `14/11/2025 (hạn theo luật 17/11/2025; dự kiến)`. */
export function dueText(due: Due): string {
  const notes = dueNotes(due);
  return notes.length === 0 ? viDate(due.effective) : `${viDate(due.effective)} (${notes.join('; ')})`;
}

/** @internal "các thành viên khác của nhóm Các sở, ban, ngành". */
export function othersName(context: PlanContext, group: string): string {
  return `các thành viên khác của nhóm ${context.name(group)}`;
}

/** @internal A duty's unit as people read it: its name, or the other members of its group. */
export function dutyUnitName(context: PlanContext, duty: Pick<Duty, 'unit' | 'others'>, short = false): string {
  if (duty.others) return othersName(context, duty.unit);
  return short ? context.short(duty.unit) : context.name(duty.unit);
}

/**
 * @internal Names of the units of some duties, in registry order, with "… và các thành viên
 * khác của nhóm X" last for the members the plan does not list.
 */
export function unitList<D extends Pick<Duty, 'unit' | 'others'>>(
  context: PlanContext,
  duties: readonly D[],
  short = true,
  annotate?: (duty: D) => string | undefined,
): string {
  const byUnit = new Map<string, D>();
  for (const d of duties) if (!d.others && !byUnit.has(d.unit)) byUnit.set(d.unit, d);
  const named = [...byUnit.keys()].sort((a, b) => context.order(a) - context.order(b) || cmp(a, b));
  const others = [...new Set(duties.filter((d) => d.others).map((d) => d.unit))].sort((a, b) => context.order(a) - context.order(b) || cmp(a, b));
  const names = named
    .map((k) => {
      const note = annotate?.(byUnit.get(k)!);
      return `${short ? context.short(k) : context.name(k)}${note === undefined ? '' : ` (${note})`}`;
    })
    .join('; ');
  const rest = others.map((g) => othersName(context, g)).join('; ');
  if (rest === '') return names;
  return names === '' ? capitalize(rest) : `${names} … và ${rest}`;
}

/**
 * @internal One takeover in words: "thay Sở LĐTBXH, đã ngừng hoạt động từ 01/03/2025 (phần
 * việc: giảm nghèo; theo lựa chọn của kế hoạch); căn cứ Nghị định số …".
 */
export function takeoverText(context: PlanContext, takeover: Takeover): string {
  const details: string[] = [];
  if (takeover.for !== undefined) details.push(`phần việc: ${takeover.for}`);
  if (takeover.chosenBy === 'handover') details.push('theo lựa chọn của kế hoạch');
  const detail = details.length === 0 ? '' : ` (${details.join('; ')})`;
  const basis = takeover.basis === undefined ? '' : `; căn cứ ${takeover.basis}`;
  return `thay ${context.short(takeover.from)}, đã ngừng hoạt động từ ${viDate(addDays(takeover.until, 1))}${detail}${basis}`;
}

/** @internal A chain of takeovers, "thay A …; thay B …". */
export function reassignedText(context: PlanContext, chain: readonly Takeover[]): string {
  return chain.map((t) => takeoverText(context, t)).join('; ');
}

const COUNTERPART_ROLE: Record<CounterpartChange['role'], string> = {
  for: 'nơi nhận báo cáo',
  via: 'đơn vị tổng hợp',
  cc: 'nơi đồng gửi',
};

/**
 * @internal A counterparty that had ceased: "Sở LĐTBXH (đơn vị tổng hợp) đã ngừng hoạt động từ
 * 01/03/2025: nay là Sở Nội vụ; căn cứ …", or why nobody stands for it.
 */
export function counterpartText(context: PlanContext, change: CounterpartChange): string {
  const head = `${context.short(change.named)} (${COUNTERPART_ROLE[change.role]})`;
  const r = change.resolution;
  switch (r.kind) {
    case 'moved': {
      const last = r.chain.at(-1)!;
      const basis = last.basis === undefined ? '' : `; căn cứ ${last.basis}`;
      const part = last.for === undefined ? '' : ` (phần việc: ${last.for})`;
      return `${head} đã ngừng hoạt động từ ${viDate(addDays(r.chain[0]!.until, 1))}: nay là ${context.short(r.unit)}${part}${basis}`;
    }
    case 'orphaned':
      return `${head} đã ngừng hoạt động từ ${viDate(addDays(r.until, 1))} và không có đơn vị kế thừa`;
    case 'ambiguous':
      return `${head} đã ngừng hoạt động từ ${viDate(addDays(r.until, 1))}; chức năng chia cho ${r.candidates.map((c) => context.short(c.unit)).join(', ')}, kế hoạch chưa chọn đơn vị nào (handovers)`;
    case 'not-yet-formed':
      return `${head} chỉ được thành lập từ ${viDate(r.from)}`;
  }
}

/** @internal The words of each reason nobody owes an occurrence. */
export const UNOWNED_WORDS: Record<UnownedCode, string> = {
  'no-owner': 'không có đơn vị thực hiện',
  'no-reporter': 'không có đơn vị báo cáo',
  'empty-group': 'nhóm không có thành viên',
  orphaned: 'đơn vị đã ngừng hoạt động, không có đơn vị kế thừa',
  'ambiguous-successor': 'chưa chọn đơn vị kế thừa',
  'not-yet-formed': 'đơn vị chưa được thành lập',
};

/** @internal The occurrences of one deadline nobody owes, grouped by reason. */
export interface UnownedGroup {
  /** `V.6.d/r1#0`. */
  key: string;
  nodeId: string;
  what: string;
  /** The deadline in words. */
  deadline: string;
  /** The reasons, in the order first met, each with the units and the times it covers. */
  reasons: UnownedReason[];
}

/** @internal One reason of an {@link UnownedGroup}. */
export interface UnownedReason {
  code: UnownedCode;
  /** The reason in Vietnamese: the message itself when there is one, else a summary naming the units. */
  text: string;
  /** The units named, in registry order. */
  units: string[];
  /** When: stated dates as dd/mm/yyyy, or the stretch of the plan for duties without a date. */
  when: string[];
}

/**
 * @internal Unowned occurrences grouped per deadline (source and deadline index), in the order
 * `obligations()` gives them, so a yearly report that eight ceased districts no longer owe is
 * one entry with one reason, not eight lines per year.
 */
export function groupUnowned(context: PlanContext, unowned: readonly UnownedDeadline[]): UnownedGroup[] {
  const groups = new Map<string, UnownedGroup & { byCode: Map<string, { entries: UnownedDeadline[] }> }>();
  for (const entry of unowned) {
    const key = `${entry.source.ruleId ?? entry.source.nodeId}#${entry.source.deadlineIndex}`;
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = { key, nodeId: entry.source.nodeId, what: entry.what, deadline: describeDeadline(entry.deadline), reasons: [], byCode: new Map() }));
    }
    let bucket = group.byCode.get(entry.code);
    if (!bucket) group.byCode.set(entry.code, (bucket = { entries: [] }));
    bucket.entries.push(entry);
  }
  return [...groups.values()].map(({ byCode, ...group }) => ({
    ...group,
    reasons: [...byCode].map(([code, { entries }]) => reasonOf(context, code as UnownedCode, entries)),
  }));
}

function reasonOf(context: PlanContext, code: UnownedCode, entries: readonly UnownedDeadline[]): UnownedReason {
  const units = [...new Set(entries.flatMap((e) => (e.unit === undefined ? [] : [e.unit])))].sort(
    (a, b) => context.order(a) - context.order(b) || cmp(a, b),
  );
  const when: string[] = [];
  for (const e of entries) {
    const text = e.due !== undefined ? viDate(e.due.stated) : e.during !== undefined ? `${viDate(e.during.from)} – ${viDate(e.during.to)}` : 'cả kỳ kế hoạch';
    if (!when.includes(text)) when.push(text);
  }
  const messages = [...new Set(entries.map((e) => e.message.vi))];
  const names = units.map((k) => context.short(k)).join(', ');
  let text: string;
  if (messages.length === 1) text = messages[0]!;
  else if (code === 'empty-group') text = `Nhóm không có thành viên nào vào thời điểm này: ${names}.`;
  else if (code === 'orphaned') text = `Đã ngừng hoạt động và không có đơn vị kế thừa: ${names}.`;
  else if (code === 'ambiguous-successor') text = `Đã ngừng hoạt động, chức năng chia cho nhiều đơn vị; cần chọn đơn vị tiếp nhận bằng handovers: ${names}.`;
  else if (code === 'not-yet-formed') text = `Chưa được thành lập vào thời điểm này: ${names}.`;
  else text = messages[0]!;
  return { code, text, units, when };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
