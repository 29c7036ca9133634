import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, r } from '../../../../test/plan-fixture.js';
import { assignExternal } from './assign-external.rule.js';

const task = (input: Parameters<typeof r.task>[1]) => cleanPlan({ body: [r.section('I', 'NV', [r.task('1', input)])] });

new RuleTester({ describe, it }).run(assignExternal, {
  valid: [
    { name: 'Tỉnh đoàn is requested', plan: cleanPlan() },
    { name: 'an external partner of an assigned task', plan: task({ lead: 'soA', partners: ['doan'], text: 'Sở A chủ trì, phối hợp với Tỉnh đoàn.' }) },
  ],
  invalid: [
    {
      name: 'Tỉnh đoàn is assigned a task',
      plan: task({ lead: 'doan', text: 'Tỉnh đoàn chủ trì tuyên truyền.' }),
      errors: [{ messageId: 'assignedExternal', path: ['body', 0, 'children', 0, 'lead'], data: { node: 'I.1', unit: 'Tỉnh đoàn', role: { vi: 'chủ trì', en: 'lead' } } }],
    },
    {
      name: 'an external partner when partners are checked',
      plan: task({ lead: 'soA', partners: ['doan'], text: 'Sở A chủ trì, phối hợp với Tỉnh đoàn.' }),
      options: { partners: true },
      errors: [{ messageId: 'assignedExternal', path: ['body', 0, 'children', 0, 'partners', 0] }],
    },
  ],
});
