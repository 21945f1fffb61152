import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { type EarlyWarningIssued, ReceptionLifecycleEventTypes } from '#contracts';
import { Outbox } from '#messaging';
import type { Evaluation, EventPublisher } from '#rules';

import type { PlacesChange } from '../../centres/centre.js';
import { EarlyWarningsRepository } from '../early-warnings.repository.js';

/**
 * Warns the host municipality of a change of places there, for each early-warning rule the evaluation of the
 * change fired: the warning is kept for delivery and announced, in the change's transaction. Other changes
 * (arrivals, departures) warn nobody. Answers whether it issued any.
 */
@Injectable()
export class IssueEarlyWarnings {
  constructor(
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
    @Inject(Outbox) private readonly events: EventPublisher,
  ) {}

  async execute(
    transaction: EntityManager,
    placesChange: PlacesChange | undefined,
    { ruleSet, decision, outcomes }: Evaluation,
  ): Promise<boolean> {
    if (!placesChange) return false;
    const fired = outcomes.filter((outcome) => outcome.fired && outcome.eventType === 'early-warning');
    for (const outcome of fired) {
      const warning: EarlyWarningIssued = {
        warningId: randomUUID(),
        municipalityNumber: placesChange.municipalityNumber,
        rule: outcome.rule,
        message: String(outcome.params.message),
        facts: outcome.facts,
        ruleSet: ruleSet.reference,
        decisionId: decision.decisionId,
        issuedAt: decision.evaluatedAt,
      };
      await this.warnings.add(transaction, warning);
      await this.events.publish(transaction, ReceptionLifecycleEventTypes.earlyWarningIssued, warning);
    }
    return fired.length > 0;
  }
}
