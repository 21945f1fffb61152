import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ReceptionEventTypes,
  type EscalationRaised,
  type EscalationResolved,
  type RuleSetReference,
} from '#contracts';
import { Outbox } from '#messaging';
import type { CompiledRuleSet, FactValues } from '#rules';
import { OccupancyRepository } from '../occupancy/occupancy.repository.js';
import { EscalationRepository } from './escalation.repository.js';
import type { EscalationRuleParams } from './escalation-rules.js';

export const RECEPTION_ESCALATION_RULES = Symbol('RECEPTION_ESCALATION_RULES');

export function subjectOf(scope: EscalationRuleParams['scope'], centreId: string): string {
  return scope === 'national' ? 'national' : `centre:${centreId}`;
}

/**
 * After a change at a centre: evaluates the escalation rules on the national and that centre's figures,
 * raises what newly fires, and resolves what no longer holds. Runs in the change's own transaction, so the
 * escalation events are in the outbox exactly when the change is committed.
 */
@Injectable()
export class ReassessEscalations {
  constructor(
    @Inject(RECEPTION_ESCALATION_RULES) private readonly ruleSet: CompiledRuleSet,
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
    const ruleSet: RuleSetReference = {
      id: this.ruleSet.id,
      version: this.ruleSet.version,
      contentHash: this.ruleSet.loaded.contentHash,
    };
    const now = new Date().toISOString();
    for (const outcome of await this.ruleSet.evaluate(facts)) {
      const params = outcome.params as unknown as EscalationRuleParams;
      const subject = subjectOf(params.scope, centreId);
      const open = await this.escalations.findOpen(transaction, outcome.rule, subject);
      if (outcome.fired && !open) {
        const raised: EscalationRaised = {
          escalationId: randomUUID(),
          rule: outcome.rule,
          severity: params.severity,
          subject,
          message: params.message,
          facts: outcome.facts,
          ruleSet,
          raisedAt: now,
        };
        await this.escalations.insertOpen(transaction, raised);
        await this.outbox.publish(transaction, ReceptionEventTypes.escalationRaised, raised);
      } else if (!outcome.fired && open) {
        const resolved: EscalationResolved = {
          escalationId: open.escalationId,
          rule: outcome.rule,
          subject,
          facts: outcome.facts,
          ruleSet,
          raisedAt: open.raisedAt,
          resolvedAt: now,
        };
        await this.escalations.markResolved(transaction, open.escalationId, outcome.facts, now);
        await this.outbox.publish(transaction, ReceptionEventTypes.escalationResolved, resolved);
      }
    }
  }
}
