import { ResettlementEventTypes } from '#contracts';
import { ConflictError, NotFoundError } from '#domain';

import { InMemoryPeople, personRecord } from '../../testing/in-memory-people.js';
import { InMemoryPlacements } from '../../testing/in-memory-placements.js';
import {
  CASEWORKER,
  ImmediateTransactions,
  RecordedAudit,
  RecordedEvents,
  TRANSACTION,
} from '../../testing/stand-ins.js';
import { CancelPlacement } from './cancel-placement.js';

describe('CancelPlacement', () => {
  let placements: InMemoryPlacements;
  let people: InMemoryPeople;
  let events: RecordedEvents;
  let audit: RecordedAudit;
  let cancel: CancelPlacement;
  const place = (householdId: string) =>
    placements.add(TRANSACTION, {
      householdId,
      municipalityNumber: '5001',
      year: 2026,
      topSuggestion: '5001',
      rank: 1,
      reason: null,
      chosenBy: 'cw 17',
    });

  beforeEach(() => {
    placements = new InMemoryPlacements();
    people = new InMemoryPeople([
      personRecord('p-1', { householdId: 'h-1' }),
      personRecord('p-q', { householdId: 'h-quota', resettlementRefugee: true }),
    ]);
    events = new RecordedEvents();
    audit = new RecordedAudit();
    cancel = new CancelPlacement(placements, people, events, new ImmediateTransactions(), audit);
  });

  it('cancels an open placement with the reason, under the placements lock', async () => {
    const placement = await place('h-1');
    const cancelled = await cancel.execute(
      'h-1',
      placement.placementId,
      ' the family declined ',
      CASEWORKER,
      '2026-11-25',
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'the family declined' });
    expect(await placements.openOf('h-1')).toBeUndefined();
    expect(placements.locks).toBe(1);
    expect(events.published).toEqual([]);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        actor: CASEWORKER,
        action: 'placement.cancelled',
        target: 'household:h-1',
        reason: 'the family declined',
        withTransaction: true,
      }),
    ]);
  });

  it("announces a resettlement household's match as cancelled", async () => {
    const placement = await place('h-quota');
    await cancel.execute('h-quota', placement.placementId, 'travel postponed', CASEWORKER, '2026-11-25');
    expect(events.published).toEqual([
      {
        type: ResettlementEventTypes.matchCancelled,
        data: {
          placementId: placement.placementId,
          householdId: 'h-quota',
          municipalityNumber: '5001',
          cancelledOn: '2026-11-25',
        },
      },
    ]);
  });

  it('refuses a placement that is not the household’s as not found, and a closed one as a conflict', async () => {
    const placement = await place('h-1');
    const elsewhere = cancel.execute('h-quota', placement.placementId, 'wrong household', CASEWORKER);
    await expect(elsewhere).rejects.toThrow(NotFoundError);
    await expect(elsewhere).rejects.toMatchObject({ field: 'placementId' });
    await expect(cancel.execute('h-1', 999, 'no such', CASEWORKER)).rejects.toThrow(NotFoundError);

    await cancel.execute('h-1', placement.placementId, 'the family declined', CASEWORKER);
    const twice = cancel.execute('h-1', placement.placementId, 'again', CASEWORKER);
    await expect(twice).rejects.toThrow(ConflictError);
    await expect(twice).rejects.toThrow(`placement ${placement.placementId} is already cancelled`);
  });
});
