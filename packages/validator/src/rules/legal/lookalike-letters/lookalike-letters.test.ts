import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { intendedLetter, lookalikeLetters } from './lookalike-letters.rule.js';

const ETH = '\u00D0';

new RuleTester({ describe, it }).run(lookalikeLetters, {
  valid: [
    { name: 'symbols written with Đ (U+0110) and ASCII letters', plan: cleanPlan({ legal: [{ number: '161/QĐ-TTg' }, { number: '07/2019/NQ-HĐND' }, { number: '7308/KH-BNN-TCLN' }, { number: '39-CT/TW' }] }) },
    { name: 'a decision numbered with Đ', plan: mutate(cleanPlan(), (p) => { p.type = 'QĐ'; p.number = '05/QĐ-UBND'; }) },
  ],
  invalid: [
    {
      name: 'eth (U+00D0) for Đ in a cited decision',
      plan: cleanPlan({ legal: [{ id: 'qd161', number: `161/Q${ETH}-TTg` }] }),
      errors: [{ messageId: 'lookalike', path: ['legal', 0, 'number'], data: { text: `161/Q${ETH}-TTg`, chars: '"Ð" U+00D0 (#6) → "Đ" U+0110', fixed: '161/QĐ-TTg' } }],
    },
    {
      name: 'eth in the plan’s own type and number',
      plan: mutate(cleanPlan(), (p) => { p.type = `Q${ETH}`; p.number = `05/Q${ETH}-UBND`; }),
      errors: [
        { messageId: 'lookalike', path: ['type'], data: { fixed: 'QĐ' } },
        { messageId: 'lookalike', path: ['number'], data: { fixed: '05/QĐ-UBND' } },
      ],
    },
    {
      name: 'a Cyrillic К and Н in the plan number',
      plan: mutate(cleanPlan(), (p) => { p.number = '05/\u041A\u041D-UBND'; }),
      errors: [{ messageId: 'lookalike', path: ['number'], data: { chars: '"К" U+041A (#4) → "K" U+004B, "Н" U+041D (#5) → "H" U+0048', fixed: '05/KH-UBND' } }],
    },
    {
      name: 'a Greek capital and a full-width letter in a resolution’s symbol',
      plan: cleanPlan({ legal: [{ number: '07/2019/\u039DQ-H\u0110\uFF2E\u0044' }] }),
      errors: [{ messageId: 'lookalike', data: { fixed: '07/2019/NQ-HĐND' } }],
    },
  ],
});

describe('intendedLetter', () => {
  it('gives the symbol letter a look-alike stands for, and nothing for real symbol characters', () => {
    expect(intendedLetter('\u00D0')).toBe('Đ');
    expect(intendedLetter('\u0189')).toBe('Đ');
    expect(intendedLetter('\u00F0')).toBe('đ');
    expect(intendedLetter('\u0406')).toBe('I');
    expect(intendedLetter('\u0399')).toBe('I');
    expect(intendedLetter('\u0440')).toBe('p');
    for (const c of ['Đ', 'đ', 'Q', 'q', '0', '/', '-', '&', '.']) expect(intendedLetter(c), c).toBeUndefined();
    expect(intendedLetter('ư')).toBeUndefined();
  });
});
