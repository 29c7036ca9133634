import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { placeholder } from './placeholder.rule.js';

new RuleTester({ describe, it }).run(placeholder, {
  valid: [
    { name: 'a plan with every placeholder filled in', plan: cleanPlan() },
    {
      name: 'single brackets and unbalanced ones are text, not placeholders',
      plan: mutate(cleanPlan(), (p) => {
        p.title = 'KẾ HOẠCH [dự thảo] về [[ chưa đóng';
        p.place = 'Khánh Hòa]]';
      }),
    },
  ],
  invalid: [
    {
      name: 'the placeholders of the init template: the title, the province in a unit name, the signer',
      plan: mutate(cleanPlan(), (p) => {
        p.title = 'KẾ HOẠCH [[Tên kế hoạch]] năm [[năm]]';
        p.units[0]!.name = 'Ủy ban nhân dân tỉnh [[tên tỉnh]]';
        p.signature.name = '[[Họ và tên người ký]]';
      }),
      errors: [
        { messageId: 'placeholder', path: ['title'], data: { field: 'title', placeholders: '[[Tên kế hoạch]], [[năm]]' } },
        { messageId: 'placeholder', path: ['units', 0, 'name'], data: { field: 'units[0].name', placeholders: '[[tên tỉnh]]' } },
        {
          messageId: 'placeholder',
          path: ['signature', 'name'],
          messageIncludes: 'The text at signature.name still holds a placeholder to fill in: [[Họ và tên người ký]].',
        },
      ],
    },
    {
      name: 'a placeholder in a task text, repeated, is named once',
      plan: mutate(cleanPlan(), (p) => {
        const task = p.body[0]!.type === 'section' ? p.body[0]!.children[0]! : undefined;
        if (task?.type === 'task') task.text = '[[Đơn vị]] chủ trì; [[Đơn vị]] báo cáo.';
      }),
      errors: [{ messageId: 'placeholder', path: ['body', 0, 'children', 0, 'text'], data: { placeholders: '[[Đơn vị]]' } }],
    },
  ],
});
