import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ReceptionEventTypes, type EscalationRaised, type EscalationResolved } from '#contracts';
import { Outbox } from '#messaging';
import { ActiveRuleSets, DecisionLog, decisionRecordOf, type FactValues } from '#rules';
import { OccupancyRepository } from '../occupancy/occupancy.repository.js';
import { EscalationRepository } from './escalation.repository.js';
import { RECEPTION_ESCALATIONS, type EscalationRuleParams } from './escalation-rules.js';

export function subjectOf(scope: EscalationRuleParams['scope'], centreId: string): string {
  return scope === 'national' ? 'national' : `centre:${centreId}`;
}

/**
 * After a change at a centre: evaluates the escalation rules in force on the national and that centre's
 * figures, raises what newly fires, and resolves what no longer holds. Runs in the change's own transaction,
 * so the escalation events and their decision record are stored exactly when the change is committed.
 */
@Injectable()
export class ReassessEscalations {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(DecisionLog) private readonly decisionLog: DecisionLog,
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(EscalationRepository) private readonly escalations: EscalationRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
  ) {}

  async afterChangeAt(transaction: EntityManager, centreId: string): Promise<void> {
    const national = await this.occupancy.nationalFigures(transaction);
    const centre = await this.occupancy.centreFigures(transaction, centreId);
    const facts: FactValues = {
      nationalResidents: national.residents,
      nationalCapacity: national.capacity,
      nationalOccupancyPercent: national.occupancyPercent,
      centreResidents: centre.residents,
      centreCapacity: centre.capacity,
      centreOccupancyPercent: centre.occupancyPercent,
    };
    const ruleSet = this.ruleSets.current(RECEPTION_ESCALATIONS);
    const outcomes = await ruleSet.evaluate(facts);
    const decision = decisionRecordOf(ruleSet, `centre:${centreId}`, facts, outcomes, { centreId });
    const now = decision.evaluatedAt;
    let changed = false;
    for (const outcome of outcomes) {
      const params = outcome.params as unknown as EscalationRuleParams;
      const subject = subjectOf(params.scope, centreId);
      const open = await this.escalations.findOpen(transaction, outcome.rule, subject);
      if (outcome.fired && !open) {
        const raised: EscalationRaised = {
          escalationId: randomUUID(),
          decisionId: decision.decisionId,
          rule: outcome.rule,
          severity: params.severity,
          subject,
          message: params.message,
          facts: outcome.facts,
          ruleSet: ruleSet.reference,
          raisedAt: now,
        };
        await this.escalations.insertOpen(transaction, raised);
        await this.outbox.publish(transaction, ReceptionEventTypes.escalationRaised, raised);
        changed = true;
      } else if (!outcome.fired && open) {
        const resolved: EscalationResolved = {
          escalationId: open.escalationId,
          decisionId: decision.decisionId,
          rule: outcome.rule,
          subject,
          facts: outcome.facts,
          ruleSet: ruleSet.reference,
          raisedAt: open.raisedAt,
          resolvedAt: now,
        };
        await this.escalations.markResolved(transaction, open.escalationId, outcome.facts, now);
        await this.outbox.publish(transaction, ReceptionEventTypes.escalationResolved, resolved);
        changed = true;
      }
    }
    if (changed) await this.decisionLog.recordWith(transaction, [decision]);
    else this.decisionLog.record([decision]);
  }
}
