import { defineRule } from '../../../define-rule.js';

/**
 * Successors must lead somewhere: a unit that is, through its successors, its own successor
 * (A → B → A) leaves its duties to nobody. Each cycle is reported once, at its first unit.
 */
export const successorCycle = defineRule({
  meta: {
    id: 'units/successor-cycle',
    code: 'KH133',
    defaultSeverity: 'error',
    docs: {
      description: 'Units succeed each other in a cycle, so their duties go to nobody.',
      descriptionVi: 'Các đơn vị kế thừa lẫn nhau thành vòng, nên nhiệm vụ không đến được đơn vị nào.',
    },
    messages: {
      cycle: {
        vi: 'Đơn vị kế thừa tạo thành vòng: {cycle}.',
        en: 'Successors form a cycle: {cycle}.',
      },
    },
  },
  check(plan, ctx, _options, report) {
    const reported = new Set<string>();
    plan.units.forEach((unit, i) => {
      // Depth-first from each unit; a path returning to its start is a cycle.
      const stack: { key: string; trail: string[] }[] = [{ key: unit.key, trail: [unit.key] }];
      while (stack.length > 0) {
        const { key, trail } = stack.pop()!;
        for (const next of ctx.units.get(key)?.successors ?? []) {
          if (next.unit === unit.key) {
            const members = [...trail].sort().join('|');
            if (reported.has(members)) continue;
            reported.add(members);
            report({
              messageId: 'cycle',
              data: { cycle: [...trail, unit.key].map((k) => ctx.nameOf(k)).join(' → ') },
              path: ['units', i, 'successors'],
              subjects: trail,
            });
          } else if (!trail.includes(next.unit) && trail.length < 50) {
            stack.push({ key: next.unit, trail: [...trail, next.unit] });
          }
        }
      }
    });
  },
});
