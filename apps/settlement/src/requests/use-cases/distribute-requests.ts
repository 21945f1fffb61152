import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';

import { RejectedError } from '#domain';
import {
  ActiveRuleSets,
  CompiledRuleSet,
  DecisionLog,
  decisionRecordOf,
  parseRuleSet,
  RuleSetValidationError,
} from '#rules';

import { MunicipalitiesForYear } from '../../municipalities/use-cases/municipalities-for-year.js';
import { NeedRepository } from '../../need/need.repository.js';
import { REQUEST_CRITERIA } from '../../settlement-rule-sets.js';
import { computeDistribution } from '../distribution/compute-distribution.js';
import type { CountyRecommendation, Distribution } from '../distribution/distribution.js';
import {
  distributionDifferences,
  type MunicipalityDifference,
} from '../distribution/distribution-differences.js';
import { RequestsRepository, type StoredDistribution } from '../requests.repository.js';

export interface DistributeCommand {
  year: number;
  /** Defaults to the settlement need in force for the year. */
  total?: number;
  em?: number;
  /** A candidate criteria rule set (what-if); the active criteria when absent. */
  candidateCriteria?: Record<string, unknown>;
  countyRecommendations?: CountyRecommendation[];
}

export type DistributionAnswer = StoredDistribution & { differences?: MunicipalityDifference[] };

/** Computes a distribution (kept as a draft until issued); with candidate criteria, also the difference to the active ones. */
@Injectable()
export class DistributeRequests {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(DecisionLog) private readonly decisionLog: DecisionLog,
    @Inject(MunicipalitiesForYear) private readonly municipalitiesForYear: MunicipalitiesForYear,
    @Inject(NeedRepository) private readonly need: NeedRepository,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
  ) {}

  async execute(command: DistributeCommand): Promise<DistributionAnswer> {
    const estimate = await this.need.current(command.year);
    const total = command.total ?? estimate?.total;
    if (total === undefined)
      throw new RejectedError(
        `There is no settlement need for ${command.year}: give total and em, or send an estimate first`,
        'total',
      );
    const em =
      command.em ?? (command.total === undefined && estimate ? estimate.emUnder15 + estimate.em15To18 : 0);
    const active = this.ruleSets.current(REQUEST_CRITERIA);
    const candidate = command.candidateCriteria ? compileCandidate(command.candidateCriteria) : undefined;
    const municipalities = await this.municipalitiesForYear.execute(command.year);
    const distributionId = randomUUID();
    const computedAt = new Date().toISOString();
    const run = (criteria: CompiledRuleSet, record: boolean): Promise<Distribution> =>
      computeDistribution({
        year: command.year,
        total,
        em,
        criteria,
        municipalities,
        countyRecommendations: command.countyRecommendations,
        computedAt,
        onEvaluated: record
          ? (municipality, facts, outcomes) =>
              this.decisionLog.record([
                decisionRecordOf(criteria, `municipality:${municipality}`, facts, outcomes, {
                  distributionId,
                  year: command.year,
                }),
              ])
          : undefined,
      });
    const distribution = await run(candidate ?? active, true);
    await this.requests.saveDraft(
      distributionId,
      distribution,
      candidate !== undefined,
      command.total === undefined ? (estimate?.estimateId ?? null) : null,
    );
    const stored = (await this.requests.get(distributionId))!;
    if (!candidate) return stored;
    const baseline = await run(active, false);
    return { ...stored, differences: distributionDifferences(baseline, distribution) };
  }
}

/** Candidate criteria are validated like a rule file; a refusal names every problem with its path. */
function compileCandidate(document: Record<string, unknown>): CompiledRuleSet {
  try {
    return new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'candidate criteria'));
  } catch (error) {
    if (error instanceof RuleSetValidationError)
      throw new RejectedError(error.message, 'criteria', { problems: error.problems });
    throw error;
  }
}
