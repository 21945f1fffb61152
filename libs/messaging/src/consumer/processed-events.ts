import type { EntityManager } from 'typeorm';

import type { CloudEvent } from '#contracts';

/**
 * Records the events' ids for the consumer group in one statement and answers the events not recorded before,
 * in their order (an id twice in the list counts once). Runs in the transaction that applies their effects.
 */
export async function recordProcessedEvents<T extends Pick<CloudEvent, 'source' | 'id' | 'type'>>(
  transaction: EntityManager,
  consumerGroup: string,
  events: readonly T[],
): Promise<T[]> {
  const rows = await transaction.query<{ event_source: string; event_id: string }[]>(
    `INSERT INTO processed_events (consumer_group, event_source, event_id, event_type)
     SELECT $1, event_source, event_id, event_type
       FROM unnest($2::text[], $3::text[], $4::text[]) AS event(event_source, event_id, event_type)
     ON CONFLICT DO NOTHING RETURNING event_source, event_id`,
    [
      consumerGroup,
      events.map((event) => event.source),
      events.map((event) => event.id),
      events.map((event) => event.type),
    ],
  );
  const fresh = new Set(rows.map((row) => keyOf(row.event_source, row.event_id)));
  return events.filter((event) => fresh.delete(keyOf(event.source, event.id)));
}

const keyOf = (source: string, id: string): string => `${source}\u0000${id}`;
