import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { percentOf } from '#domain';

import { PlacementsRepository } from '../children/placements.repository.js';
import { type CareCentre, CentresRepository } from './centres.repository.js';

/** Children placed against places, nationally or at a centre; the percentage to one decimal. */
export interface CareFigures {
  children: number;
  places: number;
  occupancyPercent: number | null;
}

export type CentreOccupancy = CareCentre & CareFigures;

export function careFigures(children: number, places: number): CareFigures {
  return {
    children,
    places,
    occupancyPercent: percentOf(children, places),
  };
}

/** Occupancy: the places of the centres and the children placed in them, read the same way for every caller. */
@Injectable()
export class Occupancy {
  constructor(
    @Inject(CentresRepository) private readonly centres: CentresRepository,
    @Inject(PlacementsRepository) private readonly placements: PlacementsRepository,
  ) {}

  async national(transaction: EntityManager): Promise<CareFigures> {
    const places = await this.centres.nationalPlaces(transaction);
    return careFigures(await this.placements.placedNationally(transaction), places);
  }

  async atCentre(transaction: EntityManager, centreId: string): Promise<CareFigures> {
    const places = await this.centres.placesAt(transaction, centreId);
    return careFigures(await this.placements.placedAt(transaction, centreId), places);
  }

  async perCentre(transaction: EntityManager): Promise<CentreOccupancy[]> {
    const centres = await this.centres.all(transaction);
    const placed = await this.placements.placedPerCentre(transaction);
    return centres.map((centre) => ({
      ...centre,
      ...careFigures(placed.get(centre.centreId) ?? 0, centre.statePlaces + centre.privatePlaces),
    }));
  }
}
