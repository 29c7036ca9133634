import path from 'node:path';
import { expectPositionals, parseFlags, usageError } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import type { Io } from '../io.js';
import { loadPlan } from '../load-plan.js';
import { LOAD_FLAGS, loadSettings } from '../load/settings.js';
import { writeOutputs } from '../output/output-folder.js';
import { ImportError, importPlan } from './import-plan.js';

/**
 * `kehoach import <plan.json> [--out FILE] [--force] [--core-import MODULE]`: writes the plan
 * as TypeScript DSL source, to stdout or to `--out` (never over an existing file without
 * `--force`; written atomically). Exit status: 0 written; 1 the plan cannot be written exactly with the DSL; 2 bad
 * usage, an unreadable plan, or an existing `--out` file.
 *
 * @internal Wired into `run()`.
 */
export async function importCommand(argv: readonly string[], io: Io, cwd: string = process.cwd()): Promise<number> {
  const { values, positionals } = parseFlags('import', argv, {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    'core-import': { type: 'string' },
    ...LOAD_FLAGS,
  });
  const [planArg] = expectPositionals('import', positionals, { vi: 'một kế hoạch (tệp .json)', en: 'one plan argument (a .json plan)' });
  const coreImport = values['core-import'];
  if (coreImport !== undefined && coreImport.trim() === '') throw usageError('import', { vi: '--core-import cần tên một mô-đun', en: '--core-import must name a module' });
  const { noExec, root } = await loadSettings('import', values);
  const { plan } = await loadPlan(planArg!, { cwd, noExec, ...(root !== undefined && { root }) });
  let source: string;
  try {
    source = await importPlan(plan, coreImport === undefined ? {} : { coreImport });
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message, EXIT.problems);
    throw error;
  }
  if (values.out === undefined) {
    io.stdout(source);
    return EXIT.ok;
  }
  const out = path.resolve(cwd, values.out);
  writeOutputs(path.dirname(out), [{ name: path.basename(out), text: source }], { command: 'import', force: values.force === true, cwd });
  return EXIT.ok;
}
