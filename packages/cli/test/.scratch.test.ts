import fc from 'fast-check';
import { it } from 'vitest';
import * as core from '@kehoach/core';
import { arbitraryPlan } from './arbitrary-plan.js';
import { buildPlanSource } from '../src/import/plan-source.js';
import { evaluate, print } from '../src/import/expr.js';
import { Project } from 'ts-morph';
it('x', async () => {
  const plans = fc.sample(arbitraryPlan(), { seed: 42, numRuns: 40 });
  const T = { build: 0, eval: 0, print: 0, morph: 0, format: 0 };
  const project = new Project({ useInMemoryFileSystem: true });
  for (const p of plans) {
    let t = performance.now();
    const s = buildPlanSource(p, { explicit: new Set(), paragraphs: true });
    T.build += performance.now() - t; t = performance.now();
    const scope: Record<string, unknown> = { ...core }; scope.r = evaluate(s.registry, scope); core.stringifyPlan(evaluate(s.plan, scope) as core.Plan);
    T.eval += performance.now() - t; t = performance.now();
    const text = print(s.plan, 0, 15) + print(s.registry, 0, 10);
    T.print += performance.now() - t; t = performance.now();
    const f = project.createSourceFile('/p.ts', text, { overwrite: true });
    T.morph += performance.now() - t; t = performance.now();
    f.formatText({ indentSize: 2 });
    T.format += performance.now() - t;
  }
  console.log(JSON.stringify(T));
});
