import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { ChangeCentreStatus } from './change-centre-status.js';
import { ChangeRegisteredCentre } from './change-registered-centre.js';

describe('ChangeCentreStatus', () => {
  let centres: InMemoryCentres;
  let followUp: RecordingFollowUp;
  let changeStatus: ChangeCentreStatus;

  beforeEach(() => {
    centres = new InMemoryCentres().add({
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      fixedPlaces: 10,
    });
    followUp = new RecordingFollowUp();
    changeStatus = new ChangeCentreStatus(centres, new ChangeRegisteredCentre(centres, followUp));
  });

  it('closes a centre, whose places stop counting, and follows up with the places there before', async () => {
    await changeStatus.execute(TRANSACTION, {
      centreId: 'OSL-1',
      status: 'closed',
      effectiveOn: '2027-03-01',
      noticeMonths: 4,
    });
    expect(await centres.placesInUse(TRANSACTION, '0301')).toBe(0);
    expect(followUp.changes).toEqual([
      {
        centreId: 'OSL-1',
        day: '2027-03-01',
        placesChange: { municipalityNumber: '0301', placesBefore: 10 },
      },
    ]);
  });

  it('answers "not found" for a centre that is not registered', async () => {
    await expect(
      changeStatus.execute(TRANSACTION, { centreId: 'NOWHERE', status: 'closed', effectiveOn: '2027-03-01' }),
    ).rejects.toMatchObject({ kind: 'not-found', message: 'centre "NOWHERE" is not registered' });
  });
});
