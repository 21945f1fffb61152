import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { EscalationDecider } from '#rules';

import { MunicipalDecisionsRepository } from '../../municipalities/municipal-decisions.repository.js';
import { NeedRepository } from '../../need/need.repository.js';
import { componentsOf } from '../../need/need-components.js';
import { RequestsRepository } from '../../requests/requests.repository.js';
import { SETTLEMENT_ESCALATIONS } from '../../settlement-rule-sets.js';
import { type CheckResult, checkResultOf } from '../check-result.js';
import { ChecksRepository } from '../checks.repository.js';
import { HOUSEHOLD_FACTS_ABSENT } from '../household-facts.js';
import { nationalFacts } from '../national-facts.js';

/**
 * The national triggers of the settlement escalation rules for a year: the need changed since the requests were
 * issued, decisions short of the need, long waits rising. In the caller's transaction (an event's, or a check's).
 */
@Injectable()
export class CheckNationalTriggers {
  constructor(
    @Inject(EscalationDecider) private readonly escalations: EscalationDecider,
    @Inject(NeedRepository) private readonly need: NeedRepository,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
    @Inject(MunicipalDecisionsRepository) private readonly decisions: MunicipalDecisionsRepository,
    @Inject(ChecksRepository) private readonly checks: ChecksRepository,
  ) {}

  async execute(transaction: EntityManager, year: number): Promise<CheckResult> {
    await this.escalations.lock(transaction, 'settlement:national');
    const need = await this.need.current(year, transaction);
    const facts = {
      ...nationalFacts({
        need: need && {
          total: need.total,
          em: need.emUnder15 + need.em15To18,
          components: componentsOf(need),
        },
        issued: await this.requests.issuedSummary(year, transaction),
        decisions: await this.decisions.latest(year, transaction),
        beyondTargetPerWeek: await this.checks.beyondTargetPerWeek(transaction, 'all'),
        emBeyondTargetPerWeek: await this.checks.beyondTargetPerWeek(transaction, 'unaccompanied-minors'),
      }),
      ...HOUSEHOLD_FACTS_ABSENT,
    };
    return checkResultOf(
      await this.escalations.decide(
        transaction,
        SETTLEMENT_ESCALATIONS,
        facts,
        { national: 'national' },
        { year },
      ),
    );
  }
}
