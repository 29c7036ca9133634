import {
  formatVietnameseDate,
  obligations,
  showsLegalLimit,
  walkPlan,
  type DeadlineReading,
  type Due,
  type Duty,
  type IsoDate,
  type Plan,
  type WorkingDayCalendar,
} from '@kehoach/core';
import { documentName } from '@kehoach/export';
import { ROLE_VI, byRegistryOrder, dutyUnit, groupUnowned, readingLine, takeoverText } from '../duty-text.js';
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
  /** Reading of "trước ngày X"; the plan's own, else `safe`. */
  reading?: DeadlineReading;
  /** The plan as named on the command line, for the next steps shown once the plan has ended. */
  planPath?: string;
}

/**
 * A short text summary of a plan: its header, counts, its next duties grouped by date (the date
 * to work to, the legal limit beside it where it differs, "dự kiến" for provisional dates, the
 * other members of incomplete groups, duties taken over from ceased units), duties an event
 * triggers, and the deadlines nobody owes with their coded reasons.
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
  const all = obligations(plan, {
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
    ...(options.reading === undefined ? {} : { reading: options.reading }),
  });
  const reading = options.reading ?? plan.reading ?? 'safe';
  // One expansion serves both the counts and the upcoming duties (already sorted by effective date).
  const upcoming = all.dated.filter((d) => d.due!.effective >= asOf);

  const doc = documentName(plan);
  const lines = [
    `${doc.ref} — ${name(plan.issuer)}, ${plan.place}, ngày ${formatVietnameseDate(plan.issuedOn)}`,
    plan.title,
    `Giai đoạn ${formatVietnameseDate(plan.period.from)} – ${formatVietnameseDate(plan.period.to)}` +
      ` · ${plan.units.length} đơn vị, ${plan.groups.length} nhóm · ${counts.tasks} nhiệm vụ · ${counts.reports} quy định báo cáo · ${counts.targets} chỉ tiêu`,
    `Nghĩa vụ: ${all.dated.length} có thời hạn, ${all.undated.length} không nêu ngày, ${all.triggered.length} khi có sự kiện` +
      (all.unowned.length > 0 ? ` · ${all.unowned.length} lần đến hạn không có đơn vị thực hiện` : ''),
    readingLine(reading),
    '',
    ...(ended
      ? [`${doc.name} đã hết thời hạn: giai đoạn kết thúc ngày ${formatVietnameseDate(plan.period.to)} (hôm nay là ${formatVietnameseDate(today)}).`]
      : []),
    ended && options.asOf === undefined
      ? `Các hạn kể từ ngày ban hành ${formatVietnameseDate(asOf)}:`
      : `Sắp đến hạn (từ ${formatVietnameseDate(asOf)}):`,
  ];
  const groups = groupByDueAndSource(upcoming).slice(0, limit);
  if (groups.length === 0) lines.push('  (không còn hạn nào trong kỳ)');
  for (const group of groups) {
    const first = group[0]!;
    const due = first.due!;
    const to = first.role === 'reporter' ? ` → ${name(first.for)}${first.via ? ` qua ${name(first.via)}` : ''}` : '';
    const cc = first.cc.length > 0 ? `, đồng gửi ${first.cc.map(name).join(', ')}` : '';
    lines.push(`  ${dueText(due)}  ${clip(first.what, 70)}${to}${cc}  [mục ${first.source.nodeId}]`);
    lines.push(`      ${unitsText(plan, group, ROLE_VI[first.role])}`);
    for (const d of group) {
      if (d.reassigned !== undefined) lines.push(`      ${clip(`${name(d.unit)} ${d.reassigned.map((t) => takeoverText(plan, t)).join('; ')}`, 160)}`);
    }
  }
  if (all.triggered.length > 0) {
    lines.push('', 'Khi có sự kiện:');
    for (const group of groupBySource(all.triggered)) {
      const first = group[0]!;
      // A duty split where a reorganisation changes who owes it is one unit, counted once.
      const leads = [...new Set(group.filter((d) => d.role !== 'partner').map((d) => dutyUnit(plan, d)))];
      const partners = new Set(group.filter((d) => d.role === 'partner').map((d) => dutyUnit(plan, d)).filter((u) => !leads.includes(u))).size;
      const with_ = partners > 0 ? `, ${partners} đơn vị phối hợp` : '';
      const who = leads.length > 3 ? `${leads.length} đơn vị (${clip(leads.join(', '), 60)})` : leads.join(', ');
      lines.push(`  ${clip(first.trigger ?? '', 60)} — ${who}${with_}  [mục ${first.source.nodeId}]`);
    }
  }
  const unowned = all.unowned.filter((u) => (u.due !== undefined ? u.due.effective >= asOf : u.during === undefined || u.during.to >= asOf));
  if (unowned.length > 0) {
    const groups = groupUnowned(plan, unowned);
    lines.push('', `Không có đơn vị thực hiện (${unowned.length} lần đến hạn):`);
    for (const group of groups.slice(0, limit)) {
      lines.push(`  [${group.code}] ${group.when.join(', ')}  ${clip(group.what, 70)}  [mục ${group.source}]`);
      lines.push(`      ${clip(group.text, 160)}`);
    }
    if (groups.length > limit) lines.push(`  … và ${groups.length - limit} thời hạn khác (kehoach obligations để xem hết)`);
  }
  if (ended) lines.push('', ...nextSteps(plan, options.planPath ?? '<kế-hoạch>', busiest(all.dated) ?? plan.issuer));
  return `${lines.join('\n')}\n`;
}

/** The unit owing the most dated duties (the first such in the plan's order): the example of `--unit`. */
function busiest(duties: readonly Duty[]): string | undefined {
  const counts = new Map<string, number>();
  for (const d of duties) counts.set(d.unit, (counts.get(d.unit) ?? 0) + 1);
  let best: string | undefined;
  for (const [unit, n] of counts) if (best === undefined || n > counts.get(best)!) best = unit;
  return best;
}

/** What a user can do with a plan whose period has ended: review it, report on it, start the next one. */
function nextSteps(plan: Plan, at: string, unit: string): string[] {
  const arg = /^[\w./@:-]+$/.test(at) ? at : `'${at.replaceAll("'", "'\\''")}'`;
  const year = Number(plan.period.to.slice(0, 4));
  const steps: [string, string][] = [
    [`npx kehoach summary ${arg} --as-of ${year}-01-01`, `các hạn từ một ngày trong kỳ (năm cuối ${year})`],
    [`npx kehoach obligations ${arg} --unit ${unit}`, 'mọi nghĩa vụ của một đơn vị, để tổng kết'],
    [`npx kehoach export ${arg} --format html --out bao-cao.html`, 'báo cáo HTML để lưu hồ sơ, in khổ A4'],
    ['npx kehoach init ke-hoach-moi', `lập kế hoạch giai đoạn sau (từ ${year + 1})`],
    [`npx kehoach diff ${arg} ke-hoach-moi`, 'so sánh kế hoạch mới với kế hoạch này'],
  ];
  const width = Math.max(...steps.map(([c]) => c.length));
  return ['Tiếp theo:', ...steps.map(([command, what]) => `  ${command.padEnd(width)}  ${what}`)];
}

/** "14/11/2025 (hạn ghi 15/11/2025; hạn theo luật 17/11/2025; dự kiến)". */
function dueText(due: Due): string {
  const notes = [
    ...(due.stated === due.effective ? [] : [`hạn ghi ${formatVietnameseDate(due.stated)}`]),
    ...(showsLegalLimit(due) && due.legal.date !== due.stated ? [`hạn theo luật ${formatVietnameseDate(due.legal.date)}`] : []),
    ...(due.provisional ? ['dự kiến'] : []),
  ];
  return `${formatVietnameseDate(due.effective)}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
}

/** "22 đơn vị báo cáo: Sở A, Sở B, … và các thành viên khác của nhóm Các sở, ban, ngành". */
function unitsText(plan: Plan, group: readonly Duty[], role: string): string {
  const name = unitNames(plan);
  const named = byRegistryOrder(plan, group.filter((d) => !d.others).map((d) => d.unit)).map(name);
  const others = byRegistryOrder(plan, group.filter((d) => d.others).map((d) => d.unit)).map((g) => `các thành viên khác của nhóm ${name(g)}`);
  const list = clip(named.join(', '), 110);
  const tail = others.length === 0 ? '' : `${list.endsWith('…') || list === '' ? '' : ' …'} và ${others.join(', ')}`;
  const count = named.length === 0 ? '' : `${named.length} `;
  return `${count}đơn vị ${role}: ${list}${tail}`;
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
