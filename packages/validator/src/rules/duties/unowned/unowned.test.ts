import { describe, it } from 'vitest';
import { endOfYear, when } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate, r } from '../../../../test/plan-fixture.js';
import { unownedDeadline } from './unowned.rule.js';

const objective = (options: Parameters<typeof r.item>[2]) =>
  cleanPlan({
    body: [
      r.section('I', 'MỤC TIÊU', [r.item('a', 'Đến cuối năm 2024, các sở, ngành, địa phương xây dựng kế hoạch hành động.', options)]),
      r.section('II', 'NHIỆM VỤ', [r.task('1', { lead: 'soA', text: 'Sở A chủ trì.', deadlines: [when('khi có yêu cầu')] })]),
    ],
  });

new RuleTester({ describe, it }).run(unownedDeadline, {
  valid: [
    { name: 'the clean plan', plan: cleanPlan() },
    { name: 'an objective naming its owners', plan: objective({ owners: [r.each('tatCa')], deadlines: [endOfYear(2024)] }) },
  ],
  invalid: [
    {
      name: 'an objective with a deadline and no owners',
      plan: objective({ deadlines: [endOfYear(2024, { text: 'Đến cuối năm 2024' })] }),
      errors: [{ messageId: 'noOwner', path: ['body', 0, 'children', 0, 'deadlines', 0], data: { dates: { vi: '31/12/2024', en: '2024-12-31' } } }],
    },
    {
      name: 'a reporting rule with no reporter on such an item',
      plan: objective({ reports: [r.report({ to: 'ubnd', what: 'Báo cáo', deadlines: [when('khi có yêu cầu')] })] }),
      errors: [{ messageId: 'noReporter', path: ['body', 0, 'children', 0, 'reports', 0, 'deadlines', 0], data: { what: 'Báo cáo', dates: { vi: '(không ghi ngày)', en: '(no date)' } } }],
    },
    {
      name: 'a group with no members',
      plan: mutate(cleanPlan(), (p) => {
        p.groups[0]!.members = [];
      }),
      errors: [
        { messageId: 'emptyGroup', path: ['body', 0, 'children', 1, 'deadlines', 0], data: { group: 'UBND các huyện' } },
        { messageId: 'emptyGroup', path: ['body', 0, 'children', 0, 'deadlines', 0], data: { group: 'UBND các huyện' } },
      ],
    },
  ],
});
