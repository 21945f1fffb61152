import { type PermitGranted, SettlementEventTypes } from '#contracts';

import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { RecordedEvents } from '../../testing/recorded-events.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RecordPermit } from './record-permit.js';

describe('RecordPermit', () => {
  let stays: InMemoryStays;
  let events: RecordedEvents;
  let recordPermit: RecordPermit;
  const permit: PermitGranted = {
    personId: 'p-1',
    centreId: 'OSL-1',
    permitDate: '2026-11-20',
    householdId: 'h-1',
    householdSize: 3,
    unaccompaniedMinor: false,
    ageBand: 'adult',
    familyWithChildren: true,
    needs: ['health-services'],
    mappedOn: '2026-12-01',
  };

  beforeEach(async () => {
    stays = new InMemoryStays();
    await stays.open(TRANSACTION, 'p-1', 'OSL-1', '2026-11-02');
    events = new RecordedEvents();
    recordPermit = new RecordPermit(stays, events);
  });

  it('keeps the permit date on the stay and hands the person to settlement as ready, household and needs included', async () => {
    await recordPermit.execute(TRANSACTION, permit);
    expect(stays.rows[0].permitDate).toBe('2026-11-20');
    expect(events.published).toEqual([
      {
        type: SettlementEventTypes.personReady,
        data: {
          personId: 'p-1',
          householdId: 'h-1',
          householdSize: 3,
          permitDate: '2026-11-20',
          unaccompaniedMinor: false,
          ageBand: 'adult',
          familyWithChildren: true,
          needs: ['health-services'],
          readyOn: '2026-12-01',
        },
      },
    ]);
  });

  it('refuses a permit for someone who does not live at the centre', async () => {
    await expect(recordPermit.execute(TRANSACTION, { ...permit, centreId: 'BGO-1' })).rejects.toMatchObject({
      kind: 'conflict',
      message: 'the person does not live at centre "BGO-1"',
    });
    expect(events.published).toEqual([]);
  });

  it('refuses a mapping dated before the permit', async () => {
    await expect(
      recordPermit.execute(TRANSACTION, { ...permit, mappedOn: '2026-11-19' }),
    ).rejects.toMatchObject({ kind: 'rejected', message: 'mapped before the permit was granted' });
    expect(stays.rows[0].permitDate).toBeUndefined();
    expect(events.published).toEqual([]);
  });
});
