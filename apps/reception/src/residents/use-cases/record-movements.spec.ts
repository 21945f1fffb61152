import { type ArrivalRegistered, CareCentreEventTypes, type CentreStatus, type CentreType } from '#contracts';

import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { RecordedEvents } from '../../testing/recorded-events.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RecordMovements } from './record-movements.js';

describe('RecordMovements', () => {
  let centres: InMemoryCentres;
  let stays: InMemoryStays;
  let followUp: RecordingFollowUp;
  let events: RecordedEvents;
  let movements: RecordMovements;
  const recordArrival = {
    execute: (transaction: typeof TRANSACTION, arrival: ArrivalRegistered) =>
      movements.execute(transaction, [{ arrival }]),
  };
  const arrival = { personId: 'p-1', centreId: 'OSL-1', date: '2026-11-02' };

  beforeEach(() => {
    centres = new InMemoryCentres().add({ centreId: 'OSL-1' });
    stays = new InMemoryStays();
    followUp = new RecordingFollowUp();
    events = new RecordedEvents();
    movements = new RecordMovements(centres, stays, followUp, events);
  });

  it('begins a stay at the centre and follows the change up on the day of arrival', async () => {
    await recordArrival.execute(TRANSACTION, arrival);
    expect(stays.rows).toEqual([{ personId: 'p-1', centreId: 'OSL-1', arrivedOn: '2026-11-02' }]);
    expect(followUp.changes).toEqual([{ centreId: 'OSL-1', day: '2026-11-02', residentsChange: 1 }]);
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

  describe('departures', () => {
    beforeEach(async () => {
      await stays.open(TRANSACTION, 'p-1', 'OSL-1', '2026-11-02');
    });

    it('ends the stay with its reason and follows the change up on the day of departure', async () => {
      await movements.execute(TRANSACTION, [
        {
          departure: {
            personId: 'p-1',
            centreId: 'OSL-1',
            date: '2026-12-01',
            reason: 'returned',
          },
        },
      ]);
      expect(stays.rows[0]).toMatchObject({ departedOn: '2026-12-01', reason: 'returned' });
      expect(followUp.changes).toEqual([{ centreId: 'OSL-1', day: '2026-12-01', residentsChange: -1 }]);
    });

    it('refuses a departure from a centre the person does not live at, or before the arrival', async () => {
      await expect(
        movements.execute(TRANSACTION, [
          { departure: { personId: 'p-1', centreId: 'BGO-1', date: '2026-12-01' } },
        ]),
      ).rejects.toMatchObject({ kind: 'conflict', message: 'the person does not live at centre "BGO-1"' });
      await expect(
        movements.execute(TRANSACTION, [
          { departure: { personId: 'p-1', centreId: 'OSL-1', date: '2026-11-01' } },
        ]),
      ).rejects.toMatchObject({
        kind: 'conflict',
        message: 'departure date 2026-11-01 is before the arrival date 2026-11-02',
      });
      expect(stays.rows[0].departedOn).toBeUndefined();
      expect(followUp.changes).toEqual([]);
    });
  });

  it('goes through a batch in order: a stay begun and ended in it, a new stay after leaving, one follow-up', async () => {
    centres.add({ centreId: 'BGO-1' });
    await stays.open(TRANSACTION, 'p-2', 'BGO-1', '2026-10-01');
    await movements.execute(TRANSACTION, [
      { arrival: arrival },
      { departure: { personId: 'p-2', centreId: 'BGO-1', date: '2026-11-02', reason: 'returned' } },
      { arrival: { personId: 'p-2', centreId: 'OSL-1', date: '2026-11-03' } },
      { departure: { personId: 'p-1', centreId: 'OSL-1', date: '2026-11-04' } },
      { arrival: { ...arrival, date: '2026-11-05' } },
    ]);
    expect(stays.rows).toEqual([
      {
        personId: 'p-2',
        centreId: 'BGO-1',
        arrivedOn: '2026-10-01',
        departedOn: '2026-11-02',
        reason: 'returned',
      },
      { personId: 'p-1', centreId: 'OSL-1', arrivedOn: '2026-11-02', departedOn: '2026-11-04', reason: null },
      { personId: 'p-2', centreId: 'OSL-1', arrivedOn: '2026-11-03' },
      { personId: 'p-1', centreId: 'OSL-1', arrivedOn: '2026-11-05' },
    ]);
    expect(followUp.changes.map((change) => [change.centreId, change.day, change.residentsChange])).toEqual([
      ['OSL-1', '2026-11-02', 1],
      ['BGO-1', '2026-11-02', -1],
      ['OSL-1', '2026-11-03', 1],
      ['OSL-1', '2026-11-04', -1],
      ['OSL-1', '2026-11-05', 1],
    ]);
  });

  it('fails the whole batch with the reason of the first movement that cannot be recorded, writing nothing', async () => {
    await expect(
      movements.execute(TRANSACTION, [
        { arrival: arrival },
        { departure: { personId: 'p-1', centreId: 'OSL-1', date: '2026-11-01' } },
      ]),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: 'departure date 2026-11-01 is before the arrival date 2026-11-02',
    });
    expect(stays.rows).toEqual([]);
    expect(followUp.changes).toEqual([]);
  });
});
