import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { lookalikeNames } from './lookalike-names.rule.js';

const CYRILLIC_O = '\u043e';
const GREEK_OMICRON = '\u03bf';

new RuleTester({ describe, it }).run(lookalikeNames, {
  valid: [
    { name: 'distinct Vietnamese names', plan: cleanPlan() },
    {
      name: 'names that differ by a tone mark or a letter, and the same name twice on one unit',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.name = 'Sở Y tế';
        p.units[1]!.short = 'Sở Y tế';
        p.units[2]!.name = 'Sở Y tê';
        p.units[3]!.name = 'Sơ Y tế';
      }),
    },
  ],
  invalid: [
    {
      name: 'a Cyrillic о in "Sở Y tế", declared beside the Latin one',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.name = 'Sở Y tế';
        p.units[2]!.name = `S${CYRILLIC_O}\u031b\u0309 Y tế`.normalize('NFC');
      }),
      errors: [
        { messageId: 'mixedScripts', path: ['units', 2, 'name'], data: { key: 'soB', script: 'Cyrillic', chars: '"о" U+043E (#2)' } },
        { messageId: 'lookalike', path: ['units', 2, 'name'], data: { key: 'soB', otherKey: 'soA', otherName: 'Sở Y tế' } },
      ],
    },
    {
      name: 'a Greek omicron in a group alias, and a digit 1 for a letter l between two districts',
      plan: mutate(cleanPlan(), (p) => {
        p.units[3]!.name = 'UBND quận 1';
        p.units[4]!.name = 'UBND quận l';
        p.groups[0]!.aliases = [`Các huyện và thành ph${GREEK_OMICRON}`];
      }),
      errors: [
        { messageId: 'lookalike', path: ['units', 4, 'name'], data: { key: 'huyenY', otherKey: 'huyenX', chars: '"l" U+006C (#11), "1" U+0031 (#11)' } },
        { messageId: 'mixedScripts', path: ['groups', 0, 'aliases', 0], data: { key: 'huyen', script: 'Greek' } },
      ],
    },
  ],
});
