import type { Writable } from 'node:stream';
import type { Locale } from '@kehoach/core';
import { outputError, writeFailureCode, writeFailureReason } from './errors.js';

/** @internal What {@link guardStdout} returns. */
export interface StdoutGuard {
  /**
   * Waits until everything written has reached the stream, then gives the exit status: the
   * command's own, or 2 with a coded message (through `report`) when writing failed.
   */
  finish(status: number, report: (message: string) => void, locale?: Locale): Promise<number>;
}

/**
 * @internal Watches standard output for write errors: a full disk (`/dev/full`, a full file
 * system) or a reader that went away (`| head`). Without it Node throws the error from an event
 * handler, which prints a stack trace and exits 1; with it the command ends with
 * `output/disk-full` or `output/closed` and exit status 2.
 */
export function guardStdout(stream: Writable): StdoutGuard {
  let failure: unknown;
  stream.on('error', (error: unknown) => {
    failure ??= error;
  });
  const flushed = () =>
    new Promise<void>((resolve) => {
      if (failure !== undefined || stream.destroyed || stream.writableFinished) return resolve();
      stream.write('', (error) => {
        failure ??= error ?? undefined;
        resolve();
      });
    });
  return {
    async finish(status, report, locale = 'en') {
      await flushed();
      if (failure === undefined) return status;
      const reason = writeFailureReason(failure);
      const error = outputError('', writeFailureCode(failure), { vi: `không ghi được ra đầu ra chuẩn: ${reason.vi}`, en: `cannot write to standard output: ${reason.en}` });
      report(`${error.messageIn(locale)}\n`);
      return 2;
    },
  };
}
