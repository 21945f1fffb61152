import { Inject, Injectable } from '@nestjs/common';

import { type RequestIssued, SettlementEventTypes } from '#contracts';
import { NotFoundError } from '#domain';
import { Outbox } from '#messaging';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';
import { ActiveRuleSets } from '#rules';

import { REQUEST_CRITERIA } from '../../settlement-rule-sets.js';
import { issueRefusal } from '../issue-refusal.js';
import { RequestsRepository, type StoredDistribution } from '../requests.repository.js';

export interface IssueCommand {
  issuer: AuditActor;
  /** The year's issued distribution this one replaces; required when the year has one. */
  replaces?: string;
  reason?: string;
}

/**
 * Issues a draft (a policy approver other than its author, from the criteria in force): it becomes the year's
 * requests, every municipality is told its request by event, and the audit trail says who and why, all in one
 * transaction. A refusal is audited too.
 */
@Injectable()
export class IssueDistribution {
  constructor(
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
    @Inject(Outbox) private readonly outbox: Outbox,
    @Inject(ActiveRuleSets) private readonly ruleSets: Pick<ActiveRuleSets, 'current'>,
    @Inject(AuditTrail) private readonly audit: Pick<AuditTrail, 'record'>,
  ) {}

  async execute(distributionId: string, command: IssueCommand): Promise<StoredDistribution> {
    const replaces = command.replaces ?? null;
    const reason = command.reason?.trim() || null;
    try {
      await this.transactions.run(async (transaction) => {
        const found = await this.requests.get(distributionId, transaction);
        if (!found) throw new NotFoundError(`No distribution ${distributionId}`, 'id');
        await this.requests.lock(transaction, found.year);
        const draft = (await this.requests.get(distributionId, transaction))!;
        const issuedNow = await this.requests.issued(draft.year, transaction);
        const refusal = issueRefusal({
          draft,
          activeCriteria: this.ruleSets.current(REQUEST_CRITERIA).reference,
          issuedNow,
          replaces,
          reason,
        });
        if (refusal) throw refusal;
        await this.requests.markIssued(transaction, draft, { issuer: command.issuer, replaces, reason });
        await this.audit.record(
          {
            actor: command.issuer,
            action: 'distribution.issued',
            target: `distribution:${distributionId}`,
            reason,
            details: { year: draft.year, replaces, criteria: draft.ruleSet.version },
          },
          transaction,
        );
        for (const municipality of draft.municipalities) {
          const issued: RequestIssued = {
            distributionId,
            year: draft.year,
            municipalityNumber: municipality.kommunenummer,
            municipalityName: municipality.kommunenavn,
            countyNumber: municipality.fylkesnummer,
            requested: municipality.requested,
            em: municipality.em,
            ...(municipality.emUnder15 === undefined
              ? {}
              : { emUnder15: municipality.emUnder15, em15To18: municipality.em15To18 }),
            ruleSet: draft.ruleSet,
          };
          await this.outbox.publish(transaction, SettlementEventTypes.requestIssued, issued);
        }
      });
    } catch (error) {
      if (!(error instanceof NotFoundError))
        await this.audit.record({
          actor: command.issuer,
          action: 'distribution.issued',
          target: `distribution:${distributionId}`,
          outcome: 'refused',
          reason: (error as Error).message.split('\n')[0],
          details: { replaces },
        });
      throw error;
    }
    return (await this.requests.get(distributionId))!;
  }
}
