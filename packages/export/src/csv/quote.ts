/**
 * First characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a formula
 * (`=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(…)`), with tab, CR and NUL, which OWASP and ASVS
 * list too, and the full-width forms of the four signs.
 */
const FORMULA_START = /^[=+\-@\t\r\u0000\uff1d\uff0b\uff0d\uff20]/;

/**
 * One CSV field as RFC 4180 §2 writes it: enclosed in double quotes when it holds the
 * delimiter, a double quote, CR or LF (and then inner quotes doubled); as is otherwise.
 *
 * A field that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a
 * tab, CR or NUL) is neutralised as the OWASP guidance on CSV injection says: a single quote
 * is put before it, which spreadsheets take as "this cell is text" and do not show, and the
 * field is quoted.
 *
 * @example
 * csvField('Sở Y tế, Sở Tài chính'); // '"Sở Y tế, Sở Tài chính"'
 * csvField('=HYPERLINK("http://x")'); // '"\'=HYPERLINK(""http://x"")"'
 */
export function csvField(value: string, delimiter: ',' | ';' = ','): string {
  const formula = FORMULA_START.test(value);
  const text = formula ? `'${value}` : value;
  const special = delimiter === ',' ? /[",\r\n]/ : /[";\r\n]/;
  return formula || special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV records joined with CRLF, the line break of RFC 4180, ending with one.
 *
 * @example
 * csvRecords([['unit', 'due'], ['soYTe', '2021-12-20']]); // 'unit,due\r\nsoYTe,2021-12-20\r\n'
 */
export function csvRecords(records: readonly (readonly string[])[], delimiter: ',' | ';' = ','): string {
  return records.map((r) => r.map((f) => csvField(f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}
