import type { Plan } from '@kehoach/core';
import { planContext } from '../shared/context.js';
import { DIRECTION_WORDS, phaseName, targetRows } from '../shared/targets.js';
import { UTF8_BOM } from './matrix.js';
import { csvRecords } from './quote.js';

/** Options of `toCsvTargets()`. */
export interface CsvTargetsOptions {
  /**
   * Field separator: `,` (the default) with numbers written `4.5`, or `;` with numbers written
   * `4,5`, as Excel reads them under a regional format with a decimal comma.
   */
  delimiter?: ',' | ';';
}

const PER_WORDS = { year: 'năm', period: 'thời kỳ' } as const;

/**
 * The plan's targets as CSV, one row per target in document order, one fact per column so a
 * spreadsheet can sort and sum them: id, where it is written (`II.2.b, ý “+” thứ 4`), metric,
 * direction (`tăng`, `giảm`, `đạt`, `duy trì`), value or range, unit, counted per year or over
 * the period, target year, phase ("giai đoạn 2021-2025"), baseline year and value with its wording, the units it applies to
 * and the plan's own wording. Numbers are plain (no thousands separator). RFC 4180 quoting and
 * CRLF, UTF-8 with a byte order mark, as {@link toCsvMatrix}.
 *
 * @example
 * import { toCsvTargets } from '@kehoach/export';
 * await writeFile('chi-tieu.csv', toCsvTargets(plan));
 */
export function toCsvTargets(plan: Plan, options: CsvTargetsOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const num = (n: number | undefined) => (n === undefined ? '' : delimiter === ';' ? String(n).replace('.', ',') : String(n));
  const context = planContext(plan);
  const header = [
    'Mã',
    'Mục',
    'Chỉ tiêu',
    'Hướng',
    'Giá trị',
    'Từ',
    'Đến',
    'Đơn vị',
    'Tính theo',
    'Năm',
    'Giai đoạn',
    'Năm cơ sở',
    'Giá trị cơ sở',
    'Mốc so sánh',
    'Phạm vi',
    'Nguyên văn',
  ];
  const rows = targetRows(context).map(({ target: t, citation, scope, text }) => [
    t.id,
    citation,
    t.metric,
    DIRECTION_WORDS[t.direction],
    num(t.value),
    num(t.range?.min),
    num(t.range?.max),
    t.unit ?? '',
    t.per === undefined ? '' : PER_WORDS[t.per],
    t.by === undefined ? '' : String(t.by),
    t.phase === undefined ? '' : phaseName(t.phase, plan),
    t.baseline?.year === undefined ? '' : String(t.baseline.year),
    num(t.baseline?.value),
    t.baseline?.text ?? '',
    scope,
    text,
  ]);
  return UTF8_BOM + csvRecords([header, ...rows], delimiter);
}
