import { describe, it } from 'vitest';
import type { Signature } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { signatureForm } from './signature.rule.js';

const signed = (signature: Signature) => cleanPlan({ signature });

new RuleTester({ describe, it }).run(signatureForm, {
  valid: [
    { name: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', plan: cleanPlan() },
    { name: 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', plan: signed({ form: 'TM', authority: 'ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn B' }) },
    { name: 'the head signs', plan: signed({ form: 'none', title: 'GIÁM ĐỐC', name: 'Nguyễn Văn C' }) },
  ],
  invalid: [
    {
      name: 'a form outside Decree 30 in unchecked JSON',
      plan: mutate(cleanPlan(), (p) => {
        (p.signature as { form: string }).form = 'T/M';
      }),
      errors: [{ messageId: 'unknownForm', path: ['signature', 'form'], data: { form: 'T/M' } }],
    },
    { name: 'KT. without the office', plan: signed({ form: 'KT', title: 'PHÓ GIÁM ĐỐC', name: 'A' }), errors: [{ messageId: 'missingAuthority', data: { form: 'KT' } }] },
    { name: 'KT. signed by the head', plan: signed({ form: 'KT', authority: 'CHỦ TỊCH', title: 'Chủ tịch', name: 'A' }), errors: [{ messageId: 'deputySameTitle', path: ['signature', 'title'] }] },
    { name: 'TM. for a person', plan: signed({ form: 'TM', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'A' }), errors: [{ messageId: 'tmPerson' }] },
    { name: 'an office without a form', plan: signed({ form: 'none', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'A' }), errors: [{ messageId: 'authorityWithoutForm' }] },
  ],
});
