import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { RecordingFollowUp } from '../../testing/recording-follow-up.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { RegisterCentre } from './register-centre.js';

describe('RegisterCentre', () => {
  it('registers a centre and follows up, undated, with the places its host municipality had before', async () => {
    const centres = new InMemoryCentres().add({
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      fixedPlaces: 10,
    });
    const followUp = new RecordingFollowUp();
    await new RegisterCentre(centres, followUp).execute(TRANSACTION, {
      centreId: 'OSL-2',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 120,
      flexiblePlaces: 30,
    });
    expect(await centres.find(TRANSACTION, 'OSL-2')).toMatchObject({ status: 'operating', placesInUse: 150 });
    expect(followUp.changes).toEqual([
      { centreId: 'OSL-2', placesChange: { municipalityNumber: '0301', placesBefore: 10 } },
    ]);
  });

  it('refuses a centre in a municipality the register does not know: it is not stored and counts nowhere', async () => {
    const centres = new InMemoryCentres();
    const followUp = new RecordingFollowUp();
    await expect(
      new RegisterCentre(centres, followUp).execute(TRANSACTION, {
        centreId: 'NOW-1',
        hostMunicipalityNumber: '9999',
        type: 'ordinary',
        fixedPlaces: 500,
      }),
    ).rejects.toMatchObject({
      kind: 'rejected',
      field: 'hostMunicipalityNumber',
      message: 'host municipality "9999" is not in the municipality register',
    });
    expect(await centres.find(TRANSACTION, 'NOW-1')).toBeUndefined();
    expect(followUp.changes).toEqual([]);
  });
});
