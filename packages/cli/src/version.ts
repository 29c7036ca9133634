import { readFileSync } from 'node:fs';

/**
 * @internal The version of `@kehoach/cli`, from its package.json (one folder above both
 * `src/` and `dist/`).
 */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
