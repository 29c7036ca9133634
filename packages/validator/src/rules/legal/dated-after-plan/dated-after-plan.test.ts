import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { datedAfterPlan } from './dated-after-plan.rule.js';

new RuleTester({ describe, it }).run(datedAfterPlan, {
  valid: [
    { name: 'cited documents predate the plan', plan: cleanPlan() },
    { name: 'a document issued the same day', plan: cleanPlan({ legal: [{ number: '01/QĐ-UBND', date: '2024-01-10' }] }) },
  ],
  invalid: [
    {
      name: 'a document dated after the plan',
      plan: cleanPlan({ legal: [{ number: '20/2021/NĐ-CP', date: '2021-03-15' }, { number: '15/QĐ-UBND', date: '2024-02-01' }] }),
      errors: [{ messageId: 'afterPlan', path: ['legal', 1, 'date'], data: { number: '15/QĐ-UBND', date: { vi: '01/02/2024', en: '2024-02-01' } } }],
    },
  ],
});
