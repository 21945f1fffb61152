import { InMemoryCare } from '../../testing/in-memory-care.js';
import { RecordingEvaluations, TRANSACTION } from '../../testing/stand-ins.js';
import { LeaveCare } from '../leave-care.js';
import { RecordSettlement } from './record-settlement.js';

describe('RecordSettlement', () => {
  let care: InMemoryCare;
  let evaluations: RecordingEvaluations;
  let recordSettlement: RecordSettlement;

  beforeEach(async () => {
    care = new InMemoryCare();
    evaluations = new RecordingEvaluations();
    recordSettlement = new RecordSettlement(care, new LeaveCare(care, care, evaluations));
    await care.register(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await care.takeIntoCare(TRANSACTION, 'c-1', '2026-01-02', 'RAA-1');
    await care.place(TRANSACTION, 'c-1', 'OSL-1', '2026-01-05');
  });

  it('frees the place of a settled child, who leaves care, and evaluates the centre and the child', async () => {
    await recordSettlement.execute(TRANSACTION, {
      personId: 'c-1',
      municipalityNumber: '4601',
      settledOn: '2026-05-05',
    });
    expect(await care.placedAt(TRANSACTION, 'OSL-1')).toBe(0);
    expect(await care.child(TRANSACTION, 'c-1')).toMatchObject({
      centreId: null,
      leftCareOn: '2026-05-05',
      leftReason: 'settled',
    });
    expect(evaluations.asked).toEqual(['centre OSL-1', 'child c-1 as of 2026-05-05']);
  });

  it('evaluates only the child when the settled child was awaiting a place', async () => {
    await care.takeIntoCare(TRANSACTION, 'c-2', '2026-01-02', 'RAA-1');
    await recordSettlement.execute(TRANSACTION, {
      personId: 'c-2',
      municipalityNumber: '4601',
      settledOn: '2026-05-05',
    });
    expect(care.children.get('c-2')?.leftReason).toBe('settled');
    expect(evaluations.asked).toEqual(['child c-2 as of 2026-05-05']);
  });

  it('ignores people who are not children in care, and children who already left', async () => {
    await recordSettlement.execute(TRANSACTION, {
      personId: 'adult-1',
      municipalityNumber: '4601',
      settledOn: '2026-05-05',
    });
    await recordSettlement.execute(TRANSACTION, {
      personId: 'c-1',
      municipalityNumber: '4601',
      settledOn: '2026-05-05',
    });
    await recordSettlement.execute(TRANSACTION, {
      personId: 'c-1',
      municipalityNumber: '0301',
      settledOn: '2026-06-01',
    });
    expect(care.children.has('adult-1')).toBe(false);
    expect(care.children.get('c-1')).toMatchObject({ leftCareOn: '2026-05-05' });
    expect(evaluations.asked).toEqual(['centre OSL-1', 'child c-1 as of 2026-05-05']);
  });
});
