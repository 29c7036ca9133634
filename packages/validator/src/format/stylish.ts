import { printable, type Locale } from '@kehoach/core';
import type { Diagnostic } from '../types.js';
import { summarize } from '../validate.js';
import { relativeFile, whereInModel } from './paths.js';

const LABELS: Record<Locale, Record<Diagnostic['severity'], string>> = {
  vi: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Every value on a line of the terminal output: control, bidirectional and invisible characters shown as escapes. */
const inline = (text: string) => printable(text, { inline: true });

/** @internal Text for people, grouped by file, like ESLint's stylish. */
export function stylish(diagnostics: readonly Diagnostic[], locale: Locale, cwd: string | undefined, file: string | undefined): string {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const where = d.location?.file ?? d.file ?? file;
    const key = where === undefined ? '(plan)' : inline(relativeFile(where, cwd));
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [d]);
    else list.push(d);
  }
  const out: string[] = [];
  for (const [name, list] of groups) {
    const rows = list.map((d) => {
      const pos = d.location === undefined ? inline(whereInModel(d)) : `${d.location.line}:${d.location.column}`;
      const label = d.suppressed === undefined ? LABELS[locale][d.severity] : locale === 'vi' ? 'đã miễn' : 'waived';
      const reason = d.suppressed === undefined ? '' : ` [${locale === 'vi' ? 'lý do' : 'reason'}: ${d.suppressed.reason}]`;
      return [pos, label, inline(`${d.message[locale]}${reason}`), inline(`${d.ruleId} (${d.code})`)];
    });
    const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
    out.push(name);
    for (const r of rows) out.push(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}  ${r[3]}`);
    out.push('');
  }
  const s = summarize(diagnostics);
  const total = s.errors + s.warnings + s.infos;
  const line =
    locale === 'vi'
      ? `${total} vấn đề (${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin)${s.suppressed > 0 ? `, ${s.suppressed} đã miễn` : ''}`
      : `${total} problem${total === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info)${s.suppressed > 0 ? `, ${s.suppressed} waived` : ''}`;
  out.push(`${s.errors > 0 ? '✖' : total > 0 ? '⚠' : '✔'} ${line}`);
  return `${out.join('\n')}\n`;
}
