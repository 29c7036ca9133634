import type { LocalizedText } from '@kehoach/core';
import type { Diagnostic, Severity } from './types.js';

/** @internal Diagnostics of the engine itself: bad input, bad configuration, waivers. */
export interface EngineRuleMeta {
  id: string;
  code: string;
  severity: Severity;
  description: string;
}

/**
 * Diagnostics the engine reports itself, outside the rule registry: they cannot be turned off.
 *
 * @example
 * ENGINE_RULES['config/unknown-rule'].code; // 'KH002'
 */
export const ENGINE_RULES = {
  'plan/not-a-plan': { id: 'plan/not-a-plan', code: 'KH000', severity: 'error', description: 'The input is not a plan model.' },
  'config/invalid': { id: 'config/invalid', code: 'KH001', severity: 'error', description: 'The validator configuration is invalid.' },
  'config/unknown-rule': { id: 'config/unknown-rule', code: 'KH002', severity: 'error', description: 'The configuration names a rule that does not exist.' },
  'config/invalid-options': { id: 'config/invalid-options', code: 'KH003', severity: 'error', description: 'The options given to a rule are invalid.' },
  'waivers/unknown-rule': { id: 'waivers/unknown-rule', code: 'KH004', severity: 'warning', description: 'A waiver names a rule that does not exist.' },
  'waivers/unused': { id: 'waivers/unused', code: 'KH005', severity: 'info', description: 'A waiver suppresses nothing.' },
  'internal/rule-failed': { id: 'internal/rule-failed', code: 'KH009', severity: 'error', description: 'A rule could not check the plan.' },
} as const satisfies Record<string, EngineRuleMeta>;

/** @internal */
export type EngineRuleId = keyof typeof ENGINE_RULES;

/** @internal A diagnostic of the engine. */
export function engineDiagnostic(id: EngineRuleId, path: (string | number)[], message: LocalizedText, nodeId?: string): Diagnostic {
  const meta = ENGINE_RULES[id];
  const d: Diagnostic = { ruleId: meta.id, code: meta.code, severity: meta.severity, messageId: id.split('/')[1]!, message, path };
  if (nodeId !== undefined) d.nodeId = nodeId;
  return d;
}
