import { formatVietnameseDate, obligations, type Duty, type Obligations, type Plan } from '@kehoach/core';
import { csvRecords } from '@kehoach/export';
import { choiceFlag, dateFlag, expectPositionals, ONE_PLAN, parseFlags } from '../args.js';
import { calendarFlag } from '../calendar-file.js';
import { EXIT } from '../cli-error.js';
import { loadPlan } from '../load-plan.js';
import { knownUnit, unitNames } from '../unit-names.js';
import { terminalMessage } from '../terminal.js';
import type { Io } from '../io.js';

const FORMATS = ['table', 'json', 'csv'] as const;

/** `kehoach obligations <plan> [--from DATE] [--to DATE] [--unit KEY] [--format table|json|csv] [--calendar FILE]` */
export async function obligationsCommand(argv: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseFlags('obligations', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    unit: { type: 'string' },
    format: { type: 'string' },
    calendar: { type: 'string' },
  });
  const [planArg] = expectPositionals('obligations', positionals, ONE_PLAN);
  const from = dateFlag('obligations', 'from', values.from);
  const to = dateFlag('obligations', 'to', values.to);
  const format = choiceFlag('obligations', 'format', values.format, FORMATS, 'table');
  const calendar = calendarFlag('obligations', values.calendar);
  const { plan } = await loadPlan(planArg!);
  const unit = knownUnit('obligations', plan, values.unit);
  const result = obligations(plan, { ...(from && { from }), ...(to && { to }), ...(unit !== undefined && { unit }), ...(calendar && { calendar }) });
  io.stdout(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'csv' ? toCsv(plan, result) : terminalMessage(toTable(plan, result)));
  return EXIT.ok;
}

const ROLE_VI = { lead: 'chủ trì', partner: 'phối hợp', reporter: 'báo cáo' } as const;

function toTable(plan: Plan, result: Obligations): string {
  const name = unitNames(plan);
  const rows = result.dated.map((d) => [
    formatVietnameseDate(d.due!.stated),
    d.due!.effective === d.due!.stated ? '' : formatVietnameseDate(d.due!.effective),
    name(d.unit),
    ROLE_VI[d.role],
    oneLine(d.what, 60),
    d.role === 'reporter' ? `${name(d.for)}${d.via ? ` (qua ${name(d.via)})` : ''}` : '',
    d.source.nodeId,
  ]);
  const header = ['Hạn', 'Hạn thực tế', 'Đơn vị', 'Vai trò', 'Nội dung', 'Gửi', 'Mục'];
  const out = [`Kế hoạch ${plan.number}: ${result.dated.length} nghĩa vụ có thời hạn`, '', ...align([header, ...rows])];
  if (result.triggered.length > 0) {
    out.push('', `Khi có sự kiện (${result.triggered.length}):`);
    for (const d of result.triggered) out.push(`  ${oneLine(d.trigger ?? '', 60)} — ${name(d.unit)} (${ROLE_VI[d.role]}) [${d.source.nodeId}]`);
  }
  if (result.undated.length > 0) {
    out.push('', `Không nêu ngày (${result.undated.length}):`);
    for (const d of result.undated) out.push(`  ${oneLine(d.deadline.text ?? d.deadline.kind, 40)} — ${name(d.unit)} (${ROLE_VI[d.role]}) [${d.source.nodeId}]`);
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

const CSV_HEADER = ['timing', 'stated', 'effective', 'unit', 'unit_name', 'group', 'role', 'what', 'for', 'via', 'cc', 'trigger', 'source', 'duty_id'];

function toCsv(plan: Plan, result: Obligations): string {
  const name = unitNames(plan);
  const row = (timing: string, d: Duty) => [
    timing,
    d.due?.stated ?? '',
    d.due?.effective ?? '',
    d.unit,
    name(d.unit),
    d.viaGroup ?? '',
    d.role,
    d.what,
    d.for,
    d.via ?? '',
    d.cc.join(' '),
    d.trigger ?? '',
    d.source.nodeId,
    d.id,
  ];
  const rows = [
    CSV_HEADER,
    ...result.dated.map((d) => row('dated', d)),
    ...result.triggered.map((d) => row('triggered', d)),
    ...result.undated.map((d) => row('undated', d)),
  ];
  return csvRecords(rows);
}
