import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { unknownReference } from './unknown-reference.rule.js';

const plan = cleanPlan();
const withTargets = cleanPlan({
  corrections: [{ target: 'nd20', field: 'title', asIssued: 'a', corrected: 'b', note: { vi: 'x', en: 'x' } }],
  waivers: [
    { rule: 'units/unused', target: 'doan', reason: 'Tỉnh đoàn chỉ được đề nghị.' },
    { rule: 'dates/non-working-day', target: 'I.1', reason: 'Ngày đã thống nhất.' },
  ],
});

new RuleTester({ describe, it }).run(unknownReference, {
  valid: [
    { name: 'refs name declared legal references', plan },
    { name: 'corrections and waivers target existing ids and units', plan: withTargets },
  ],
  invalid: [
    {
      name: 'a node cites an undeclared document',
      plan: mutate(plan, (p) => {
        (p.body[0] as { children: { refs: string[] }[] }).children[0]!.refs.push('qd161');
      }),
      errors: [{ messageId: 'unknownLegalRef', path: ['body', 0, 'children', 0, 'refs', 1], data: { node: 'I.1', ref: 'qd161' } }],
    },
    {
      name: 'a correction and a waiver target ids that do not exist',
      plan: mutate(withTargets, (p) => {
        p.corrections[0]!.target = 'nd21';
        p.waivers![1]!.target = 'I.9';
      }),
      errors: [
        { messageId: 'unknownCorrectionTarget', path: ['corrections', 0, 'target'], data: { target: 'nd21' } },
        { messageId: 'unknownWaiverTarget', path: ['waivers', 1, 'target'], data: { target: 'I.9' } },
      ],
    },
  ],
});
