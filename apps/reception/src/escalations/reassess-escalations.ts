import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EscalationDecider, type FactValues } from '#rules';
import { IssueEarlyWarning } from '../early-warnings/issue-early-warning.js';
import { OccupancyRepository } from '../occupancy/occupancy.repository.js';
import { RECEPTION_ESCALATIONS } from './escalation-rules.js';

/** Places that bring national occupancy down to this share. */
const TARGET_OCCUPANCY = 0.9;

export interface PlacesChange {
  municipalityNumber: string;
  placesBefore: number;
}

/**
 * After a change at a centre: evaluates the rules in force on the national and that centre's figures, in the
 * change's own transaction; raises or resolves escalations, and issues early warnings to the host municipality
 * when the change moved its places enough.
 */
@Injectable()
export class ReassessEscalations {
  constructor(
    @Inject(EscalationDecider) private readonly escalations: EscalationDecider,
    @Inject(OccupancyRepository) private readonly occupancy: OccupancyRepository,
    @Inject(IssueEarlyWarning) private readonly earlyWarnings: IssueEarlyWarning,
  ) {}

  /**
   * @param day the day the change took effect (its national figures are kept for that day); none for a registration
   * @param placesChange the host municipality and its places before a change of the centre's places or status
   */
  async afterChangeAt(
    transaction: EntityManager,
    centreId: string,
    day: string | undefined,
    placesChange?: PlacesChange,
  ): Promise<void> {
    // Every change weighs on the national figures: one evaluation at a time decides on them.
    await this.escalations.lock(transaction, 'reception:national');
    const national = await this.occupancy.nationalFigures(transaction);
    const centre = await this.occupancy.centreFigures(transaction, centreId);
    const countyNumber =
      (await this.occupancy.hostMunicipalityOf(transaction, centreId))?.slice(0, 2) ?? '00';
    const county = await this.occupancy.countyFigures(transaction, countyNumber);
    // A change without a date (a registration) is not kept as a day: it counts from the next dated change on.
    if (day) await this.occupancy.recordDay(transaction, day, national.residents, national.capacity);
    // The series runs up to the latest day known, not this event's day: events of different centres arrive in
    // slightly different orders, and the question is about the last two weeks as they stand now.
    const asOf = await this.occupancy.latestDay(transaction);
    const placesAfter = placesChange
      ? await this.occupancy.hostMunicipalityPlaces(transaction, placesChange.municipalityNumber)
      : undefined;
    const facts: FactValues = {
      nationalResidents: national.residents,
      nationalCapacity: national.capacity,
      nationalOccupancyPercent: national.occupancyPercent,
      centreResidents: centre.residents,
      centreCapacity: centre.capacity,
      centreOccupancyPercent: centre.occupancyPercent,
      hostMunicipalityPlaces: placesChange ? [placesChange.placesBefore, placesAfter!] : [],
      placesNeededForTargetOccupancy: Math.max(
        0,
        Math.ceil(national.residents / TARGET_OCCUPANCY) - national.capacity,
      ),
      countyOccupancyPercent: county.occupancyPercent,
      nationalOccupancyPercentPerDay: asOf ? await this.occupancy.occupancyPerDay(transaction, asOf) : [],
      arrivalsAgainstForecast: asOf ? await this.occupancy.arrivalsAgainstForecast(transaction, asOf) : [],
      residentsWithPermitBeyondTarget: asOf
        ? await this.occupancy.residentsWithPermitBeyondTarget(transaction, asOf)
        : 0,
    };
    await this.escalations.decide(
      transaction,
      RECEPTION_ESCALATIONS,
      facts,
      { national: 'national', county: `county:${countyNumber}`, centre: `centre:${centreId}` },
      { centreId },
      {
        effects: async ({ ruleSet, decision, outcomes }) => {
          if (!placesChange) return false;
          const warnings = outcomes.filter((o) => o.fired && o.eventType === 'early-warning');
          for (const warning of warnings)
            await this.earlyWarnings.execute(
              transaction,
              placesChange.municipalityNumber,
              warning,
              ruleSet,
              decision,
            );
          return warnings.length > 0;
        },
      },
    );
  }
}
