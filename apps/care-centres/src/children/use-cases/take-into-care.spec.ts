import { InMemoryCare } from '../../testing/in-memory-care.js';
import { TRANSACTION } from '../../testing/stand-ins.js';
import { TakeIntoCare } from './take-into-care.js';

describe('TakeIntoCare', () => {
  it('puts a handed-over child in care, awaiting a place', async () => {
    const care = new InMemoryCare();
    await new TakeIntoCare(care).execute(TRANSACTION, {
      personId: 'c-1',
      arrivedOn: '2026-01-02',
      receptionCentreId: 'RAA-1',
    });
    expect(await care.child(TRANSACTION, 'c-1')).toMatchObject({ arrivedOn: '2026-01-02', centreId: null });
    expect(await care.awaitingPlacement(TRANSACTION)).toBe(1);
  });
});
