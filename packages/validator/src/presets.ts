import type { RuleId } from './rules/index.js';
import type { SeverityOrOff } from './types.js';

/** A rule's setting in a preset or config: a severity, or a severity with options. */
export type RuleSetting = SeverityOrOff | readonly [SeverityOrOff] | readonly [SeverityOrOff, Record<string, unknown>];

/** The name of a preset. */
export type PresetName = 'recommended' | 'strict';

/**
 * The presets: `recommended` runs every rule at its default severity except the pedantic
 * `dates/ambiguous-before`; `strict` raises warnings to errors, turns the pedantic rules on
 * and asks targets for a baseline.
 *
 * @example
 * import { presets } from '@kehoach/validator';
 * presets.strict['dates/non-working-day']; // 'error'
 */
export const presets: Readonly<Record<PresetName, Readonly<Record<RuleId, RuleSetting>>>> = {
  recommended: {
    'refs/unknown-unit': 'error',
    'refs/unknown-reference': 'error',
    'ids/duplicate': 'error',
    'roles/missing-lead': 'error',
    'roles/too-many-leads': 'warning',
    'roles/lead-is-partner': 'error',
    'units/unused': 'info',
    'units/ceased': 'warning',
    'units/successor-choice': 'warning',
    'units/reassigned': 'info',
    'units/successor-cycle': 'error',
    'duties/unowned': 'warning',
    'units/group-cycle': 'error',
    'units/lookalike-names': 'error',
    'dates/before-issue': 'error',
    'dates/outside-period': 'warning',
    'dates/recurring-range': 'warning',
    'dates/non-working-day': 'warning',
    'dates/ambiguous-before': 'off',
    'dates/wording-mismatch': 'error',
    'dates/phase-order': 'error',
    'reporting/chain': 'error',
    'reporting/after-plan-end': 'warning',
    'reporting/no-deadline': 'warning',
    'legal/malformed-number': 'error',
    'legal/year-mismatch': 'warning',
    'legal/dated-after-plan': 'error',
    'legal/lookalike-letters': 'error',
    'form/signature': 'error',
    'form/recipients': 'warning',
    'targets/measurable': 'warning',
    'targets/outside-period': 'warning',
    'authority/assign-external': 'warning',
    'text/invisible-characters': 'error',
    'text/placeholder': 'error',
  },
  strict: {
    'refs/unknown-unit': 'error',
    'refs/unknown-reference': 'error',
    'ids/duplicate': 'error',
    'roles/missing-lead': 'error',
    'roles/too-many-leads': 'error',
    'roles/lead-is-partner': 'error',
    'units/unused': 'info',
    'units/ceased': 'error',
    'units/successor-choice': 'error',
    'units/reassigned': 'info',
    'units/successor-cycle': 'error',
    'duties/unowned': 'error',
    'units/group-cycle': 'error',
    'units/lookalike-names': 'error',
    'dates/before-issue': 'error',
    'dates/outside-period': 'error',
    'dates/recurring-range': 'error',
    'dates/non-working-day': 'error',
    'dates/ambiguous-before': 'info',
    'dates/wording-mismatch': 'error',
    'dates/phase-order': 'error',
    'reporting/chain': 'error',
    'reporting/after-plan-end': 'error',
    'reporting/no-deadline': 'error',
    'legal/malformed-number': ['error', { unknownType: true }],
    'legal/year-mismatch': 'error',
    'legal/dated-after-plan': 'error',
    'legal/lookalike-letters': 'error',
    'form/signature': 'error',
    'form/recipients': 'error',
    'targets/measurable': ['error', { requireBaseline: true }],
    'targets/outside-period': 'error',
    'authority/assign-external': 'error',
    'text/invisible-characters': 'error',
    'text/placeholder': 'error',
  },
};
