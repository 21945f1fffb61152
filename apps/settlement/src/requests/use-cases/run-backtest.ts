import { Inject, Injectable } from '@nestjs/common';

import { ActiveRuleSets } from '#rules';

import { IndicatorsRepository } from '../../municipalities/indicators.repository.js';
import { MunicipalitiesRepository } from '../../municipalities/municipalities.repository.js';
import { REQUEST_CRITERIA } from '../../settlement-rule-sets.js';
import { backtest, type BacktestReport } from '../backtest/backtest.js';
import { compileCandidateCriteria } from '../candidate-criteria.js';
import type { CountyTarget } from '../distribution/distribution.js';

export interface BacktestCommand {
  from: number;
  to: number;
  /** Candidate criteria; the active ones when absent. */
  candidateCriteria?: Record<string, unknown>;
  countyTargets?: CountyTarget[];
}

/**
 * For the rule workbench: the active or a candidate set of criteria applied to one year's figures (and the
 * indicators on file), compared with IMDi's published requests of the next year and with carrying over.
 */
@Injectable()
export class RunBacktest {
  constructor(
    @Inject(ActiveRuleSets) private readonly ruleSets: ActiveRuleSets,
    @Inject(MunicipalitiesRepository) private readonly municipalities: MunicipalitiesRepository,
    @Inject(IndicatorsRepository) private readonly indicators: IndicatorsRepository,
  ) {}

  async execute(command: BacktestCommand): Promise<BacktestReport> {
    const criteria = command.candidateCriteria
      ? compileCandidateCriteria(command.candidateCriteria)
      : this.ruleSets.current(REQUEST_CRITERIA);
    const [reference, indicators] = await Promise.all([this.municipalities.read(), this.indicators.all()]);
    return backtest({
      criteria,
      reference,
      from: command.from,
      to: command.to,
      indicators,
      countyTargets: command.countyTargets,
      computedAt: new Date().toISOString(),
    });
  }
}
