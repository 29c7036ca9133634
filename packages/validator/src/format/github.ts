import type { Locale } from '@kehoach/core';
import type { Diagnostic } from '../types.js';
import { relativeFile, whereInModel } from './paths.js';

const COMMANDS: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** @internal GitHub Actions workflow commands (`::error file=…,line=…::message`); waived diagnostics are left out. */
export function github(diagnostics: readonly Diagnostic[], locale: Locale, cwd: string | undefined, file: string | undefined): string {
  const lines: string[] = [];
  for (const d of diagnostics) {
    if (d.suppressed !== undefined) continue;
    const props: string[] = [];
    const where = d.location?.file ?? d.file ?? file;
    if (where !== undefined) props.push(`file=${escapeProperty(relativeFile(where, cwd))}`);
    if (d.location !== undefined) {
      props.push(`line=${d.location.line}`, `col=${d.location.column}`);
      if (d.location.endLine !== undefined) props.push(`endLine=${d.location.endLine}`);
      if (d.location.endColumn !== undefined) props.push(`endColumn=${d.location.endColumn}`);
    }
    props.push(`title=${escapeProperty(`${d.ruleId} (${d.code})`)}`);
    const at = d.location === undefined ? ` [${whereInModel(d)}]` : '';
    lines.push(`::${COMMANDS[d.severity]} ${props.join(',')}::${escapeData(d.message[locale] + at)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
