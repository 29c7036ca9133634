import type { AnyRule } from '../types.js';
import { unknownUnit } from './refs/unknown-unit/unknown-unit.rule.js';
import { unknownReference } from './refs/unknown-reference/unknown-reference.rule.js';
import { duplicateIds } from './ids/duplicate/duplicate.rule.js';
import { missingLead } from './roles/missing-lead/missing-lead.rule.js';
import { tooManyLeads } from './roles/too-many-leads/too-many-leads.rule.js';
import { leadIsPartner } from './roles/lead-is-partner/lead-is-partner.rule.js';
import { unusedUnit } from './units/unused/unused.rule.js';
import { ceasedUnit } from './units/ceased/ceased.rule.js';
import { successorChoice } from './units/successor-choice/successor-choice.rule.js';
import { reassignedDuty } from './units/reassigned/reassigned.rule.js';
import { successorCycle } from './units/successor-cycle/successor-cycle.rule.js';
import { unownedDeadline } from './duties/unowned/unowned.rule.js';
import { groupCycle } from './units/group-cycle/group-cycle.rule.js';
import { lookalikeNames } from './units/lookalike-names/lookalike-names.rule.js';
import { beforeIssue } from './dates/before-issue/before-issue.rule.js';
import { outsidePeriod } from './dates/outside-period/outside-period.rule.js';
import { recurringRange } from './dates/recurring-range/recurring-range.rule.js';
import { nonWorkingDay } from './dates/non-working-day/non-working-day.rule.js';
import { ambiguousBefore } from './dates/ambiguous-before/ambiguous-before.rule.js';
import { wordingMismatch } from './dates/wording-mismatch/wording-mismatch.rule.js';
import { phaseOrder } from './dates/phase-order/phase-order.rule.js';
import { reportingChain } from './reporting/chain/chain.rule.js';
import { afterPlanEnd } from './reporting/after-plan-end/after-plan-end.rule.js';
import { reportingNoDeadline } from './reporting/no-deadline/no-deadline.rule.js';
import { malformedNumber } from './legal/malformed-number/malformed-number.rule.js';
import { yearMismatch } from './legal/year-mismatch/year-mismatch.rule.js';
import { datedAfterPlan } from './legal/dated-after-plan/dated-after-plan.rule.js';
import { lookalikeLetters } from './legal/lookalike-letters/lookalike-letters.rule.js';
import { signatureForm } from './form/signature/signature.rule.js';
import { recipientsCover } from './form/recipients/recipients.rule.js';
import { measurableTarget } from './targets/measurable/measurable.rule.js';
import { targetOutsidePeriod } from './targets/outside-period/outside-period.rule.js';
import { assignExternal } from './authority/assign-external/assign-external.rule.js';
import { invisibleCharacters } from './text/invisible-characters/invisible-characters.rule.js';
import { placeholder } from './text/placeholder/placeholder.rule.js';

/**
 * Every built-in rule, keyed by id, in the order they run.
 *
 * @example
 * import { rules } from '@kehoach/validator';
 * rules['refs/unknown-unit'].meta.code; // 'KH101'
 */
export const rules = {
  'refs/unknown-unit': unknownUnit,
  'refs/unknown-reference': unknownReference,
  'ids/duplicate': duplicateIds,
  'roles/missing-lead': missingLead,
  'roles/too-many-leads': tooManyLeads,
  'roles/lead-is-partner': leadIsPartner,
  'units/unused': unusedUnit,
  'units/ceased': ceasedUnit,
  'units/successor-choice': successorChoice,
  'units/reassigned': reassignedDuty,
  'units/successor-cycle': successorCycle,
  'duties/unowned': unownedDeadline,
  'units/group-cycle': groupCycle,
  'units/lookalike-names': lookalikeNames,
  'dates/before-issue': beforeIssue,
  'dates/outside-period': outsidePeriod,
  'dates/recurring-range': recurringRange,
  'dates/non-working-day': nonWorkingDay,
  'dates/ambiguous-before': ambiguousBefore,
  'dates/wording-mismatch': wordingMismatch,
  'dates/phase-order': phaseOrder,
  'reporting/chain': reportingChain,
  'reporting/after-plan-end': afterPlanEnd,
  'reporting/no-deadline': reportingNoDeadline,
  'legal/malformed-number': malformedNumber,
  'legal/year-mismatch': yearMismatch,
  'legal/dated-after-plan': datedAfterPlan,
  'legal/lookalike-letters': lookalikeLetters,
  'form/signature': signatureForm,
  'form/recipients': recipientsCover,
  'targets/measurable': measurableTarget,
  'targets/outside-period': targetOutsidePeriod,
  'authority/assign-external': assignExternal,
  'text/invisible-characters': invisibleCharacters,
  'text/placeholder': placeholder,
} as const satisfies Record<string, AnyRule>;

/** The id of a built-in rule. */
export type RuleId = keyof typeof rules;
