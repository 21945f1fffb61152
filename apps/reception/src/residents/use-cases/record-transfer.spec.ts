import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RecordTransfer } from './record-transfer.js';

describe('RecordTransfer', () => {
  let centres: InMemoryCentres;
  let stays: InMemoryStays;
  let followUp: RecordingFollowUp;
  let recordTransfer: RecordTransfer;
  const transfer = { personId: 'p-1', fromCentreId: 'OSL-1', toCentreId: 'BGO-1', date: '2026-11-10' };

  beforeEach(async () => {
    centres = new InMemoryCentres().add({ centreId: 'OSL-1' }).add({ centreId: 'BGO-1' });
    stays = new InMemoryStays();
    await stays.open(TRANSACTION, 'p-1', 'OSL-1', '2026-11-02');
    followUp = new RecordingFollowUp();
    recordTransfer = new RecordTransfer(centres, stays, followUp);
  });

  it('ends the stay at one centre and begins the next the same day, following up both centres', async () => {
    await recordTransfer.execute(TRANSACTION, transfer);
    expect(stays.rows).toEqual([
      {
        personId: 'p-1',
        centreId: 'OSL-1',
        arrivedOn: '2026-11-02',
        departedOn: '2026-11-10',
        reason: 'transferred',
      },
      { personId: 'p-1', centreId: 'BGO-1', arrivedOn: '2026-11-10' },
    ]);
    expect(followUp.changes).toEqual([
      { centreId: 'OSL-1', day: '2026-11-10', residentsChange: -1 },
      { centreId: 'BGO-1', day: '2026-11-10', residentsChange: 1 },
    ]);
  });

  it('refuses a transfer to the same centre', async () => {
    await expect(
      recordTransfer.execute(TRANSACTION, { ...transfer, toCentreId: 'OSL-1' }),
    ).rejects.toMatchObject({ kind: 'rejected', message: 'a transfer must be to another centre' });
  });

  it('waits for the registration of a receiving centre it does not know yet', async () => {
    await expect(
      recordTransfer.execute(TRANSACTION, { ...transfer, toCentreId: 'TRD-9' }),
    ).rejects.toMatchObject({ kind: 'not-yet-processable' });
  });

  it('refuses a transfer to a centre that is closed', async () => {
    centres.add({ centreId: 'BGO-1', status: 'closed' });
    await expect(recordTransfer.execute(TRANSACTION, transfer)).rejects.toMatchObject({
      kind: 'conflict',
      message: 'centre "BGO-1" is closed',
    });
  });

  it('refuses a transfer from a centre the person does not live at', async () => {
    centres.add({ centreId: 'TRD-1' });
    await expect(
      recordTransfer.execute(TRANSACTION, { ...transfer, fromCentreId: 'TRD-1' }),
    ).rejects.toMatchObject({ kind: 'conflict', message: 'the person does not live at centre "TRD-1"' });
  });

  it('refuses a transfer dated before the arrival', async () => {
    await expect(
      recordTransfer.execute(TRANSACTION, { ...transfer, date: '2026-11-01' }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: 'transfer date 2026-11-01 is before the arrival date 2026-11-02',
    });
    expect(stays.rows).toHaveLength(1);
    expect(followUp.changes).toEqual([]);
  });
});
