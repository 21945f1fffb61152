import { ConflictError, NotFoundError } from '#domain';

import { InMemoryCare } from '../../testing/in-memory-care.js';
import { RecordingEvaluations, TRANSACTION } from '../../testing/stand-ins.js';
import { LeaveCare } from '../leave-care.js';
import { RecordChildLeft } from './record-child-left.js';

describe('RecordChildLeft', () => {
  let care: InMemoryCare;
  let evaluations: RecordingEvaluations;
  let recordChildLeft: RecordChildLeft;

  beforeEach(async () => {
    care = new InMemoryCare();
    evaluations = new RecordingEvaluations();
    recordChildLeft = new RecordChildLeft(care, new LeaveCare(care, care, evaluations));
    await care.register(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await care.takeIntoCare(TRANSACTION, 'c-1', '2026-01-02', 'RAA-1');
    await care.place(TRANSACTION, 'c-1', 'OSL-1', '2026-01-05');
  });

  it('ends the placement, records why the child left, and evaluates the centre and then the child', async () => {
    await recordChildLeft.execute(TRANSACTION, {
      personId: 'c-1',
      centreId: 'OSL-1',
      date: '2026-03-01',
      reason: 'reunited-with-family',
    });
    expect(await care.child(TRANSACTION, 'c-1')).toMatchObject({
      centreId: null,
      leftCareOn: '2026-03-01',
      leftReason: 'reunited-with-family',
    });
    expect(care.placements[0].leftOn).toBe('2026-03-01');
    expect(await care.inCare(TRANSACTION)).toEqual([]);
    expect(evaluations.asked).toEqual(['centre OSL-1', 'child c-1 as of 2026-03-01']);
  });

  it('refuses a child placed at another centre, changing nothing', async () => {
    await expect(
      recordChildLeft.execute(TRANSACTION, {
        personId: 'c-1',
        centreId: 'BGO-1',
        date: '2026-03-01',
        reason: 'other',
      }),
    ).rejects.toThrow(new ConflictError('the child is not placed at care centre "BGO-1"'));
    expect(care.placements[0].leftOn).toBeNull();
    expect(evaluations.asked).toEqual([]);
  });

  it('refuses a child who is not in care', async () => {
    await expect(
      recordChildLeft.execute(TRANSACTION, {
        personId: 'c-9',
        centreId: 'OSL-1',
        date: '2026-03-01',
        reason: 'other',
      }),
    ).rejects.toThrow(NotFoundError);
  });
});
