import { addMonths, daysBetween } from '#domain';
import type { CompiledRuleSet } from '#rules';

/** Bufetat's goal in months from the permit to settlement, as a version of the care-centre rule set says. */
export function waitingTargetMonths(ruleSet: CompiledRuleSet): number {
  return ruleSet.parameter('waitingTargetMonths');
}

/** Days a child with a permit is past the target on a day (0 or less: within it). */
export function daysPastTarget(permitDate: string, asOf: string, targetMonths: number): number {
  return daysBetween(addMonths(permitDate, targetMonths), asOf);
}
