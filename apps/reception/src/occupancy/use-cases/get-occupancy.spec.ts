import { immediateTransactions } from '../../testing/immediate-transactions.js';
import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { GetOccupancy } from './get-occupancy.js';

describe('GetOccupancy', () => {
  it('gives each centre its figures and the country the sum of the places that count', async () => {
    const centres = new InMemoryCentres()
      .add({ centreId: 'OSL-1', fixedPlaces: 8, flexiblePlaces: 2 })
      .add({ centreId: 'OSL-2', fixedPlaces: 50, status: 'planned' });
    const stays = new InMemoryStays();
    for (const person of ['p-1', 'p-2', 'p-3']) await stays.open(TRANSACTION, person, 'OSL-1', '2026-11-01');

    const occupancy = await new GetOccupancy(immediateTransactions, centres, stays).execute();

    expect(occupancy.national).toEqual({ residents: 3, capacity: 10, occupancyPercent: 30 });
    expect(occupancy.centres).toEqual([
      expect.objectContaining({ centreId: 'OSL-1', residents: 3, capacity: 10, occupancyPercent: 30 }),
      expect.objectContaining({
        centreId: 'OSL-2',
        status: 'planned',
        residents: 0,
        capacity: 0,
        occupancyPercent: null,
      }),
    ]);
    expect(occupancy.centres[0]).not.toHaveProperty('placesInUse');
  });
});
