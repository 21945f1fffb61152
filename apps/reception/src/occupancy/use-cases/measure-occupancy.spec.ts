import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { occupancyAtCentre } from '../occupancy-at-centre.js';
import { MeasureOccupancy } from './measure-occupancy.js';

describe('MeasureOccupancy', () => {
  let measure: MeasureOccupancy;

  beforeEach(async () => {
    const centres = new InMemoryCentres()
      .add({ centreId: 'OSL-1', hostMunicipalityNumber: '0301', fixedPlaces: 8, flexiblePlaces: 2 })
      .add({ centreId: 'OSL-2', hostMunicipalityNumber: '0301', fixedPlaces: 50, status: 'planned' })
      .add({ centreId: 'BRG-1', hostMunicipalityNumber: '4601', fixedPlaces: 10 });
    const stays = new InMemoryStays();
    for (const person of ['p-1', 'p-2', 'p-3']) await stays.open(TRANSACTION, person, 'OSL-1', '2026-11-01');
    await stays.open(TRANSACTION, 'p-4', 'BRG-1', '2026-11-01');
    measure = new MeasureOccupancy(centres, stays);
  });

  it('gives each centre its figures and the country the sum of the places that count', async () => {
    const occupancy = await measure.execute(TRANSACTION);
    expect(occupancy.national).toEqual({ residents: 4, capacity: 20, occupancyPercent: 20 });
    expect(occupancy.centres).toEqual([
      expect.objectContaining({ centreId: 'BRG-1', residents: 1, capacity: 10, occupancyPercent: 10 }),
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

  it("sees the country, the centre's county and the centre from one centre", async () => {
    expect(occupancyAtCentre(await measure.execute(TRANSACTION), 'OSL-1')).toEqual({
      centreId: 'OSL-1',
      countyNumber: '03',
      national: { residents: 4, capacity: 20, occupancyPercent: 20 },
      county: { residents: 3, capacity: 10, occupancyPercent: 30 },
      centre: { residents: 3, capacity: 10, occupancyPercent: 30 },
    });
  });
});
