import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RecordDeparture } from './record-departure.js';

describe('RecordDeparture', () => {
  let stays: InMemoryStays;
  let followUp: RecordingFollowUp;
  let recordDeparture: RecordDeparture;

  beforeEach(async () => {
    stays = new InMemoryStays();
    await stays.open(TRANSACTION, 'p-1', 'OSL-1', '2026-11-02');
    followUp = new RecordingFollowUp();
    recordDeparture = new RecordDeparture(stays, followUp);
  });

  it('ends the stay with its reason and follows the change up on the day of departure', async () => {
    await recordDeparture.execute(TRANSACTION, {
      personId: 'p-1',
      centreId: 'OSL-1',
      date: '2026-12-01',
      reason: 'returned',
    });
    expect(stays.rows[0]).toMatchObject({ departedOn: '2026-12-01', reason: 'returned' });
    expect(followUp.changes).toEqual([{ centreId: 'OSL-1', day: '2026-12-01' }]);
  });

  it('refuses a departure from a centre the person does not live at, or before the arrival', async () => {
    await expect(
      recordDeparture.execute(TRANSACTION, { personId: 'p-1', centreId: 'BGO-1', date: '2026-12-01' }),
    ).rejects.toMatchObject({ kind: 'conflict', message: 'the person does not live at centre "BGO-1"' });
    await expect(
      recordDeparture.execute(TRANSACTION, { personId: 'p-1', centreId: 'OSL-1', date: '2026-11-01' }),
    ).rejects.toMatchObject({
      kind: 'conflict',
      message: 'departure date 2026-11-01 is before the arrival date 2026-11-02',
    });
    expect(stays.rows[0].departedOn).toBeUndefined();
    expect(followUp.changes).toEqual([]);
  });
});
