import type { Plan } from '@kehoach/core';
import { planContext } from '../shared/context.js';
import { computeDuties, type DutyOptions } from '../shared/duties.js';
import { cellText, responsibilityMatrix, rowName } from '../shared/matrix.js';
import { csvRecords } from './quote.js';

/** @internal Byte order mark: without it, Excel reads UTF-8 CSV as the local code page and garbles Vietnamese. */
export const UTF8_BOM = '\uFEFF';

/** Options of `toCsvMatrix()`. */
export interface CsvOptions extends DutyOptions {
  /**
   * Field separator: `,` (RFC 4180, the default) or `;`, which Excel expects when the regional
   * format uses a decimal comma (as Vietnamese settings typically do) and the file is opened
   * by double-click.
   */
  delimiter?: ',' | ';';
}

/**
 * The responsibility matrix of a plan as CSV: one row per unit (registry order), one column
 * per section that assigns work (`III.1` … `VI`), cells such as `chủ trì`, `thực hiện` (an
 * item's owners), `phối hợp`, `báo cáo`, `tổng hợp` (several joined by ", "). A successor that
 * took a ceased unit's duty over has the role too; the members of an incomplete group the plan
 * does not list have a row of their own, "Các thành viên khác của nhóm …". RFC 4180 quoting and
 * CRLF, UTF-8 with a byte order mark so that Excel opens Vietnamese correctly.
 *
 * @example
 * import { toCsvMatrix } from '@kehoach/export';
 * await writeFile('ma-tran.csv', toCsvMatrix(plan));
 * await writeFile('ma-tran-excel-vi.csv', toCsvMatrix(plan, { delimiter: ';' }));
 */
export function toCsvMatrix(plan: Plan, options: CsvOptions = {}): string {
  const context = planContext(plan);
  const duties = computeDuties(plan, options);
  const matrix = responsibilityMatrix(plan, context, [...duties.dated, ...duties.triggered, ...duties.undated]);
  const header = ['Mã', 'Đơn vị', ...matrix.columns.map((c) => c.label)];
  const rows = matrix.rows.map((row) => [
    row.unit,
    rowName(context, row),
    ...matrix.columns.map((c) => cellText(row.cells.get(c.key))),
  ]);
  return UTF8_BOM + csvRecords([header, ...rows], options.delimiter ?? ',');
}
