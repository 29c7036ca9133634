import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { successorCycle } from './successor-cycle.rule.js';

new RuleTester({ describe, it }).run(successorCycle, {
  valid: [
    { name: 'no successors', plan: cleanPlan() },
    {
      name: 'a chain that ends',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.successors = [{ unit: 'soB' }];
        p.units[2]!.successors = [{ unit: 'ubnd' }];
      }),
    },
  ],
  invalid: [
    {
      name: 'two units succeeding each other, reported once',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.successors = [{ unit: 'soB' }];
        p.units[2]!.successors = [{ unit: 'soA' }];
      }),
      errors: [{ messageId: 'cycle', path: ['units', 1, 'successors'], data: { cycle: 'Sở A → Sở B → Sở A' } }],
    },
    {
      name: 'a unit its own successor',
      plan: mutate(cleanPlan(), (p) => {
        p.units[3]!.successors = [{ unit: 'huyenX' }];
      }),
      errors: [{ messageId: 'cycle', data: { cycle: 'UBND huyện X → UBND huyện X' } }],
    },
  ],
});
