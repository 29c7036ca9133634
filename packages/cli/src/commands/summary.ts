import { formatVietnameseDate, obligations, walkPlan, type Duty, type IsoDate, type Plan, type WorkingDayCalendar } from '@kehoach/core';
import { unitNames } from '../unit-names.js';

/** Options of the summary. */
export interface SummaryOptions {
  /** Show duties due from this day on; today by default, or the issue date once the plan has ended. */
  asOf?: IsoDate;
  /** How many due dates to list. */
  limit?: number;
  /** Today, for the default of `asOf`. */
  today?: IsoDate;
  /** Working-day calendar; Vietnam's by default. */
  calendar?: WorkingDayCalendar;
}

/**
 * A short text summary of a plan: its header, counts, and its next duties grouped by date.
 *
 * @example
 * console.log(summarizePlan(plan, { asOf: '2021-11-29' }));
 */
export function summarizePlan(plan: Plan, options: SummaryOptions = {}): string {
  const today = options.today ?? (new Date().toISOString().slice(0, 10) as IsoDate);
  const ended = today > plan.period.to;
  const asOf = options.asOf ?? (ended ? plan.issuedOn : today);
  const limit = options.limit ?? 8;
  const name = unitNames(plan);

  const counts = { tasks: 0, leads: 0, reports: 0, targets: 0 };
  for (const { node } of walkPlan(plan)) {
    if (node.type === 'task') counts.tasks += 1;
    if (node.type !== 'section') {
      counts.reports += node.reports?.length ?? 0;
      counts.targets += node.targets?.length ?? 0;
    }
  }
  const all = obligations(plan, options.calendar ? { calendar: options.calendar } : {});
  // One expansion serves both the counts and the upcoming duties (already sorted by effective date).
  const upcoming = all.dated.filter((d) => d.due!.effective >= asOf);

  const lines = [
    `Kế hoạch ${plan.number} — ${name(plan.issuer)}, ${plan.place}, ngày ${formatVietnameseDate(plan.issuedOn)}`,
    plan.title,
    `Giai đoạn ${formatVietnameseDate(plan.period.from)} – ${formatVietnameseDate(plan.period.to)}` +
      ` · ${plan.units.length} đơn vị, ${plan.groups.length} nhóm · ${counts.tasks} nhiệm vụ · ${counts.reports} quy định báo cáo · ${counts.targets} chỉ tiêu`,
    `Nghĩa vụ: ${all.dated.length} có thời hạn, ${all.undated.length} không nêu ngày, ${all.triggered.length} khi có sự kiện`,
    '',
    ended && options.asOf === undefined
      ? `Kế hoạch đã hết thời hạn; các hạn kể từ ngày ban hành ${formatVietnameseDate(asOf)}:`
      : `Sắp đến hạn (từ ${formatVietnameseDate(asOf)}):`,
  ];
  const groups = groupByDueAndSource(upcoming).slice(0, limit);
  if (groups.length === 0) lines.push('  (không còn hạn nào trong kỳ)');
  for (const group of groups) {
    const first = group[0]!;
    const due = first.due!;
    const moved = due.effective === due.stated ? '' : ` (hạn thực tế ${formatVietnameseDate(due.effective)})`;
    const to = first.role === 'reporter' ? ` → ${name(first.for)}${first.via ? ` qua ${name(first.via)}` : ''}` : '';
    const cc = first.cc.length > 0 ? `, đồng gửi ${first.cc.map(name).join(', ')}` : '';
    lines.push(`  ${formatVietnameseDate(due.stated)}${moved}  ${clip(first.what, 70)}${to}${cc}  [mục ${first.source.nodeId}]`);
    lines.push(`      ${group.length} đơn vị: ${clip(group.map((d) => name(d.unit)).join(', '), 110)}`);
  }
  if (all.triggered.length > 0) {
    lines.push('', 'Khi có sự kiện:');
    for (const group of groupBySource(all.triggered)) {
      const first = group[0]!;
      const leads = group.filter((d) => d.role !== 'partner').map((d) => name(d.unit));
      const partners = group.length - leads.length;
      const with_ = partners > 0 ? `, ${partners} đơn vị phối hợp` : '';
      const who = leads.length > 3 ? `${leads.length} đơn vị (${clip(leads.join(', '), 60)})` : leads.join(', ');
      lines.push(`  ${clip(first.trigger ?? '', 60)} — ${who}${with_}  [mục ${first.source.nodeId}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function groupByDueAndSource(duties: readonly Duty[]): Duty[][] {
  return groupBy(duties, (d) => `${d.due!.stated}|${d.source.ruleId ?? d.source.nodeId}|${d.role}`);
}

function groupBySource(duties: readonly Duty[]): Duty[][] {
  return groupBy(duties, (d) => `${d.source.ruleId ?? d.source.nodeId}#${d.source.deadlineIndex}`);
}

function groupBy(duties: readonly Duty[], keyOf: (duty: Duty) => string): Duty[][] {
  const groups = new Map<string, Duty[]>();
  for (const d of duties) {
    const key = keyOf(d);
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()];
}

function clip(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length <= width ? oneLine : `${oneLine.slice(0, width - 1)}…`;
}
