import { describe, it } from 'vitest';
import { RuleTester } from '../../../testing/rule-tester.js';
import { cleanPlan, mutate } from '../../../../test/plan-fixture.js';
import { invisibleCharacters } from './invisible-characters.rule.js';

new RuleTester({ describe, it }).run(invisibleCharacters, {
  valid: [
    { name: 'Vietnamese names and text, emoji and a soft hyphen', plan: cleanPlan() },
    {
      name: 'characters that print: combining marks, NFD-looking text, emoji flags',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.name = 'Sở Y tế 🇻🇳 e\u0301';
        p.title = 'KẾ HOẠCH\u00a0THỬ';
      }),
    },
  ],
  invalid: [
    {
      name: 'a right-to-left override in a unit name, zero-width characters in a group name and a title, U+2028 in a task text',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.name = 'Sở \u202eA';
        p.groups[0]!.name = 'Các\u200b sở\u2060';
        p.title = '\ufeffKẾ HOẠCH';
        const task = p.body[0]!.type === 'section' ? p.body[0]!.children[0]! : undefined;
        if (task?.type === 'task') task.text = 'Sở A chủ trì\u2028dòng mới.';
      }),
      errors: [
        { messageId: 'invisible', path: ['title'], data: { field: 'title', chars: 'U+FEFF ZERO WIDTH NO-BREAK SPACE (#1)' } },
        { messageId: 'invisible', path: ['units', 1, 'name'], data: { field: 'units[1].name', chars: 'U+202E RIGHT-TO-LEFT OVERRIDE (#4)' } },
        {
          messageId: 'invisible',
          path: ['groups', 0, 'name'],
          data: { field: 'groups[0].name', chars: 'U+200B ZERO WIDTH SPACE (#4), U+2060 WORD JOINER (#8)' },
        },
        { messageId: 'invisible', path: ['body', 0, 'children', 0, 'text'], data: { chars: 'U+2028 LINE SEPARATOR (#13)' } },
      ],
    },
    {
      name: 'bidirectional isolates and marks in an alias and a signer name',
      plan: mutate(cleanPlan(), (p) => {
        p.units[1]!.aliases = ['A\u2066B\u2069'];
        p.signature.name = 'Nguyễn\u200f Văn A';
      }),
      errors: [
        { messageId: 'invisible', path: ['units', 1, 'aliases', 0], data: { chars: 'U+2066 LEFT-TO-RIGHT ISOLATE (#2), U+2069 POP DIRECTIONAL ISOLATE (#4)' } },
        { messageId: 'invisible', path: ['signature', 'name'], data: { chars: 'U+200F RIGHT-TO-LEFT MARK (#7)' } },
      ],
    },
  ],
});
