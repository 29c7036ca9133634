import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { malformedNumber } from './malformed-number.rule.js';

const legal = (...numbers: string[]) => cleanPlan({ legal: numbers.map((number, i) => ({ id: `ref${i}`, number })) });

new RuleTester({ describe, it }).run(malformedNumber, {
  valid: [
    { name: 'a clean plan', plan: cleanPlan() },
    {
      name: 'lower-case types, TTg, &, several groups, Party and National Assembly numbers',
      plan: legal('161/QĐ-TTg', '05/TTr-UBND', '12/QyĐ-UBND', '03/CTr-UBND', '7308/KH-BNN-TCLN', '150/QĐ-SNN&PTNT', '39-CT/TW', '45/2019/QH14', '07/2019/NQ-HĐND'),
    },
    { name: 'unknown types are not reported by default', plan: legal('15/XYZ-UBND') },
  ],
  invalid: [
    {
      name: 'spaces, a missing issuer, a dash for the hyphen',
      plan: legal('12127 / KH-UBND', '12/KH', '20/2021/NĐ–CP'),
      errors: [
        { messageId: 'malformedLegalNumber', path: ['legal', 0, 'number'], messageIncludes: 'without spaces' },
        { messageId: 'malformedLegalNumber', path: ['legal', 1, 'number'], messageIncludes: 'issuer abbreviation is missing' },
        { messageId: 'malformedLegalNumber', path: ['legal', 2, 'number'], messageIncludes: 'hyphen' },
      ],
    },
    {
      name: 'the plan number lacks its leading zero and disagrees with the type',
      plan: cleanPlan({ number: '5/KH-UBND', type: 'CTr' }),
      errors: [
        { messageId: 'planNumberStyle', path: ['number'], messageIncludes: 'leading zero' },
        { messageId: 'typeMismatch', path: ['type'], data: { type: 'CTr', numberType: 'KH' } },
      ],
    },
    { name: 'a malformed plan number', plan: cleanPlan({ number: 'KH-UBND' }), errors: [{ messageId: 'malformedPlanNumber', path: ['number'] }] },
    { name: 'unknown types when asked', plan: legal('15/XYZ-UBND'), options: { unknownType: true }, errors: [{ messageId: 'unknownType', messageIncludes: 'XYZ' }] },
  ],
});
