import { CareCentreEventTypes, type CentreStatus, type CentreType } from '#contracts';

import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { RecordedEvents } from '../../testing/recorded-events.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RecordArrival } from './record-arrival.js';

describe('RecordArrival', () => {
  let centres: InMemoryCentres;
  let stays: InMemoryStays;
  let followUp: RecordingFollowUp;
  let events: RecordedEvents;
  let recordArrival: RecordArrival;
  const arrival = { personId: 'p-1', centreId: 'OSL-1', date: '2026-11-02' };

  beforeEach(() => {
    centres = new InMemoryCentres().add({ centreId: 'OSL-1' });
    stays = new InMemoryStays();
    followUp = new RecordingFollowUp();
    events = new RecordedEvents();
    recordArrival = new RecordArrival(centres, stays, followUp, events);
  });

  it('begins a stay at the centre and follows the change up on the day of arrival', async () => {
    await recordArrival.execute(TRANSACTION, arrival);
    expect(stays.rows).toEqual([{ personId: 'p-1', centreId: 'OSL-1', arrivedOn: '2026-11-02' }]);
    expect(followUp.changes).toEqual([{ centreId: 'OSL-1', day: '2026-11-02' }]);
  });

  it('answers "not found" for a centre that is not registered', async () => {
    await expect(
      recordArrival.execute(TRANSACTION, { ...arrival, centreId: 'NOWHERE' }),
    ).rejects.toMatchObject({
      kind: 'not-found',
      field: 'centreId',
      message: 'centre "NOWHERE" is not registered',
    });
    expect(stays.rows).toEqual([]);
    expect(followUp.changes).toEqual([]);
  });

  it.each<CentreStatus>(['planned', 'closed'])('lets nobody arrive at a %s centre', async (status) => {
    centres.add({ centreId: 'OSL-1', status });
    await expect(recordArrival.execute(TRANSACTION, arrival)).rejects.toMatchObject({
      kind: 'conflict',
      message: `centre "OSL-1" is ${status}: nobody can arrive there`,
    });
    expect(stays.rows).toEqual([]);
  });

  it.each<CentreStatus>(['scaling-down', 'closing'])(
    'still takes arrivals at a %s centre',
    async (status) => {
      centres.add({ centreId: 'OSL-1', status });
      await recordArrival.execute(TRANSACTION, arrival);
      expect(stays.rows).toHaveLength(1);
    },
  );

  it.each<CentreType>(['unaccompanied-minors-15-18', 'arrival-centre', 'transit'])(
    'houses an unaccompanied minor aged 15–18 at a centre of type %s',
    async (type) => {
      centres.add({ centreId: 'OSL-1', type });
      await recordArrival.execute(TRANSACTION, { ...arrival, unaccompaniedMinor: '15-18' });
      expect(stays.rows).toHaveLength(1);
    },
  );

  it.each<CentreType>(['ordinary', 'adapted-unit', 'emergency-accommodation'])(
    'refuses an unaccompanied minor aged 15–18 at a centre of type %s',
    async (type) => {
      centres.add({ centreId: 'OSL-1', type });
      await expect(
        recordArrival.execute(TRANSACTION, { ...arrival, unaccompaniedMinor: '15-18' }),
      ).rejects.toMatchObject({
        kind: 'rejected',
        message: `unaccompanied minors aged 15–18 live in EM centres, not in a centre of type ${type}`,
      });
      expect(stays.rows).toEqual([]);
    },
  );

  it('hands an unaccompanied minor under 15 over to the care centres instead of housing the child', async () => {
    await recordArrival.execute(TRANSACTION, { ...arrival, unaccompaniedMinor: 'under-15' });
    expect(events.published).toEqual([
      {
        type: CareCentreEventTypes.minorHandedOver,
        data: { personId: 'p-1', arrivedOn: '2026-11-02', receptionCentreId: 'OSL-1' },
      },
    ]);
    expect(stays.rows).toEqual([]);
    expect(followUp.changes).toEqual([]);
  });

  it('counts the same arrival reported twice once', async () => {
    await recordArrival.execute(TRANSACTION, arrival);
    await recordArrival.execute(TRANSACTION, arrival);
    expect(stays.rows).toHaveLength(1);
    expect(followUp.changes).toHaveLength(1);
  });

  it('waits for the departure from another centre, which may not have come in yet', async () => {
    centres.add({ centreId: 'BGO-1' });
    await recordArrival.execute(TRANSACTION, { ...arrival, centreId: 'BGO-1' });
    await expect(recordArrival.execute(TRANSACTION, arrival)).rejects.toMatchObject({
      kind: 'not-yet-processable',
    });
    expect(stays.rows).toHaveLength(1);
  });
});
