import type { EntityManager } from 'typeorm';

import { ConflictError } from '#domain';

import type { OpenStay, StaysRepository } from './stays.repository.js';

/**
 * The person's current stay, which must be at the centre a departure, transfer or permit names; with `date`,
 * that date must not come before the arrival there.
 */
export async function stayAt(
  stays: Pick<StaysRepository, 'openStayOf'>,
  transaction: EntityManager,
  personId: string,
  centreId: string,
  date?: { name: string; value: string },
): Promise<OpenStay> {
  const stay = await stays.openStayOf(transaction, personId);
  if (!stay || stay.centreId !== centreId)
    throw new ConflictError(`the person does not live at centre "${centreId}"`, 'centreId');
  if (date && date.value < stay.arrivedOn) {
    throw new ConflictError(
      `${date.name} date ${date.value} is before the arrival date ${stay.arrivedOn}`,
      'date',
    );
  }
  return stay;
}
