import { SettlementEventTypes } from '#contracts';
import { ConflictError, RejectedError } from '#domain';

import { InMemoryCare } from '../../testing/in-memory-care.js';
import { RecordingEvaluations, RecordingOutbox, TRANSACTION } from '../../testing/stand-ins.js';
import { RecordPermit } from './record-permit.js';

describe('RecordPermit', () => {
  let care: InMemoryCare;
  let outbox: RecordingOutbox;
  let evaluations: RecordingEvaluations;
  let recordPermit: RecordPermit;
  const permit = {
    personId: 'c-1',
    centreId: 'OSL-1',
    permitDate: '2026-01-10',
    needs: ['mental-health-services' as const],
    mappedOn: '2026-01-20',
  };

  beforeEach(async () => {
    care = new InMemoryCare();
    outbox = new RecordingOutbox();
    evaluations = new RecordingEvaluations();
    recordPermit = new RecordPermit(care, outbox, evaluations);
    await care.register(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await care.takeIntoCare(TRANSACTION, 'c-1', '2026-01-02', 'RAA-1');
    await care.place(TRANSACTION, 'c-1', 'OSL-1', '2026-01-05');
  });

  it('records the permit and hands the child to settlement as an unaccompanied minor under 15', async () => {
    await recordPermit.execute(TRANSACTION, permit);
    expect(await care.child(TRANSACTION, 'c-1')).toMatchObject({
      permitDate: '2026-01-10',
      needs: ['mental-health-services'],
    });
    expect(outbox.published).toEqual([
      {
        type: SettlementEventTypes.personReady,
        data: {
          personId: 'c-1',
          householdId: 'c-1',
          householdSize: 1,
          permitDate: '2026-01-10',
          unaccompaniedMinor: true,
          ageBand: 'under-15',
          familyWithChildren: false,
          needs: ['mental-health-services'],
          readyOn: '2026-01-20',
        },
      },
    ]);
    expect(evaluations.asked).toEqual(['child c-1 as of 2026-01-20']);
  });

  it('refuses a child mapped before the permit was granted, publishing nothing', async () => {
    const refusal = recordPermit.execute(TRANSACTION, { ...permit, mappedOn: '2026-01-09' });
    await expect(refusal).rejects.toThrow(new RejectedError('mapped before the permit was granted'));
    await expect(refusal).rejects.toMatchObject({ field: 'mappedOn' });
    expect(outbox.published).toEqual([]);
    expect(care.children.get('c-1')?.permitDate).toBeNull();
  });

  it('refuses a child not placed at the centre the permit names', async () => {
    await expect(recordPermit.execute(TRANSACTION, { ...permit, centreId: 'BGO-1' })).rejects.toThrow(
      ConflictError,
    );
    expect(outbox.published).toEqual([]);
  });
});
