import { printable } from '@kehoach/core';

/**
 * @internal A message made safe for a terminal and a CI log: control, bidirectional and
 * zero-width characters become visible escapes (`\u001B`), and no line can be read by GitHub
 * Actions as a workflow command. kehoach's own messages never start a line with `::`, so such a
 * line came from a value with a line break in it (a file name, an import specifier); its first
 * colon is escaped, and so is `##[`, the older command prefix.
 *
 * @example
 * terminalMessage('kehoach: bad "x\n::error::owned"'); // 'kehoach: bad "x\n\\u003A:error::owned"'
 */
export function terminalMessage(text: string): string {
  return printable(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*):/, '$1\\u003A').replaceAll('##[', '#\\u0023['))
    .join('\n');
}
