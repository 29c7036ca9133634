import type { LocalizedText, Locale } from '@kehoach/core';

/** Exit statuses of the `kehoach` command. */
export const EXIT = {
  ok: 0,
  /** The plan has problems (validation errors, too many warnings). */
  problems: 1,
  /** Bad usage, or a plan that cannot be loaded. */
  usage: 2,
} as const;

/**
 * An error the command reports as one clear line, without a stack trace. Usage errors carry
 * the message in Vietnamese and English; `kehoach` prints the one `--locale` asks for.
 */
export class CliError extends Error {
  readonly exitCode: number;
  /** The message in both languages (the same text twice when it was given as one string). */
  readonly text: LocalizedText;
  constructor(message: string | LocalizedText, exitCode: number = EXIT.usage) {
    super(typeof message === 'string' ? message : message.en);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.text = typeof message === 'string' ? { vi: message, en: message } : message;
  }

  /** The message in one language. */
  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}
