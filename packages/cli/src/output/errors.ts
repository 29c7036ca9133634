import type { LocalizedText } from '@kehoach/core';
import { CliError } from '../cli-error.js';

/**
 * @internal Codes of the output side: where a command may write, and what happens when
 * writing fails. Every one ends the command with exit status 2.
 */
export type OutputCode =
  | 'output/outside-target'
  | 'output/name-clash'
  | 'output/exists'
  | 'output/modified'
  | 'output/disk-full'
  | 'output/not-permitted'
  | 'output/closed'
  | 'output/write-failed';

/** @internal A coded refusal or failure of `kehoach <command>`, in both languages. */
export function outputError(command: string, code: OutputCode, message: LocalizedText): CliError {
  const prefix = `kehoach${command === '' ? '' : ` ${command}`}: ${code}`;
  return new CliError({ vi: `${prefix}: ${message.vi}`, en: `${prefix}: ${message.en}` });
}

/** @internal The `code` of a Node system error (`ENOSPC`…), if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** @internal The output code for a failed write: a full disk, a refusal by the system, a closed pipe, or another failure. */
export function writeFailureCode(error: unknown): OutputCode {
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'output/disk-full';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'output/not-permitted';
    case 'EPIPE':
      return 'output/closed';
    default:
      return 'output/write-failed';
  }
}

const REASONS: Partial<Record<OutputCode, LocalizedText>> = {
  'output/disk-full': { vi: 'thiết bị hết chỗ trống', en: 'no space left on the device' },
  'output/not-permitted': { vi: 'không được phép', en: 'not permitted' },
  'output/closed': { vi: 'bên đọc đã đóng', en: 'the reader closed it' },
};

/** @internal Why a write failed, for people: the reason and the system's code. */
export function writeFailureReason(error: unknown): LocalizedText {
  const errno = errnoCode(error);
  const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  const reason = REASONS[writeFailureCode(error)] ?? { vi: detail, en: detail };
  const withCode = (text: string) => (errno === undefined || text.includes(errno) ? text : `${text} (${errno})`);
  return { vi: withCode(reason.vi), en: withCode(reason.en) };
}
