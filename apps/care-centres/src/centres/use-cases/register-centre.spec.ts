import { InMemoryCare } from '../../testing/in-memory-care.js';
import { RecordingEvaluations, TRANSACTION } from '../../testing/stand-ins.js';
import { RegisterCentre } from './register-centre.js';

describe('RegisterCentre', () => {
  it('registers a centre, or changes its places, and evaluates it', async () => {
    const care = new InMemoryCare();
    const evaluations = new RecordingEvaluations();
    const registerCentre = new RegisterCentre(care, evaluations);
    await registerCentre.execute(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await registerCentre.execute(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 2,
      privatePlaces: 3,
    });
    expect(await care.placesAt(TRANSACTION, 'OSL-1')).toBe(5);
    expect(evaluations.asked).toEqual(['centre OSL-1', 'centre OSL-1']);
  });

  it('refuses a centre in a municipality the register does not know, which then counts nowhere', async () => {
    const care = new InMemoryCare();
    const evaluations = new RecordingEvaluations();
    await expect(
      new RegisterCentre(care, evaluations).execute(TRANSACTION, {
        centreId: 'NOW-1',
        hostMunicipalityNumber: '9999',
        statePlaces: 4,
        privatePlaces: 0,
      }),
    ).rejects.toMatchObject({
      kind: 'rejected',
      field: 'hostMunicipalityNumber',
      message: 'host municipality "9999" is not in the municipality register',
    });
    expect(await care.placesAt(TRANSACTION, 'NOW-1')).toBe(0);
    expect(evaluations.asked).toEqual([]);
  });
});
