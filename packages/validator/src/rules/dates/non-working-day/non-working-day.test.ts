import { describe, it } from 'vitest';
import { noLaterThan, on, yearly } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { before, cleanPlan, r } from '../../../../test/plan-fixture.js';
import { nonWorkingDay } from './non-working-day.rule.js';

const task = (...deadlines: ReturnType<typeof noLaterThan | typeof yearly>[]) =>
  cleanPlan({ body: [r.section('I', 'NV', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines })])] });

new RuleTester({ describe, it }).run(nonWorkingDay, {
  valid: [
    { name: 'deadlines on working days', plan: cleanPlan() },
    { name: 'a Saturday made a working day is not flagged: a weekday', plan: task(on('2024-06-28')) },
  ],
  invalid: [
    {
      name: 'a Saturday: work to the Friday before; the legal limit is Monday',
      plan: task(before('2025-11-15')),
      errors: [
        {
          messageId: 'nonWorking',
          path: ['body', 0, 'children', 0, 'deadlines', 0],
          data: { date: { vi: '15/11/2025', en: '2025-11-15' }, day: { vi: 'Thứ Bảy', en: 'Saturday' }, effective: { vi: '14/11/2025', en: '2025-11-14' }, legal: { vi: '17/11/2025', en: '2025-11-17' } },
        },
      ],
    },
    {
      name: 'National Day 2/9/2025 and the Tết holiday: the working day before, and the legal limit after',
      plan: task(noLaterThan('2025-09-02'), noLaterThan('2025-01-29')),
      errors: [
        { messageId: 'nonWorking', messageIncludes: 'work to 2025-08-29, the working day before; the legal limit under Civil Code 2015, Art. 148(5) is 2025-09-03' },
        { messageId: 'nonWorking', messageIncludes: 'work to 2025-01-24, the working day before; the legal limit under Civil Code 2015, Art. 148(5) is 2025-02-03' },
      ],
    },
    {
      name: 'each occurrence of a yearly deadline that falls on a day off',
      plan: task(yearly({ month: 11, day: 15 })),
      errors: [{ messageId: 'nonWorking', data: { date: { vi: '15/11/2025', en: '2025-11-15' } } }],
    },
    {
      name: 'a yearly deadline on a day off twice: one diagnostic naming both occurrences',
      plan: task(yearly({ month: 6, day: 1 })),
      errors: [
        {
          messageId: 'nonWorkingRecurring',
          path: ['body', 0, 'children', 0, 'deadlines', 0],
          data: { count: '2' },
          messageIncludes:
            'falls on a day off 2 times: 2024-06-01 (Saturday: work to 2024-05-31, legal limit 2024-06-03); 2025-06-01 (Sunday: work to 2025-05-30, legal limit 2025-06-02).',
        },
      ],
    },
  ],
});
