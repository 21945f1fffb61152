import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { EscalationDecider } from '#rules';

import { PeopleRepository } from '../../people/people.repository.js';
import { waitingTargetsOf } from '../../people/waiting-targets.js';
import { SETTLEMENT_ESCALATIONS } from '../../settlement-rule-sets.js';
import { type CheckResult, checkResultOf } from '../check-result.js';
import { householdSubject } from '../checks.repository.js';
import { householdFacts } from '../household-facts.js';
import { NATIONAL_FACTS_ABSENT } from '../national-facts.js';

/** A household's case: escalated while its members wait past their target, resolved once nobody does. */
@Injectable()
export class CheckHousehold {
  constructor(
    @Inject(EscalationDecider) private readonly escalations: Pick<EscalationDecider, 'lock' | 'decide'>,
    @Inject(PeopleRepository) private readonly people: Pick<PeopleRepository, 'waitingInHousehold'>,
  ) {}

  async execute(transaction: EntityManager, householdId: string, asOf: string): Promise<CheckResult> {
    await this.escalations.lock(transaction, `settlement:household:${householdId}`);
    const waiting = await this.people.waitingInHousehold(householdId, transaction);
    return checkResultOf(
      await this.escalations.decide(
        transaction,
        SETTLEMENT_ESCALATIONS,
        // The targets of the version that decides, so an activation in between cannot mix two versions.
        (ruleSet) => ({
          ...NATIONAL_FACTS_ABSENT,
          ...householdFacts(waiting, asOf, waitingTargetsOf(ruleSet)),
        }),
        { household: householdSubject(householdId) },
        { asOf, householdId },
      ),
    );
  }
}
