import {
  NEXT_WORKING_DAY_BASIS,
  addDays,
  formatVietnameseDate,
  type DeadlineReading,
  type Duty,
  type DutyRole,
  type Plan,
  type Takeover,
  type UnownedCode,
  type UnownedDeadline,
} from '@kehoach/core';
import { unitNames } from './unit-names.js';

/** @internal The words of each duty role. */
export const ROLE_VI: Record<DutyRole, string> = { lead: 'chủ trì', owner: 'thực hiện', partner: 'phối hợp', reporter: 'báo cáo' };

/** @internal A duty's unit by its short name, or the members of a group the plan does not list. */
export function dutyUnit(plan: Plan, duty: Pick<Duty, 'unit' | 'others'>): string {
  const name = unitNames(plan);
  return duty.others ? `Các thành viên khác của nhóm ${name(duty.unit)}` : name(duty.unit);
}

/** @internal How the dates shown are read, in one line. */
export function readingLine(reading: DeadlineReading): string {
  return reading === 'safe'
    ? 'Cách đọc: an toàn (“trước ngày X” là hết ngày liền trước X; gặp ngày nghỉ thì lùi về ngày làm việc trước đó). Hạn theo luật ghi bên cạnh khi khác.'
    : `Cách đọc: theo luật (ngày X; gặp ngày nghỉ thì là ngày làm việc tiếp theo, ${NEXT_WORKING_DAY_BASIS}).`;
}

/** @internal "Sở Nội vụ thay Sở LĐTBXH, đã ngừng hoạt động từ 01/03/2025 (phần việc: …); căn cứ …". */
export function takeoverLine(plan: Plan, duty: Pick<Duty, 'unit' | 'reassigned'>): string {
  const name = unitNames(plan);
  return `${name(duty.unit)} ${(duty.reassigned ?? []).map((t) => takeoverText(plan, t)).join('; ')}`;
}

/** @internal One takeover in words. */
export function takeoverText(plan: Plan, t: Takeover): string {
  const name = unitNames(plan);
  const details = [...(t.for === undefined ? [] : [`phần việc: ${t.for}`]), ...(t.chosenBy === 'handover' ? ['theo lựa chọn của kế hoạch'] : [])];
  const basis = t.basis === undefined ? '' : `; căn cứ ${t.basis}`;
  return `thay ${name(t.from)}, đã ngừng hoạt động từ ${formatVietnameseDate(addDays(t.until, 1))}${details.length === 0 ? '' : ` (${details.join('; ')})`}${basis}`;
}

/** @internal Unowned occurrences of one deadline with one reason. */
export interface UnownedGroup {
  code: UnownedCode;
  /** `VI.t1/r1#0`. */
  source: string;
  what: string;
  /** Stated dates, or the stretches of the plan for duties without a date. */
  when: string[];
  units: string[];
  /** The message when all agree, else a summary naming the units. */
  text: string;
}

const SUMMARY: Record<UnownedCode, string> = {
  'no-owner': 'không có đơn vị thực hiện',
  'no-reporter': 'không có đơn vị báo cáo',
  'empty-group': 'nhóm không có thành viên vào thời điểm này',
  orphaned: 'đã ngừng hoạt động và không có đơn vị kế thừa',
  'ambiguous-successor': 'đã ngừng hoạt động, chức năng chia cho nhiều đơn vị; cần chọn đơn vị tiếp nhận bằng handovers',
  'not-yet-formed': 'chưa được thành lập vào thời điểm này',
};

/**
 * @internal Unowned occurrences grouped by deadline and reason, in the order `obligations()`
 * gives them: eight ceased districts that no longer owe a yearly report are one line.
 */
export function groupUnowned(plan: Plan, unowned: readonly UnownedDeadline[]): UnownedGroup[] {
  const name = unitNames(plan);
  const groups = new Map<string, { entries: UnownedDeadline[] }>();
  for (const u of unowned) {
    const key = `${u.source.ruleId ?? u.source.nodeId}#${u.source.deadlineIndex}|${u.code}`;
    const group = groups.get(key);
    if (group) group.entries.push(u);
    else groups.set(key, { entries: [u] });
  }
  return [...groups.values()].map(({ entries }) => {
    const first = entries[0]!;
    const units = byRegistryOrder(plan, entries.flatMap((e) => (e.unit === undefined ? [] : [e.unit])));
    const when: string[] = [];
    for (const e of entries) {
      const text =
        e.due !== undefined
          ? formatVietnameseDate(e.due.stated)
          : e.during !== undefined
            ? `${formatVietnameseDate(e.during.from)} – ${formatVietnameseDate(e.during.to)}`
            : 'cả kỳ';
      if (!when.includes(text)) when.push(text);
    }
    const messages = new Set(entries.map((e) => e.message.vi));
    const text = messages.size === 1 ? first.message.vi : `${capitalize(SUMMARY[first.code])}: ${units.map(name).join(', ')}.`;
    return { code: first.code, source: `${first.source.ruleId ?? first.source.nodeId}`, what: first.what, when, units, text };
  });
}

/** @internal Unit and group keys without repeats, in registry order. */
export function byRegistryOrder(plan: Plan, keys: Iterable<string>): string[] {
  const order = new Map<string, number>([...plan.units, ...plan.groups].map((u, i) => [u.key, i]));
  return [...new Set(keys)].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
