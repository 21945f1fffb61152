import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { OccupancyDaysRepository } from '../occupancy-days.repository.js';
import type { OccupancyFigures } from '../occupancy-figures.js';

/**
 * Keeps the national figures for the day a change took effect; the last change of a day stands for the day.
 * They are the series "occupancy per day" is read from.
 */
@Injectable()
export class RecordDayFigures {
  constructor(@Inject(OccupancyDaysRepository) private readonly days: OccupancyDaysRepository) {}

  async execute(transaction: EntityManager, day: string, national: OccupancyFigures): Promise<void> {
    await this.days.record(transaction, { day, residents: national.residents, capacity: national.capacity });
  }
}
