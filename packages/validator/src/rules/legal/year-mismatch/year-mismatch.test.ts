import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { yearMismatch } from './year-mismatch.rule.js';

const typo = { id: 'nq07', number: '07/2029/NQ-HĐND', date: '2019-12-10' as const };

new RuleTester({ describe, it }).run(yearMismatch, {
  valid: [
    { name: 'the year agrees with the date', plan: cleanPlan() },
    { name: 'administrative and Party numbers carry no year', plan: cleanPlan({ legal: [{ number: '161/QĐ-TTg', date: '2016-01-25' }, { number: '39-CT/TW', date: '2019-11-01' }] }) },
  ],
  invalid: [
    {
      name: 'a typo in the year',
      plan: cleanPlan({ legal: [typo] }),
      errors: [{ messageId: 'mismatch', path: ['legal', 0, 'number'], data: { year: 2029, date: { vi: '10/12/2019', en: '2019-12-10' } } }],
    },
    {
      name: 'a typo the plan records as a correction',
      plan: cleanPlan({
        legal: [typo],
        corrections: [{ id: 'nq07-year', target: 'nq07', field: 'number', asIssued: '07/2029/NQ-HĐND', corrected: '07/2019/NQ-HĐND', note: { vi: 'Sai năm.', en: 'Wrong year.' } }],
      }),
      errors: [{ messageId: 'mismatchCorrected', data: { correction: 'nq07-year', corrected: '07/2019/NQ-HĐND' } }],
    },
  ],
});
