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
import { longWaitSeries } from '../long-waits.js';
import { nationalFacts } from '../national-facts.js';

/** The subject of a year's national escalations (need, requests, decisions). */
export const nationalSubject = (year: number) => `national:${year}`;
/** The subject of the long-waits escalations, which watch the country whatever the year. */
export const WAITING_SUBJECT = 'waiting';

/**
 * The national triggers of the settlement escalation rules for a year: the need changed since the requests were
 * issued, decisions short of the need (each year its own subject, so checking two years never mixes them), and
 * long waits rising in number or share (one subject for the country). In the caller's transaction.
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
    const all = longWaitSeries(await this.checks.waitingPerWeek(transaction, 'all'));
    const em = longWaitSeries(await this.checks.waitingPerWeek(transaction, 'unaccompanied-minors'));
    const facts = {
      ...nationalFacts({
        need: need && {
          total: need.total,
          em: need.emUnder15 + need.em15To18,
          components: componentsOf(need),
        },
        issued: await this.requests.issuedSummary(year, transaction),
        decisions: await this.decisions.latest(year, transaction),
        beyondTargetPerWeek: all.beyond,
        emBeyondTargetPerWeek: em.beyond,
        shareBeyondTargetPerWeek: all.share,
        emShareBeyondTargetPerWeek: em.share,
      }),
      ...HOUSEHOLD_FACTS_ABSENT,
    };
    return checkResultOf(
      await this.escalations.decide(
        transaction,
        SETTLEMENT_ESCALATIONS,
        facts,
        { national: nationalSubject(year), waiting: WAITING_SUBJECT },
        { year },
      ),
    );
  }
}
