import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ActiveRuleSets, CompiledRuleSet, DecisionLog, decisionRecordOf, parseRuleSet } from '#rules';
import { NeedRepository } from '../need/need.repository.js';
import { ReferenceDataRepository } from '../reference-data/reference-data.repository.js';
import { computeDistribution } from './distribution/compute-distribution.js';
import type { CountyRecommendation, Distribution } from './distribution/distribution.js';
import { municipalityInputs } from './distribution/distribution-inputs.js';
import { RequestsRepository, type StoredDistribution } from './requests.repository.js';

export const REQUEST_CRITERIA = 'settlement-request-criteria';

export interface DistributeCommand {
  year: number;
  /** Defaults to the settlement need in force for the year. */
  total?: number;
  em?: number;
  /** A candidate criteria rule set (what-if); the active criteria when absent. */
  candidateCriteria?: Record<string, unknown>;
  countyRecommendations?: CountyRecommendation[];
}

export interface MunicipalityDifference {
  kommunenummer: string;
  kommunenavn: string;
  active: { requested: number; em: number };
  candidate: { requested: number; em: number };
  change: number;
  changeEm: number;
}

export class NoNeedError extends Error {}

/** Computes a distribution (kept as a draft until issued); with candidate criteria, also the difference to the active ones. */
@Injectable()
export class DistributeRequests {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(DecisionLog) private readonly decisionLog: DecisionLog,
    @Inject(ReferenceDataRepository) private readonly reference: ReferenceDataRepository,
    @Inject(NeedRepository) private readonly need: NeedRepository,
    @Inject(RequestsRepository) private readonly requests: RequestsRepository,
  ) {}

  async execute(
    command: DistributeCommand,
  ): Promise<StoredDistribution & { differences?: MunicipalityDifference[] }> {
    const estimate = await this.need.current(command.year);
    const total = command.total ?? estimate?.total;
    if (total === undefined)
      throw new NoNeedError(
        `There is no settlement need for ${command.year}: give total and em, or send an estimate first`,
      );
    const em =
      command.em ?? (command.total === undefined && estimate ? estimate.emUnder15 + estimate.em15To18 : 0);
    const active = this.ruleSets.current(REQUEST_CRITERIA);
    const candidate = command.candidateCriteria
      ? new CompiledRuleSet(parseRuleSet(JSON.stringify(command.candidateCriteria), 'candidate criteria'))
      : undefined;
    const [reference, indicators] = await Promise.all([this.reference.read(), this.reference.indicators()]);
    const municipalities = municipalityInputs(reference, command.year, indicators);
    const distributionId = randomUUID();
    const run = (criteria: CompiledRuleSet, record: boolean): Promise<Distribution> =>
      computeDistribution({
        year: command.year,
        total,
        em,
        criteria,
        municipalities,
        countyRecommendations: command.countyRecommendations,
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
    return { ...stored, differences: differences(baseline, distribution) };
  }
}

function differences(active: Distribution, candidate: Distribution): MunicipalityDifference[] {
  const before = new Map(active.municipalities.map((m) => [m.kommunenummer, m]));
  return candidate.municipalities
    .map((after) => {
      const was = before.get(after.kommunenummer)!;
      return {
        kommunenummer: after.kommunenummer,
        kommunenavn: after.kommunenavn,
        active: { requested: was.requested, em: was.em },
        candidate: { requested: after.requested, em: after.em },
        change: after.requested - was.requested,
        changeEm: after.em - was.em,
      };
    })
    .filter((difference) => difference.change !== 0 || difference.changeEm !== 0);
}
