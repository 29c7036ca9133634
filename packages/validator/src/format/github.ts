import { printable, type Locale } from '@kehoach/core';
import type { Diagnostic } from '../types.js';
import { relativeFile, whereInModel } from './paths.js';

const COMMANDS: Record<Diagnostic['severity'], 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's encoding of workflow-command data and property values: without it a line break in a
// value would end the command and let the rest of the value print a command of its own.
const escapeData = (s: string) => printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One GitHub Actions workflow command on one line: `::error file=plan.ts,line=3::message`.
 * The message is encoded as GitHub documents (`%` → `%25`, CR → `%0D`, LF → `%0A`) and property
 * values also `:` → `%3A` and `,` → `%2C`, so nothing in them can end the line or the property;
 * control and invisible characters are shown as escapes first.
 *
 * @example
 * workflowCommand('error', { file: 'plan.ts', title: 'kehoach' }, 'cannot load\n::error::x');
 * // '::error file=plan.ts,title=kehoach::cannot load%0A::error::x'
 */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${typeof value === 'number' ? value : escapeProperty(value)}`);
  return `::${command}${props.length === 0 ? '' : ` ${props.join(',')}`}::${escapeData(message)}`;
}

/** @internal GitHub Actions workflow commands (`::error file=…,line=…::message`); waived diagnostics are left out. */
export function github(diagnostics: readonly Diagnostic[], locale: Locale, cwd: string | undefined, file: string | undefined): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    if (d.suppressed !== undefined) continue;
    const where = d.location?.file ?? d.file ?? file;
    const at = d.location === undefined ? ` [${whereInModel(d)}]` : '';
    lines.push(
      workflowCommand(
        COMMANDS[d.severity],
        {
          file: where === undefined ? undefined : relativeFile(where, cwd),
          line: d.location?.line,
          col: d.location?.column,
          endLine: d.location?.endLine,
          endColumn: d.location?.endColumn,
          title: `${d.ruleId} (${d.code})`,
        },
        d.message[locale] + at,
      ),
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
