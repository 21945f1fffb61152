import { createHash } from 'node:crypto';

import type { DataSource, EntityManager } from 'typeorm';

import { type CloudEvent, type ExternalParty, isSourceOf, partiesOf, partySourcePrefixes } from '#contracts';

import type { EventValidator } from '../event-validator.js';

export type IngestionOutcome = 'accepted' | 'duplicate' | 'rejected';

/** What became of one posted event, in the order they were posted. */
export interface IngestionResult {
  /** The event's position in the batch, from 0. */
  index: number;
  /** The event's id, when it has one. */
  id?: string;
  type?: string;
  outcome: IngestionOutcome;
  /** Why a rejected event was refused. */
  reason?: string;
}

interface Admitted {
  event: CloudEvent;
  topic: string;
  key: string;
}

/**
 * Takes events from an agency's systems that cannot produce to Kafka: each one is validated against its schema,
 * must be of a type the agency publishes (event-parties) and carry the agency's source, and is written to the
 * outbox as it came, so the relay sends it to its topic. Idempotent by (source, id): the outbox row's id is
 * derived from them, so an event posted again answers "duplicate" for as long as its outbox row is kept.
 */
export class EventIngestion {
  constructor(
    private readonly dataSource: DataSource,
    private readonly validator: EventValidator,
    private readonly onWritten: () => void = () => undefined,
  ) {}

  /** Checks and writes a batch in one transaction of its own. */
  async ingest(party: ExternalParty, candidates: readonly unknown[]): Promise<IngestionResult[]> {
    const results = await this.dataSource.transaction((transaction) =>
      this.ingestIn(transaction, party, candidates),
    );
    if (results.some((result) => result.outcome === 'accepted')) this.onWritten();
    return results;
  }

  /** Tells the relay to send at once; for callers of `ingestIn`, after their transaction committed. */
  nudgeRelay(): void {
    this.onWritten();
  }

  /** Checks and writes a batch in the caller's transaction (the caller nudges the relay after commit). */
  async ingestIn(
    transaction: EntityManager,
    party: ExternalParty,
    candidates: readonly unknown[],
  ): Promise<IngestionResult[]> {
    const results: IngestionResult[] = [];
    for (const [index, candidate] of candidates.entries()) {
      const admitted = this.check(party, candidate);
      if (typeof admitted === 'string') {
        const id = idOf(candidate);
        results.push({ index, ...(id === undefined ? {} : { id }), outcome: 'rejected', reason: admitted });
        continue;
      }
      const { event, topic, key } = admitted;
      const written = await transaction.query<unknown[]>(
        `INSERT INTO outbox (event_id, event_type, topic, message_key, payload) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (event_id) DO NOTHING RETURNING 1`,
        [outboxIdOf(event), event.type, topic, key, JSON.stringify(event)],
      );
      results.push({
        index,
        id: event.id,
        type: event.type,
        outcome: written.length > 0 ? 'accepted' : 'duplicate',
      });
    }
    return results;
  }

  /** The admitted event, or why it is refused. */
  private check(party: ExternalParty, candidate: unknown): Admitted | string {
    const outcome = this.validator.validateUntrusted(candidate);
    if (!outcome.valid) return outcome.reason;
    const { event, definition } = outcome;
    const publishers = partiesOf(event.type)?.publishers ?? [];
    if (!publishers.includes(party)) {
      return `${event.type} is published by ${publishers.join(' and ') || 'nobody outside'}, not ${party}`;
    }
    if (!isSourceOf(party, event.source)) {
      return `source "${event.source}" is not one of ${party} (it must start with ${partySourcePrefixes[party] ?? '?'}/)`;
    }
    const key = (event.data as Record<string, unknown>)[definition.keyField];
    return { event, topic: definition.topic, key: String(key) };
  }
}

function idOf(candidate: unknown): string | undefined {
  const id = (candidate as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}

/** A UUID derived from the event's source and id (CloudEvents ids are unique per source, and need not be UUIDs). */
export function outboxIdOf(event: Pick<CloudEvent, 'source' | 'id'>): string {
  const hex = createHash('sha256').update(`${event.source}\u0000${event.id}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
