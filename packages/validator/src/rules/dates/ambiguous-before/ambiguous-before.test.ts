import { describe, it } from 'vitest';
import { yearly } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { before, cleanPlan, r } from '../../../../test/plan-fixture.js';
import { ambiguousBefore } from './ambiguous-before.rule.js';

const task = (...deadlines: ReturnType<typeof before | typeof yearly>[]) =>
  cleanPlan({ body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines })])] });

new RuleTester({ describe, it }).run(ambiguousBefore, {
  valid: [
    { name: '"chậm nhất ngày" is not ambiguous', plan: cleanPlan() },
  ],
  invalid: [
    {
      name: 'before a Monday: the Friday before, or the Monday',
      plan: task(before('2021-12-20', { text: 'trước ngày 20/12/2021' })),
      errors: [
        {
          messageId: 'ambiguous',
          data: { lenient: { vi: '20/12/2021', en: '2021-12-20' }, dayBefore: { vi: '19/12/2021', en: '2021-12-19' }, strict: { vi: '17/12/2021', en: '2021-12-17' } },
        },
      ],
    },
    {
      name: 'before a Saturday: Monday or Friday',
      plan: task(before('2025-11-15', { text: 'trước ngày 15/11/2025' })),
      errors: [
        {
          messageId: 'ambiguous',
          path: ['body', 0, 'children', 0, 'deadlines', 0],
          data: {
            text: 'trước ngày 15/11/2025',
            lenient: { vi: '17/11/2025', en: '2025-11-17' },
            dayBefore: { vi: '14/11/2025', en: '2025-11-14' },
            strict: { vi: '14/11/2025', en: '2025-11-14' },
          },
        },
      ],
    },
    {
      name: 'each occurrence of "hàng năm trước ngày 15/11"',
      plan: task(yearly({ month: 11, day: 15 })),
      errors: [{ messageId: 'ambiguous', data: { date: { vi: '15/11/2024', en: '2024-11-15' } } }, { messageId: 'ambiguous', data: { date: { vi: '15/11/2025', en: '2025-11-15' } } }],
    },
  ],
});
