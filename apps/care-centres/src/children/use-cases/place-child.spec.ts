import { ConflictError, NotYetProcessableError } from '#domain';

import { InMemoryCare } from '../../testing/in-memory-care.js';
import { RecordingEvaluations, TRANSACTION } from '../../testing/stand-ins.js';
import { PlaceChild } from './place-child.js';

describe('PlaceChild', () => {
  let care: InMemoryCare;
  let evaluations: RecordingEvaluations;
  let placeChild: PlaceChild;

  beforeEach(async () => {
    care = new InMemoryCare();
    evaluations = new RecordingEvaluations();
    placeChild = new PlaceChild(care, care, care, evaluations);
    for (const centreId of ['OSL-1', 'BGO-1'])
      await care.register(TRANSACTION, {
        centreId,
        hostMunicipalityNumber: '0301',
        statePlaces: 2,
        privatePlaces: 0,
      });
  });

  it('takes a child not seen before into care and places it, then evaluates the centre', async () => {
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'OSL-1', date: '2026-01-05' });
    expect(await care.child(TRANSACTION, 'c-1')).toMatchObject({ centreId: 'OSL-1', arrivedOn: null });
    expect(care.placements).toEqual([
      { personId: 'c-1', centreId: 'OSL-1', placedOn: '2026-01-05', leftOn: null },
    ]);
    expect(evaluations.asked).toEqual(['centre OSL-1']);
  });

  it('keeps what the handover said about a child placed afterwards', async () => {
    await care.takeIntoCare(TRANSACTION, 'c-1', '2026-01-02', 'RAA-1');
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'OSL-1', date: '2026-01-05' });
    expect(care.children.get('c-1')).toMatchObject({ arrivedOn: '2026-01-02', receptionCentreId: 'RAA-1' });
  });

  it('moves a child placed elsewhere: the earlier placement ends the same day, and both centres are evaluated', async () => {
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'OSL-1', date: '2026-01-05' });
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'BGO-1', date: '2026-02-01' });
    expect(care.placements).toEqual([
      { personId: 'c-1', centreId: 'OSL-1', placedOn: '2026-01-05', leftOn: '2026-02-01' },
      { personId: 'c-1', centreId: 'BGO-1', placedOn: '2026-02-01', leftOn: null },
    ]);
    expect(evaluations.asked).toEqual(['centre OSL-1', 'centre OSL-1', 'centre BGO-1']);
    expect(await care.placedAt(TRANSACTION, 'OSL-1')).toBe(0);
  });

  it('changes nothing when the child is already placed at that centre', async () => {
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'OSL-1', date: '2026-01-05' });
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'OSL-1', date: '2026-01-09' });
    expect(care.placements).toHaveLength(1);
    expect(evaluations.asked).toEqual(['centre OSL-1']);
  });

  it('waits for a centre not registered yet', async () => {
    const placing = placeChild.execute(TRANSACTION, {
      personId: 'c-1',
      centreId: 'TRD-9',
      date: '2026-01-05',
    });
    await expect(placing).rejects.toThrow(NotYetProcessableError);
    await expect(placing).rejects.toMatchObject({ field: 'centreId' });
    expect(care.children.size).toBe(0);
    expect(evaluations.asked).toEqual([]);
  });

  it('refuses to place a child who has left care', async () => {
    await placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'OSL-1', date: '2026-01-05' });
    await care.end(TRANSACTION, 'c-1', '2026-03-01');
    await care.leaveCare(TRANSACTION, 'c-1', '2026-03-01', 'moved-abroad');
    await expect(
      placeChild.execute(TRANSACTION, { personId: 'c-1', centreId: 'BGO-1', date: '2026-04-01' }),
    ).rejects.toThrow(new ConflictError('the child left care on 2026-03-01'));
    expect(care.placements).toHaveLength(1);
  });
});
