import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { ChangeCentreCapacity } from './change-centre-capacity.js';
import { ChangeRegisteredCentre } from './change-registered-centre.js';

describe('ChangeCentreCapacity', () => {
  let centres: InMemoryCentres;
  let followUp: RecordingFollowUp;
  let changeCapacity: ChangeCentreCapacity;

  beforeEach(() => {
    centres = new InMemoryCentres()
      .add({ centreId: 'OSL-1', hostMunicipalityNumber: '0301', fixedPlaces: 10 })
      .add({ centreId: 'OSL-2', hostMunicipalityNumber: '0301', fixedPlaces: 15 });
    followUp = new RecordingFollowUp();
    changeCapacity = new ChangeCentreCapacity(centres, new ChangeRegisteredCentre(centres, followUp));
  });

  it("changes the places and follows up with the host municipality's places before the change", async () => {
    await changeCapacity.execute(TRANSACTION, {
      centreId: 'OSL-1',
      fixedPlaces: 60,
      flexiblePlaces: 20,
      effectiveOn: '2026-12-01',
    });
    expect(await centres.find(TRANSACTION, 'OSL-1')).toMatchObject({ fixedPlaces: 60, flexiblePlaces: 20 });
    expect(followUp.changes).toEqual([
      {
        centreId: 'OSL-1',
        day: '2026-12-01',
        placesChange: { municipalityNumber: '0301', placesBefore: 25 },
      },
    ]);
  });

  it('answers "not found" for a centre that is not registered', async () => {
    await expect(
      changeCapacity.execute(TRANSACTION, {
        centreId: 'NOWHERE',
        fixedPlaces: 1,
        flexiblePlaces: 0,
        effectiveOn: '2026-12-01',
      }),
    ).rejects.toMatchObject({
      kind: 'not-found',
      field: 'centreId',
      message: 'centre "NOWHERE" is not registered',
    });
    expect(followUp.changes).toEqual([]);
  });
});
