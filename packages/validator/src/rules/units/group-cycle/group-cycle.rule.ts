import { defineRule } from '../../../define-rule.js';

/**
 * A group that contains itself, directly (`members: ['nhom']` in `nhom`) or through nested
 * groups (`a` lists `b`, `b` lists `a`). Such a group has no well-defined members: "each member"
 * of it expands to an arbitrary cut of the cycle. Each group on a cycle is reported once, with
 * the shortest way back to itself.
 */
export const groupCycle = defineRule({
  meta: {
    id: 'units/group-cycle',
    code: 'KH124',
    defaultSeverity: 'error',
    docs: {
      description: 'A group contains itself, directly or through nested groups.',
      descriptionVi: 'Nhóm đơn vị chứa chính nó, trực tiếp hoặc qua các nhóm lồng nhau.',
    },
    messages: {
      cycle: {
        vi: 'Nhóm "{group}" chứa chính nó: {cycle}. Thành viên của nhóm không xác định được; hãy bỏ một liên kết trong vòng này.',
        en: 'Group "{group}" contains itself: {cycle}. Its members are not well defined; remove one link of this cycle.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    plan.groups.forEach((group, i) => {
      const path = shortestCycle(group.key, (key) => ctx.groups.get(key)?.members.filter((m) => ctx.groups.has(m)) ?? []);
      if (path === undefined) return;
      report({ messageId: 'cycle', data: { group: group.key, cycle: path.join(' → ') }, path: ['groups', i, 'members'], subjects: [group.key] });
    });
  },
});

/** The shortest path `start → … → start` through `next`, breadth first; undefined when there is none. */
function shortestCycle(start: string, next: (key: string) => readonly string[]): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const key = queue[head]!;
    for (const member of next(key)) {
      if (member === start) {
        const chain: string[] = [];
        for (let at: string | undefined = key; at !== start && at !== undefined; at = previous.get(at)) chain.unshift(at);
        return [start, ...chain, start];
      }
      if (previous.has(member)) continue;
      previous.set(member, key);
      queue.push(member);
    }
  }
  return undefined;
}
