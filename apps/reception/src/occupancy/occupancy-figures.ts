import { percentOf } from '#domain';
export interface OccupancyFigures {
  residents: number;
  capacity: number;
  /** Residents as a percentage of places, one decimal; null when there are no places. */
  occupancyPercent: number | null;
}

export function occupancyFigures(residents: number, capacity: number): OccupancyFigures {
  return {
    residents,
    capacity,
    occupancyPercent: percentOf(residents, capacity),
  };
}

/** The figures of several centres together. */
export function sumOfFigures(figures: OccupancyFigures[]): OccupancyFigures {
  return occupancyFigures(
    figures.reduce((total, { residents }) => total + residents, 0),
    figures.reduce((total, { capacity }) => total + capacity, 0),
  );
}
