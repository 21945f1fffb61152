import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import type { CompiledRuleSet, FactValues } from '#rules';

import type { PlacesChange } from '../../centres/centre.js';
import { CentresRepository } from '../../centres/centres.repository.js';
import { CompareArrivalsWithForecast } from '../../forecasts/use-cases/compare-arrivals-with-forecast.js';
import type { OccupancyAtCentre } from '../../occupancy/occupancy-at-centre.js';
import { OccupancyDaysRepository } from '../../occupancy/occupancy-days.repository.js';
import type { OccupancyFigures } from '../../occupancy/occupancy-figures.js';
import { StaysRepository } from '../../residents/stays.repository.js';

/**
 * The facts the reception escalation rules decide on after changes at centres: the series kept over time, the
 * same for every centre of a batch, and the occupancy measured around each centre. The policy numbers come from
 * the version that decides.
 */
@Injectable()
export class GatherEscalationFacts {
  constructor(
    @Inject(CentresRepository) private readonly centres: Pick<CentresRepository, 'placesInUse'>,
    @Inject(StaysRepository) private readonly stays: Pick<StaysRepository, 'withPermitWaitingLongerThan'>,
    @Inject(OccupancyDaysRepository)
    private readonly days: Pick<OccupancyDaysRepository, 'latestDay' | 'occupancyPerDay'>,
    @Inject(CompareArrivalsWithForecast)
    private readonly forecast: Pick<CompareArrivalsWithForecast, 'execute'>,
  ) {}

  /** The facts about the whole country over time, read once per batch. */
  async national(
    transaction: EntityManager,
    ruleSet: Pick<CompiledRuleSet, 'parameter'>,
  ): Promise<FactValues> {
    // The series run up to the latest day known, not this event's day: events of different centres arrive in
    // slightly different orders, and the question is about the last weeks as they stand now.
    const asOf = await this.days.latestDay(transaction);
    return {
      nationalOccupancyPercentPerDay: asOf ? await this.days.occupancyPerDay(transaction, asOf) : [],
      arrivalsAgainstForecast: asOf ? await this.forecast.execute(transaction, asOf) : [],
      residentsWithPermitBeyondTarget: asOf
        ? await this.stays.withPermitWaitingLongerThan(
            transaction,
            ruleSet.parameter('permitWaitingLimitMonths'),
            asOf,
          )
        : 0,
    };
  }

  /** The figures of the country, the county and the centre, and the places at the host municipality. */
  async atCentre(
    transaction: EntityManager,
    { national, county, centre }: OccupancyAtCentre,
    placesChange: PlacesChange | undefined,
    ruleSet: Pick<CompiledRuleSet, 'parameter'>,
  ): Promise<FactValues> {
    return {
      nationalResidents: national.residents,
      nationalCapacity: national.capacity,
      nationalOccupancyPercent: national.occupancyPercent,
      centreResidents: centre.residents,
      centreCapacity: centre.capacity,
      centreOccupancyPercent: centre.occupancyPercent,
      hostMunicipalityPlaces: placesChange
        ? [
            placesChange.placesBefore,
            await this.centres.placesInUse(transaction, placesChange.municipalityNumber),
          ]
        : [],
      placesNeededForTargetOccupancy: placesNeeded(national, ruleSet.parameter('targetOccupancyPercent')),
      countyOccupancyPercent: county.occupancyPercent,
    };
  }
}

/** Places to add so that national occupancy falls to the target (0 when it is there already). */
function placesNeeded(national: OccupancyFigures, targetOccupancyPercent: number): number {
  return Math.max(0, Math.ceil(national.residents / (targetOccupancyPercent / 100)) - national.capacity);
}
