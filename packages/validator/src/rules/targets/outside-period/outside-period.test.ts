import { describe, it } from 'vitest';
import type { Target } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { targetOutsidePeriod } from './outside-period.rule.js';

/** The clean plan (period 2024-2025) with its one target changed. */
const withTarget = (change: Partial<Target>) =>
  mutate(cleanPlan(), (p) => {
    const section = p.body[0]!;
    if (section.type !== 'section') throw new Error('fixture');
    const task = section.children[0]!;
    if (task.type === 'section') throw new Error('fixture');
    Object.assign(task.targets![0]!, change);
  });

new RuleTester({ describe, it }).run(targetOutsidePeriod, {
  valid: [
    { name: 'a target with no year', plan: cleanPlan() },
    { name: 'a target for the last year of the period, measured from the year before it', plan: withTarget({ by: 2025, baseline: { year: 2023, value: 5 } }) },
    { name: 'a target for the first year of the period', plan: withTarget({ by: 2024 }) },
    {
      name: 'a target of a phase within it',
      plan: mutate(withTarget({ by: 2024, phase: 'gd1' }), (p) => {
        p.phases = [{ key: 'gd1', from: '2024-01-01', to: '2024-12-31' }];
      }),
    },
  ],
  invalid: [
    {
      name: 'a target for 2030 in a 2024-2025 plan',
      plan: withTarget({ by: 2030 }),
      errors: [{ messageId: 'yearOutside', path: ['body', 0, 'children', 0, 'targets', 0, 'by'], data: { metric: 'tỷ lệ hộ nghèo', year: 2030, from: 2024, to: 2025 } }],
    },
    { name: 'a target year before the period', plan: withTarget({ by: 2020, baseline: undefined }), errors: [{ messageId: 'yearOutside', data: { year: 2020 } }] },
    {
      name: 'a target of the first phase set for a year of the second',
      plan: mutate(withTarget({ by: 2025, phase: 'gd1' }), (p) => {
        p.phases = [{ key: 'gd1', from: '2024-01-01', to: '2024-12-31', text: 'giai đoạn 2024' }, { key: 'gd2', from: '2025-01-01', to: '2025-12-31' }];
      }),
      errors: [{ messageId: 'yearOutsidePhase', path: ['body', 0, 'children', 0, 'targets', 0, 'by'], data: { phase: 'giai đoạn 2024', year: 2025, from: 2024, to: 2024 } }],
    },
    {
      name: 'a baseline in the target year itself',
      plan: withTarget({ by: 2025, baseline: { year: 2025, value: 5 } }),
      errors: [{ messageId: 'baselineNotBefore', path: ['body', 0, 'children', 0, 'targets', 0, 'baseline', 'year'], data: { baseline: 2025, year: 2025 } }],
    },
  ],
});
