import { describe, it } from 'vitest';
import type { Plan } from '@kehoach/core';

type Phase = NonNullable<Plan['phases']>[number];
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { phaseOrder } from './phase-order.rule.js';

/** The clean plan (period 2024-2025) with phases. */
const withPhases = (phases: Phase[]) => mutate(cleanPlan(), (p) => { p.phases = phases; });
const y2024: Phase = { key: 'gd1', from: '2024-01-01', to: '2024-12-31', text: 'giai đoạn 2024' };
const y2025: Phase = { key: 'gd2', from: '2025-01-01', to: '2025-12-31' };

new RuleTester({ describe, it }).run(phaseOrder, {
  valid: [
    { name: 'no phases', plan: cleanPlan() },
    { name: 'two phases in order that split the period', plan: withPhases([y2024, y2025]) },
    { name: 'one phase of one day', plan: withPhases([{ key: 'x', from: '2024-05-01', to: '2024-05-01' }]) },
  ],
  invalid: [
    {
      name: 'a phase that ends before it starts',
      plan: withPhases([{ ...y2024, from: '2024-12-31', to: '2024-01-01' }]),
      errors: [{ messageId: 'inverted', path: ['phases', 0], data: { phase: 'giai đoạn 2024', from: { vi: '31/12/2024', en: '2024-12-31' } } }],
    },
    {
      name: 'phases that overlap',
      plan: withPhases([y2024, { ...y2025, from: '2024-07-01' }]),
      errors: [{ messageId: 'overlap', path: ['phases', 1, 'from'], data: { phase: 'gd2', previous: 'giai đoạn 2024', previousTo: { vi: '31/12/2024', en: '2024-12-31' } } }],
    },
    { name: 'phases out of order', plan: withPhases([y2025, y2024]), errors: [{ messageId: 'overlap', data: { phase: 'giai đoạn 2024', previous: 'gd2' } }] },
    {
      name: 'a phase after the plan period',
      plan: withPhases([y2024, y2025, { key: 'gd3', from: '2026-01-01', to: '2030-12-31', text: 'định hướng đến năm 2030' }]),
      errors: [{ messageId: 'outsidePeriod', path: ['phases', 2], data: { phase: 'định hướng đến năm 2030', end: { vi: '31/12/2025', en: '2025-12-31' } } }],
    },
  ],
});
