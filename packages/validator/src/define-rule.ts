import type { Rule } from './types.js';

/**
 * Defines a rule, with its options type inferred from the check's signature.
 *
 * @example
 * export const myRule = defineRule({
 *   meta: { id: 'targets/measurable', code: 'KH601', defaultSeverity: 'warning', docs: { description: '…', descriptionVi: '…' }, messages: { noValue: { vi: '…', en: '…' } } },
 *   check(plan, ctx, options, report) {},
 * });
 */
export function defineRule<Options = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
