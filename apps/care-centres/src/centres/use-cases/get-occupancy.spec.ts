import { InMemoryCare } from '../../testing/in-memory-care.js';
import { inOneTransaction, TRANSACTION } from '../../testing/stand-ins.js';
import { Occupancy } from '../occupancy.js';
import { GetOccupancy } from './get-occupancy.js';

describe('GetOccupancy', () => {
  it('gives children, places and occupancy nationally and per centre, and the children awaiting a place', async () => {
    const care = new InMemoryCare();
    await care.register(TRANSACTION, {
      centreId: 'OSL-1',
      name: 'Oslo',
      hostMunicipalityNumber: '0301',
      statePlaces: 2,
      privatePlaces: 1,
    });
    await care.register(TRANSACTION, {
      centreId: 'BGO-1',
      hostMunicipalityNumber: '4601',
      statePlaces: 0,
      privatePlaces: 0,
    });
    for (const personId of ['c-1', 'c-2', 'c-3']) await care.takeIntoCare(TRANSACTION, personId, null, null);
    await care.place(TRANSACTION, 'c-1', 'OSL-1', '2026-01-05');
    await care.place(TRANSACTION, 'c-2', 'OSL-1', '2026-01-05');

    const report = await new GetOccupancy(inOneTransaction, new Occupancy(care, care), care).execute();

    expect(report).toEqual({
      national: { children: 2, places: 3, occupancyPercent: 66.7, awaitingPlacement: 1 },
      centres: [
        {
          centreId: 'BGO-1',
          name: null,
          hostMunicipalityNumber: '4601',
          statePlaces: 0,
          privatePlaces: 0,
          children: 0,
          places: 0,
          occupancyPercent: null,
        },
        {
          centreId: 'OSL-1',
          name: 'Oslo',
          hostMunicipalityNumber: '0301',
          statePlaces: 2,
          privatePlaces: 1,
          children: 2,
          places: 3,
          occupancyPercent: 66.7,
        },
      ],
    });
  });
});
