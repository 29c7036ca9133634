/**
 * `--no-exec` reads generated plans (written as TypeScript by `kehoach import`) to the same
 * model, and gives the same diagnostics, as running them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyPlan } from '@kehoach/core';
import { validate } from '@kehoach/validator';
import { tsPlanLocator } from '@kehoach/validator/locate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../../packages/cli/test/arbitrary-plan.js';
import { importPlan } from '../../packages/cli/src/import/index.js';
import { loadPlan } from '../../packages/cli/src/load-plan.js';
import { PROPERTY_RUNS, PROPERTY_SEED } from './settings.js';

// Inside the repository, so that the generated files resolve @kehoach/core.
const dir = mkdtempSync(path.join(import.meta.dirname, '.tmp-no-exec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COUNT = Math.max(100, PROPERTY_RUNS);

describe(`--no-exec on ${COUNT} generated plans`, () => {
  it('reads each to the same model and the same diagnostics as running it', async () => {
    const plans = fc.sample(arbitraryPlan(), { seed: PROPERTY_SEED, numRuns: COUNT });
    const files: string[] = [];
    for (const [i, plan] of plans.entries()) {
      const folder = path.join(dir, `p${i}`);
      mkdirSync(folder);
      const file = path.join(folder, 'plan.ts');
      writeFileSync(file, await importPlan(plan));
      files.push(file);
    }
    for (const [i, file] of files.entries()) {
      const executed = await loadPlan(file);
      const statically = await loadPlan(file, { noExec: true });
      const json = stringifyPlan(plans[i]!);
      expect(stringifyPlan(executed.plan), file).toBe(json);
      expect(stringifyPlan(statically.plan), file).toBe(json);
      const locate = await tsPlanLocator(file, { text: executed.text });
      expect(validate(statically.plan, undefined, { locate }), file).toEqual(validate(executed.plan, undefined, { locate }));
    }
  }, 300_000);
});
