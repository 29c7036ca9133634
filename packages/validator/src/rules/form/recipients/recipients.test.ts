import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan } from '../../../../test/plan-fixture.js';
import { recipientsCover } from './recipients.rule.js';

new RuleTester({ describe, it }).run(recipientsCover, {
  valid: [
    { name: 'groups on recipient lines cover their members', plan: cleanPlan() },
    {
      name: 'units listed one by one',
      plan: cleanPlan({ recipients: [{ text: 'Sở A, Sở B', units: ['soA', 'soB'] }, { text: 'Các huyện, Tỉnh đoàn', units: ['huyenX', 'huyenY', 'doan'] }] }),
    },
  ],
  invalid: [
    {
      name: 'Tỉnh đoàn and one district are not sent the plan',
      plan: cleanPlan({ recipients: [{ text: 'Các sở, ngành', units: ['soNganh'] }, { text: 'UBND huyện X', units: ['huyenX'] }, { text: 'Lưu: VT', archive: true }] }),
      errors: [
        { messageId: 'notRecipient', path: ['recipients'], data: { unit: 'UBND huyện Y' } },
        { messageId: 'notRecipient', data: { unit: 'Tỉnh đoàn' } },
      ],
    },
    { name: 'no recipient lines at all', plan: cleanPlan({ recipients: [{ text: 'Lưu: VT', archive: true }] }), errors: [{ messageId: 'noRecipients', data: { count: 5 } }] },
  ],
});
