import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { groupCycle } from './group-cycle.rule.js';

new RuleTester({ describe, it }).run(groupCycle, {
  valid: [
    { name: 'nested groups without a cycle (tatCa lists soNganh and huyen)', plan: cleanPlan() },
    {
      name: 'two groups listing the same group',
      plan: mutate(cleanPlan(), (p) => {
        p.groups.push({ key: 'khac', name: 'Nhóm khác', members: ['soNganh', 'huyen'], mode: 'each', complete: true });
      }),
    },
  ],
  invalid: [
    {
      name: 'a group that lists itself',
      plan: mutate(cleanPlan(), (p) => {
        p.groups[0]!.members.push('huyen');
      }),
      errors: [{ messageId: 'cycle', path: ['groups', 0, 'members'], data: { group: 'huyen', cycle: 'huyen → huyen' } }],
    },
    {
      name: 'a cycle through nested groups, reported for each group on it',
      plan: mutate(cleanPlan(), (p) => {
        // tatCa → soNganh → tatCa; huyen is inside tatCa but on no cycle.
        p.groups[1]!.members.push('tatCa');
      }),
      errors: [
        { messageId: 'cycle', path: ['groups', 1, 'members'], data: { group: 'soNganh', cycle: 'soNganh → tatCa → soNganh' } },
        { messageId: 'cycle', path: ['groups', 2, 'members'], data: { group: 'tatCa', cycle: 'tatCa → soNganh → tatCa' } },
      ],
    },
  ],
});
