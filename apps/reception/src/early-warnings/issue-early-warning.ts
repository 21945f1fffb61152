import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReceptionLifecycleEventTypes, type EarlyWarningIssued } from '#contracts';
import { Outbox } from '#messaging';
import type { CompiledRuleSet, DecisionRecord, RuleOutcome } from '#rules';
import { EarlyWarningsRepository } from './early-warnings.repository.js';

/** Records an early warning for delivery to the host municipality and announces it, in the change's transaction. */
@Injectable()
export class IssueEarlyWarning {
  constructor(
    @Inject(EarlyWarningsRepository) private readonly warnings: EarlyWarningsRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  async execute(
    transaction: EntityManager,
    municipalityNumber: string,
    outcome: RuleOutcome,
    ruleSet: CompiledRuleSet,
    decision: DecisionRecord,
  ): Promise<EarlyWarningIssued> {
    const warning: EarlyWarningIssued = {
      warningId: randomUUID(),
      municipalityNumber,
      rule: outcome.rule,
      message: String(outcome.params.message),
      facts: outcome.facts,
      ruleSet: ruleSet.reference,
      decisionId: decision.decisionId,
      issuedAt: decision.evaluatedAt,
    };
    await this.warnings.add(transaction, warning);
    await this.outbox.publish(transaction, ReceptionLifecycleEventTypes.earlyWarningIssued, warning);
    return warning;
  }
}
