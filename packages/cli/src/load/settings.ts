import path from 'node:path';
import type { Locale } from '@kehoach/core';
import type { ValidatorConfig } from '@kehoach/validator';
import { usageError } from '../args.js';
import { SourceRefusal } from './load-error.js';
import { readSource, sourceRoot } from './read-source.js';

/** @internal The flags of every command that loads a plan. */
export const LOAD_FLAGS = {
  'no-exec': { type: 'boolean' },
  root: { type: 'string' },
  config: { type: 'string', short: 'c' },
} as const;

/** @internal How a command loads plans, from its flags, the environment and its configuration file. */
export interface LoadSettings {
  noExec: boolean;
  /** `--root`, absolute; each plan's own folder when absent. */
  root?: string;
  /** The configuration file's content, when `--config` was given. */
  config?: ValidatorConfig;
}

/** @internal Whether an environment variable asks for `--no-exec` (`1`, `true`, `yes`). */
export function envNoExec(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test((env['KEHOACH_NO_EXEC'] ?? '').trim());
}

/**
 * @internal The load settings of a command. `--no-exec` holds when the flag is given, when
 * `KEHOACH_NO_EXEC=1` is set, or when the configuration file says `"noExec": true`: a setting
 * can make loading stricter, never looser, so a configuration committed with a pull request
 * cannot turn it off.
 */
export async function loadSettings(
  command: string,
  values: { 'no-exec'?: boolean | undefined; root?: string | undefined; config?: string | undefined },
  env: NodeJS.ProcessEnv = process.env,
): Promise<LoadSettings> {
  const config = values.config === undefined ? undefined : await readConfig(command, values.config);
  const noExec = values['no-exec'] === true || envNoExec(env) || config?.noExec === true;
  return { noExec, ...(values.root !== undefined && { root: path.resolve(values.root) }), ...(config !== undefined && { config }) };
}

/** @internal A validator configuration file, checked by the validator's `parseConfig()`. */
export async function readConfig(command: string, file: string): Promise<ValidatorConfig> {
  let data: unknown;
  try {
    const absolute = path.resolve(file);
    data = JSON.parse(readSource(absolute, sourceRoot(path.dirname(absolute)), 'json'));
  } catch (error) {
    const reason = error instanceof SourceRefusal ? error.problem.message : { vi: (error as Error).message.split('\n')[0]!, en: (error as Error).message.split('\n')[0]! };
    throw usageError(command, { vi: `không đọc được tệp cấu hình ${file}: ${reason.vi}`, en: `cannot read config ${file}: ${reason.en}` });
  }
  const { parseConfig } = await import('@kehoach/validator');
  const parsed = parseConfig(data as ValidatorConfig);
  if (!parsed.ok) {
    const lines = (l: Locale) => parsed.diagnostics.map((d) => `\n  ${d.code} ${d.ruleId}: ${d.message[l]}`).join('');
    throw usageError(command, { vi: `tệp cấu hình ${file} không hợp lệ:${lines('vi')}`, en: `invalid config ${file}:${lines('en')}` });
  }
  return data as ValidatorConfig;
}
