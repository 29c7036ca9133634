import { describe, it } from 'vitest';
import { noLaterThan, onRequest } from '@kehoach/core';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { reportingNoDeadline } from './no-deadline.rule.js';

const reports = (...list: Parameters<typeof r.report>[0][]) =>
  cleanPlan({ body: [r.section('I', 'BÁO CÁO', [r.item('', 'Báo cáo.', { reports: list.map((x) => r.report(x)) })])] });
const at = (i: number) => ['body', 0, 'children', 0, 'reports', i, 'deadlines'];

new RuleTester({ describe, it }).run(reportingNoDeadline, {
  valid: [
    { name: 'a dated report', plan: reports({ from: 'soA', to: 'ubnd', what: 'BC năm', deadlines: [noLaterThan('2024-11-14')] }) },
    { name: 'a report on request keeps its duty, undated', plan: reports({ from: 'soA', to: 'ubnd', what: 'BC đột xuất', deadlines: [onRequest({ text: 'khi có yêu cầu' })] }) },
  ],
  invalid: [
    {
      name: 'a report with no deadline, beside a dated one',
      plan: reports({ from: 'soA', to: 'ubnd', what: 'BC năm', deadlines: [noLaterThan('2024-11-14')] }, { from: 'soB', to: 'ubnd', what: 'BC theo quy định', deadlines: [] }),
      errors: [{ messageId: 'noDeadline', path: at(1), data: { what: 'BC theo quy định' } }],
    },
  ],
});
