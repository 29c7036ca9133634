import { describe, it } from 'vitest';
import type { TargetInput } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { measurableTarget } from './measurable.rule.js';

const withTargets = (...targets: TargetInput<'soA'>[]) =>
  cleanPlan({ body: [r.section('II', 'MỤC TIÊU', [r.item('1', 'Mục tiêu.', { targets })])] });
const at = (i: number) => ['body', 0, 'children', 0, 'targets', i];

new RuleTester({ describe, it }).run(measurableTarget, {
  valid: [
    { name: 'a value with a baseline', plan: cleanPlan() },
    { name: 'a range, and 100%', plan: withTargets({ metric: 'tỷ lệ hộ nghèo', direction: 'decrease', range: { min: 4, max: 5 }, unit: '%', per: 'year' }, { metric: 'xã đạt chuẩn', direction: 'reach', value: 100, unit: '%' }) },
  ],
  invalid: [
    {
      name: 'no value, and an inverted range',
      plan: withTargets({ metric: 'chất lượng dịch vụ', direction: 'increase', text: 'nâng cao chất lượng dịch vụ' }, { metric: 'tỷ lệ hộ nghèo', direction: 'decrease', range: { min: 5, max: 4 } }),
      errors: [
        { messageId: 'noValue', path: at(0), data: { metric: 'chất lượng dịch vụ' } },
        { messageId: 'badRange', path: [...at(1), 'range'], data: { min: 5, max: 4 } },
      ],
    },
    {
      name: 'no baseline when asked',
      plan: withTargets({ metric: 'số hộ nghèo', direction: 'decrease', value: 50, unit: '%' }),
      options: { requireBaseline: true },
      errors: [{ messageId: 'noBaseline', path: at(0) }],
    },
  ],
});
