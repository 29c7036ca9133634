/**
 * One CSV field as RFC 4180 §2 writes it: enclosed in double quotes when it holds the
 * delimiter, a double quote, CR or LF (and then inner quotes doubled); as is otherwise.
 *
 * @example
 * csvField('Sở Y tế, Sở Tài chính'); // '"Sở Y tế, Sở Tài chính"'
 */
export function csvField(value: string, delimiter: ',' | ';' = ','): string {
  const special = delimiter === ',' ? /[",\r\n]/ : /[";\r\n]/;
  return special.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
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
