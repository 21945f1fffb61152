import { NotFoundError } from '#domain';

import type { CompiledRuleSet } from '../compiled-rule-set.js';

export interface RuleSetRegistration {
  ruleSetId: string;
  /** The rule file policy staff edit, absolute or relative to the working directory. */
  file: string;
}

/**
 * The rule sets this instance decides with and the compiled version in force of each. A version is swapped in
 * whole between evaluations, so an event is decided by exactly one version.
 */
export class RuleSetRegistry {
  private readonly compiled = new Map<string, CompiledRuleSet>();
  private readonly registrations = new Map<string, RuleSetRegistration>();

  register(registration: RuleSetRegistration): void {
    this.registrations.set(registration.ruleSetId, registration);
  }

  registered(): RuleSetRegistration[] {
    return [...this.registrations.values()];
  }

  isRegistered(ruleSetId: string): boolean {
    return this.registrations.has(ruleSetId);
  }

  /** The compiled version in force now. */
  current(ruleSetId: string): CompiledRuleSet {
    const ruleSet = this.compiled.get(ruleSetId);
    if (!ruleSet) throw new NotFoundError(`This service has no rule set "${ruleSetId}" loaded`, 'ruleSetId');
    return ruleSet;
  }

  /** The version in force, or undefined before the first one is loaded. */
  find(ruleSetId: string): CompiledRuleSet | undefined {
    return this.compiled.get(ruleSetId);
  }

  swapIn(ruleSet: CompiledRuleSet): void {
    this.compiled.set(ruleSet.id, ruleSet);
  }
}
