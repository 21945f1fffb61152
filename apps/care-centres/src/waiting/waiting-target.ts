import { addMonths, daysBetween } from '#domain';
import type { CurrentRuleSets } from '#rules';
import { CARE_ESCALATIONS } from '../care-centres-rule-sets.js';

/** Bufetat's goal in months from the permit to settlement, as the care-centre rule set in force says. */
export function waitingTargetMonths(ruleSets: CurrentRuleSets): number {
  return ruleSets.current(CARE_ESCALATIONS).parameter('waitingTargetMonths');
}

/** Days a child with a permit is past the target on a day (0 or less: within it). */
export function daysPastTarget(permitDate: string, asOf: string, targetMonths: number): number {
  return daysBetween(addMonths(permitDate, targetMonths), asOf);
}
