import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { RejectedError } from '#domain';
import { Transactions } from '#persistence';
import { type AuditActor, AuditTrail } from '#platform';
import {
  ActiveRuleSets,
  type CompiledRuleSet,
  DecisionLog,
  type DecisionRecord,
  decisionRecordOf,
} from '#rules';

import { MunicipalitiesForYear } from '../../municipalities/use-cases/municipalities-for-year.js';
import { CountyTargetsRepository } from '../../need/county-targets.repository.js';
import { NeedRepository } from '../../need/need.repository.js';
import { REQUEST_CRITERIA } from '../../settlement-rule-sets.js';
import { compileCandidateCriteria } from '../candidate-criteria.js';
import { CountyRecommendationsRepository } from '../county-recommendations.repository.js';
import { computeDistribution } from '../distribution/compute-distribution.js';
import type { CountyRecommendation, CountyTarget, Distribution } from '../distribution/distribution.js';
import {
  distributionDifferences,
  type MunicipalityDifference,
} from '../distribution/distribution-differences.js';
import { type MinorsAsked, minorsOf } from '../distribution/minors-of-command.js';
import { RequestsRepository, type StoredDistribution } from '../requests.repository.js';

export interface DistributeCommand extends MinorsAsked {
  year: number;
  /** Who drafts it (from the token): a policy approver other than this one must issue it. */
  draftedBy: AuditActor;
  /** A candidate criteria rule set (what-if); the active criteria when absent. */
  candidateCriteria?: Record<string, unknown>;
  /** Instead of the county authorities' recommendations on file. */
  countyRecommendations?: CountyRecommendation[];
  /** Instead of the committee's county split on file. */
  countyTargets?: CountyTarget[];
}

export type DistributionAnswer = StoredDistribution & { differences?: MunicipalityDifference[] };

/**
 * Computes a distribution (kept as a draft until issued) from the need in force or the figures given, the
 * committee's county split and the county authorities' recommendations on file (or those given); with candidate
 * criteria, also the difference to the active ones.
 */
@Injectable()
export class DistributeRequests {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(DecisionLog) private readonly decisionLog: DecisionLog,
    @Inject(MunicipalitiesForYear) private readonly municipalitiesForYear: MunicipalitiesForYear,
    @Inject(NeedRepository) private readonly need: NeedRepository,
    @Inject(CountyTargetsRepository) private readonly countyTargets: CountyTargetsRepository,
    @Inject(CountyRecommendationsRepository)
    private readonly countyRecommendations: CountyRecommendationsRepository,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
    @Inject(Transactions) private readonly transactions: Transactions,
    @Inject(AuditTrail) private readonly audit: AuditTrail,
  ) {}

  async execute(command: DistributeCommand): Promise<DistributionAnswer> {
    const estimate = await this.need.current(command.year);
    const total = command.total ?? estimate?.total;
    if (total === undefined)
      throw new RejectedError(
        `There is no settlement need for ${command.year}: give total and em, or send an estimate first`,
        'total',
      );
    const minors = minorsOf(command, estimate);
    const active = this.ruleSets.current(REQUEST_CRITERIA);
    const candidate = command.candidateCriteria
      ? compileCandidateCriteria(command.candidateCriteria)
      : undefined;
    const municipalities = await this.municipalitiesForYear.execute(command.year);
    const countyTargets = command.countyTargets ?? (await this.countyTargets.current(command.year))?.targets;
    const onFile = await this.countyRecommendations.ofYear(command.year);
    const recommendations = command.countyRecommendations ?? (onFile.length > 0 ? onFile : undefined);
    const distributionId = randomUUID();
    const computedAt = new Date().toISOString();
    const records: DecisionRecord[] = [];
    const run = (criteria: CompiledRuleSet, record: boolean): Promise<Distribution> =>
      computeDistribution({
        year: command.year,
        total,
        em: minors.em,
        criteria,
        municipalities,
        countyRecommendations: recommendations,
        countyTargets,
        computedAt,
        warnings: minors.warnings,
        onEvaluated: record
          ? (municipality, facts, outcomes) =>
              records.push(
                decisionRecordOf(criteria, `municipality:${municipality}`, facts, outcomes, {
                  distributionId,
                  year: command.year,
                }),
              )
          : undefined,
      });
    const distribution = await run(candidate ?? active, true);
    await this.decisionLog.recordNow(records);
    await this.transactions.run(async (transaction) => {
      await this.requests.saveDraft(
        transaction,
        distributionId,
        distribution,
        candidate !== undefined,
        command.total === undefined ? (estimate?.estimateId ?? null) : null,
        command.draftedBy,
      );
      await this.audit.record(
        {
          actor: command.draftedBy,
          action: 'distribution.drafted',
          target: `distribution:${distributionId}`,
          details: {
            year: command.year,
            total,
            criteria: distribution.ruleSet.version,
            candidateCriteria: candidate !== undefined,
          },
        },
        transaction,
      );
    });
    const stored = (await this.requests.get(distributionId))!;
    if (!candidate) return stored;
    const baseline = await run(active, false);
    return { ...stored, differences: distributionDifferences(baseline, distribution) };
  }
}
