import { formatVietnameseDate, obligations, showsLegalLimit, type Duty, type Obligations, type Plan, type UnownedDeadline } from '@kehoach/core';
import { csvRecords, documentName } from '@kehoach/export';
import { choiceFlag, dateFlag, expectPositionals, ONE_PLAN, parseFlags, readingFlag } from '../args.js';
import { calendarFlag } from '../calendar-file.js';
import { EXIT } from '../cli-error.js';
import { loadPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { knownUnit, unitNames } from '../unit-names.js';
import { ROLE_VI, dutyUnit, groupUnowned, readingLine, takeoverLine } from '../duty-text.js';
import { terminalMessage } from '../terminal.js';
import type { Io } from '../io.js';

const FORMATS = ['table', 'json', 'csv'] as const;

/**
 * `kehoach obligations <plan> [--from DATE] [--to DATE] [--unit KEY] [--reading safe|legal]
 * [--format table|json|csv] [--calendar FILE]`
 */
export async function obligationsCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('obligations', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    unit: { type: 'string' },
    reading: { type: 'string' },
    format: { type: 'string' },
    calendar: { type: 'string' },
    ...LOAD_FLAGS,
  });
  const [planArg] = expectPositionals('obligations', positionals, ONE_PLAN);
  const from = dateFlag('obligations', 'from', values.from);
  const to = dateFlag('obligations', 'to', values.to);
  const reading = readingFlag('obligations', values.reading);
  const format = choiceFlag('obligations', 'format', values.format, FORMATS, 'table');
  const calendar = calendarFlag('obligations', values.calendar);
  const { noExec, root } = await loadSettings('obligations', values);
  const { plan } = await loadPlan(planArg!, { noExec, ...(root !== undefined && { root }) });
  const unit = knownUnit('obligations', plan, values.unit);
  const result = obligations(plan, {
    ...(from && { from }),
    ...(to && { to }),
    ...(unit !== undefined && { unit }),
    ...(reading && { reading }),
    ...(calendar && { calendar }),
  });
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'csv' ? toCsv(plan, result) : terminalMessage(toTable(plan, result)));
  return EXIT.ok;
}

function toTable(plan: Plan, result: Obligations): string {
  const name = unitNames(plan);
  const rows = result.dated.map((d) => {
    const due = d.due!;
    return [
      formatVietnameseDate(due.stated),
      `${formatVietnameseDate(due.effective)}${due.provisional ? ' (dự kiến)' : ''}`,
      showsLegalLimit(due) ? formatVietnameseDate(due.legal.date) : '',
      dutyUnit(plan, d),
      d.roles.map((r) => ROLE_VI[r]).join(', '),
      oneLine(d.what, 60),
      d.role === 'reporter' ? `${name(d.for)}${d.via ? ` (qua ${name(d.via)})` : ''}` : '',
      d.source.nodeId,
    ];
  });
  const header = ['Hạn', 'Cần hoàn thành', 'Hạn theo luật', 'Đơn vị', 'Vai trò', 'Nội dung', 'Gửi', 'Mục'];
  const reading = result.dated[0]?.due?.reading ?? plan.reading ?? 'safe';
  const out = [`${documentName(plan).ref}: ${result.dated.length} nghĩa vụ có thời hạn`, readingLine(reading), '', ...align([header, ...rows])];
  const undatedLine = (d: Duty, when: string) => {
    const during = d.during === undefined ? '' : ` (${formatVietnameseDate(d.during.from)} – ${formatVietnameseDate(d.during.to)})`;
    return `  ${oneLine(when, 60)} — ${dutyUnit(plan, d)} (${d.roles.map((r) => ROLE_VI[r]).join(', ')})${during} [${d.source.nodeId}]`;
  };
  if (result.triggered.length > 0) {
    out.push('', `Khi có sự kiện (${result.triggered.length}):`);
    for (const d of result.triggered) out.push(undatedLine(d, d.trigger ?? ''));
  }
  if (result.undated.length > 0) {
    out.push('', `Không nêu ngày (${result.undated.length}):`);
    for (const d of result.undated) out.push(undatedLine(d, d.deadline.text ?? d.deadline.kind));
  }
  const moved = new Set<string>();
  for (const d of [...result.dated, ...result.triggered, ...result.undated]) {
    if (d.reassigned === undefined) continue;
    moved.add(`  ${d.due === undefined ? '' : `${formatVietnameseDate(d.due.stated)}  `}${takeoverLine(plan, d)} [${d.source.ruleId ?? d.source.nodeId}]`);
  }
  if (moved.size > 0) out.push('', `Nhận thay đơn vị đã ngừng hoạt động (${moved.size}):`, ...moved);
  if (result.unowned.length > 0) {
    out.push('', `Không có đơn vị thực hiện (${result.unowned.length} lần đến hạn):`);
    for (const group of groupUnowned(plan, result.unowned)) {
      out.push(`  [${group.code}] ${group.when.join(', ')} — ${oneLine(group.what, 60)} [${group.source}]`);
      out.push(`      ${group.text}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function align(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => r.map((cell, i) => cell + ' '.repeat(widths[i]! - [...cell].length)).join('  ').trimEnd());
}

function oneLine(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ');
  return [...line].length <= width ? line : `${[...line].slice(0, width - 1).join('')}…`;
}

/** @internal The columns of `obligations --format csv`, one row per duty or unowned occurrence. */
export const CSV_HEADER = [
  'status',
  'timing',
  'stated',
  'effective',
  'legal',
  'provisional',
  'unit',
  'unit_name',
  'others',
  'group',
  'role',
  'roles',
  'what',
  'for',
  'via',
  'cc',
  'trigger',
  'during_from',
  'during_to',
  'reassigned_from',
  'reassigned_basis',
  'code',
  'reason',
  'source',
  'id',
] as const;

function toCsv(plan: Plan, result: Obligations): string {
  const name = unitNames(plan);
  const timing = (x: { due?: unknown; trigger?: string }) => (x.due !== undefined ? 'dated' : x.trigger !== undefined ? 'triggered' : 'undated');
  const row = (d: Duty) => [
    'owed',
    timing(d),
    d.due?.stated ?? '',
    d.due?.effective ?? '',
    d.due?.legal.date ?? '',
    d.due?.provisional ? 'yes' : '',
    d.unit,
    dutyUnit(plan, d),
    d.others ? 'yes' : '',
    d.viaGroup ?? '',
    d.role,
    d.roles.join(' '),
    d.what,
    d.for,
    d.via ?? '',
    d.cc.join(' '),
    d.trigger ?? '',
    d.during?.from ?? '',
    d.during?.to ?? '',
    (d.reassigned ?? []).map((t) => t.from).join(' '),
    (d.reassigned ?? []).flatMap((t) => (t.basis === undefined ? [] : [t.basis])).join(' | '),
    '',
    '',
    d.source.nodeId,
    d.id,
  ];
  const unownedRow = (u: UnownedDeadline) => [
    'unowned',
    timing(u),
    u.due?.stated ?? '',
    u.due?.effective ?? '',
    u.due?.legal.date ?? '',
    u.due?.provisional ? 'yes' : '',
    u.unit ?? '',
    u.unit === undefined ? '' : name(u.unit),
    '',
    u.group ?? '',
    u.role ?? '',
    u.role ?? '',
    u.what,
    '',
    '',
    '',
    u.trigger ?? '',
    u.during?.from ?? '',
    u.during?.to ?? '',
    '',
    '',
    u.code,
    u.message.vi,
    u.source.nodeId,
    u.id,
  ];
  const rows = [
    [...CSV_HEADER],
    ...result.dated.map(row),
    ...result.triggered.map(row),
    ...result.undated.map(row),
    ...result.unowned.map(unownedRow),
  ];
  return csvRecords(rows);
}
