/** Exit statuses of the `kehoach` command. */
export const EXIT = {
  ok: 0,
  /** The plan has problems (validation errors, too many warnings). */
  problems: 1,
  /** Bad usage, or a plan that cannot be loaded. */
  usage: 2,
} as const;

/** An error the command reports as one clear line, without a stack trace. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
