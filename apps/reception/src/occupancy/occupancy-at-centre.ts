import { countyOf } from '../centres/centre.js';
import { type OccupancyFigures, occupancyFigures, sumOfFigures } from './occupancy-figures.js';
import type { Occupancy } from './use-cases/measure-occupancy.js';

/** Occupancy as seen from one centre: of the country, of the centre's county, and of the centre. */
export interface OccupancyAtCentre {
  centreId: string;
  /** '00' when the centre is not registered. */
  countyNumber: string;
  national: OccupancyFigures;
  county: OccupancyFigures;
  centre: OccupancyFigures;
}

export function occupancyAtCentre(occupancy: Occupancy, centreId: string): OccupancyAtCentre {
  const centre = occupancy.centres.find((candidate) => candidate.centreId === centreId);
  const countyNumber = centre ? countyOf(centre.hostMunicipalityNumber) : '00';
  return {
    centreId,
    countyNumber,
    national: occupancy.national,
    county: sumOfFigures(
      occupancy.centres.filter((candidate) => countyOf(candidate.hostMunicipalityNumber) === countyNumber),
    ),
    centre: centre ? occupancyFigures(centre.residents, centre.capacity) : occupancyFigures(0, 0),
  };
}
