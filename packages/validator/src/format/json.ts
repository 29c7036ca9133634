import type { Locale } from '@kehoach/core';
import type { Diagnostic } from '../types.js';
import { summarize } from '../validate.js';
import { relativeFile } from './paths.js';

/** @internal Machine-readable output: the summary and every diagnostic, messages in the chosen locale. */
export function json(diagnostics: readonly Diagnostic[], locale: Locale, cwd: string | undefined): string {
  const out = {
    schema: 'kehoach/diagnostics@1',
    locale,
    summary: summarize(diagnostics),
    diagnostics: diagnostics.map((d) => ({
      ruleId: d.ruleId,
      code: d.code,
      severity: d.severity,
      messageId: d.messageId,
      message: d.message[locale],
      path: d.path,
      ...(d.nodeId === undefined ? {} : { nodeId: d.nodeId }),
      ...(d.file === undefined ? {} : { file: relativeFile(d.file, cwd) }),
      ...(d.location === undefined ? {} : { location: { ...d.location, file: relativeFile(d.location.file, cwd) } }),
      ...(d.suppressed === undefined ? {} : { suppressed: d.suppressed }),
      ...(d.subjects === undefined ? {} : { subjects: d.subjects }),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
