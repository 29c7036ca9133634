import fc from 'fast-check';
import { it } from 'vitest';
import { stringifyPlan, parsePlan } from '@kehoach/core';
import { arbitraryPlan } from './arbitrary-plan.js';
import { importPlan } from '../src/import/index.js';
it('x', async () => {
  let t = Date.now();
  const plans = fc.sample(arbitraryPlan(), { seed: 42, numRuns: 40 });
  console.log('sample', Date.now() - t);
  await importPlan(plans[0]!);
  t = Date.now();
  for (const p of plans) await importPlan(p);
  console.log('import all', Date.now() - t);
  t = Date.now();
  for (const p of plans) parsePlan(JSON.parse(stringifyPlan(p)));
  console.log('parse all', Date.now() - t);
});
