import { Logger } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import type { KafkaMessage } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';

import type { CloudEvent } from '#contracts';
import { NotYetProcessableError, RejectedError } from '#domain';

import {
  type ConsumedEvent,
  ConsumerStoppingError,
  EventBatchApplier,
  type PartitionOfEvents,
} from './event-batch-applier.js';
import type { KafkaEventContext } from './kafka-event-context.js';

/**
 * A database of processed ids and applied events, with transactions that commit or roll back together:
 * a unit test of how batches are applied, split and dead-lettered (the SQL itself runs in the e2e tests).
 */
class MemoryDatabase {
  readonly processed = new Set<string>();
  readonly applied: string[] = [];
  transactions = 0;

  readonly dataSource = {
    transaction: async (work: (manager: EntityManager) => Promise<void>): Promise<void> => {
      this.transactions += 1;
      const pending = { processed: [] as string[], applied: [] as string[] };
      const manager = {
        pending,
        query: (_sql: string, [, sources, ids]: [string, string[], string[]]) =>
          Promise.resolve(
            ids
              .map((id, index) => ({ event_source: sources[index], event_id: id }))
              .filter(
                ({ event_id }) => !this.processed.has(event_id) && !pending.processed.includes(event_id),
              )
              .map((row) => (pending.processed.push(row.event_id), row)),
          ),
      } as unknown as EntityManager;
      await work(manager);
      for (const id of pending.processed) this.processed.add(id);
      this.applied.push(...pending.applied);
    },
  } as unknown as DataSource;
}

const eventOf = (id: string, type = 'test.arrival'): ConsumedEvent => ({
  event: { id, source: '/tests', type, specversion: '1.0', data: {} } as unknown as CloudEvent,
  message: { offset: id.replace(/\D/g, '') } as KafkaMessage,
});

describe('EventBatchApplier', () => {
  let database: MemoryDatabase;
  let deadLetters: { offset: string; reason: string; attempts: number }[];
  let batchCalls: string[][];
  let failing: Map<string, Error>;
  let applier: EventBatchApplier;
  let stopping: boolean;
  const from: PartitionOfEvents = {
    topic: 'reception.centres',
    physicalTopic: 'reception.centres',
    partition: 0,
    heartbeat: () => Promise.resolve(),
  };

  beforeEach(() => {
    database = new MemoryDatabase();
    deadLetters = [];
    batchCalls = [];
    failing = new Map();
    stopping = false;
    const batchHandler = ((events: CloudEvent[], context: KafkaEventContext) => {
      batchCalls.push(events.map((event) => event.id));
      const poison = events.find((event) => failing.has(event.id));
      if (poison) return Promise.reject(failing.get(poison.id)!);
      const { pending } = context.transaction as unknown as { pending: { applied: string[] } };
      pending.applied.push(...events.map((event) => event.id));
      return Promise.resolve();
    }) as unknown as MessageHandler;
    const departureHandler = ((events: CloudEvent[], context: KafkaEventContext) =>
      batchHandler(events, context)) as unknown as MessageHandler;
    const singleHandler = ((event: CloudEvent, context: KafkaEventContext) => {
      (context.transaction as unknown as { pending: { applied: string[] } }).pending.applied.push(
        `single:${event.id}`,
      );
      return Promise.resolve();
    }) as unknown as MessageHandler;
    applier = new EventBatchApplier({
      dataSource: database.dataSource,
      groupId: 'tests',
      logger: new Logger('tests'),
      maxUnexpectedAttempts: 3,
      // Nest registers a handler per pattern: the batch name, not the function, says which go together.
      routeOf: (type) =>
        type === 'test.arrival' || type === 'test.departure'
          ? {
              handler: type === 'test.arrival' ? batchHandler : departureHandler,
              batch: 'test.arrival test.departure',
            }
          : { handler: singleHandler },
      invoke: async (handler, payload, context) => {
        await handler(payload, context);
      },
      deadLetter: (_from, message, reason, attempts) => {
        deadLetters.push({ offset: message.offset, reason, attempts });
        return Promise.resolve();
      },
      backoff: () => Promise.resolve(),
      isStopping: () => stopping,
    });
  });

  it('applies a batch in one transaction, handing runs of a batch type to its handler at once', async () => {
    await applier.apply(from, [
      eventOf('e1'),
      eventOf('e2', 'test.departure'),
      eventOf('e3', 'test.other'),
      eventOf('e4'),
    ]);
    expect(database.transactions).toBe(1);
    expect(batchCalls).toEqual([['e1', 'e2'], ['e4']]);
    expect(database.applied).toEqual(['e1', 'e2', 'single:e3', 'e4']);
  });

  it('splits a batch around a refused event, dead-letters only that one, and applies its neighbours in order', async () => {
    failing.set('e6', new RejectedError('refused', 'centreId'));
    const events = Array.from({ length: 8 }, (_, index) => eventOf(`e${index + 1}`));
    await applier.apply(from, events);
    expect(database.applied).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e7', 'e8']);
    expect(deadLetters).toEqual([{ offset: '6', reason: 'rejected: refused', attempts: 1 }]);
    // 8 fails → [1–4] ok, [5–8] fails → [5,6] fails → [5] ok, [6] dead-lettered → [7,8] ok
    expect(batchCalls).toEqual([
      ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8'],
      ['e1', 'e2', 'e3', 'e4'],
      ['e5', 'e6', 'e7', 'e8'],
      ['e5', 'e6'],
      ['e5'],
      ['e6'],
      ['e7', 'e8'],
    ]);
  });

  it('retries an event that fails unexpectedly alone a few times before dead-lettering it', async () => {
    failing.set('e2', new NotYetProcessableError('not yet', 'personId'));
    await applier.apply(from, [eventOf('e1'), eventOf('e2'), eventOf('e3')]);
    expect(database.applied).toEqual(['e1', 'e3']);
    expect(deadLetters).toEqual([{ offset: '2', reason: 'handler failed 3 times: not yet', attempts: 3 }]);
    expect(batchCalls.filter((ids) => ids.length === 1 && ids[0] === 'e2')).toHaveLength(3);
  });

  it('retries a whole batch while the database is away, and changes nothing twice', async () => {
    const away = Object.assign(new Error('Connection terminated'), { code: 'ECONNRESET' });
    failing.set('e2', away);
    let tries = 0;
    const original = database.dataSource.transaction.bind(database.dataSource);
    (database.dataSource as { transaction: unknown }).transaction = async (
      work: (manager: EntityManager) => Promise<void>,
    ) => {
      tries += 1;
      if (tries === 3) failing.delete('e2');
      return original(work);
    };
    await applier.apply(from, [eventOf('e1'), eventOf('e2')]);
    expect(batchCalls).toEqual([
      ['e1', 'e2'],
      ['e1', 'e2'],
      ['e1', 'e2'],
    ]);
    expect(database.applied).toEqual(['e1', 'e2']);
    expect(deadLetters).toEqual([]);

    await applier.apply(from, [eventOf('e1'), eventOf('e2'), eventOf('e9')]);
    expect(database.applied).toEqual(['e1', 'e2', 'e9']);
  });

  it('stops retrying once the consumer stops, leaving the event undelivered for the next owner', async () => {
    failing.set('e1', new Error('handler bug'));
    const applying = applier.apply(from, [eventOf('e1')]);
    stopping = true;
    await expect(applying).rejects.toBeInstanceOf(ConsumerStoppingError);
    expect(deadLetters).toEqual([]);
    expect(database.applied).toEqual([]);
  });

  it('parks an event that awaits another one at once instead of retrying and dead-lettering it', async () => {
    const parked: { id: string; partition: number; reason: string }[] = [];
    const parking = new EventBatchApplier({
      ...(applier as unknown as { options: ConstructorParameters<typeof EventBatchApplier>[0] }).options,
      parkNotYetProcessable: (partition, consumed, reason) => {
        parked.push({ id: consumed.event.id, partition: partition.partition, reason });
        return Promise.resolve();
      },
    });
    failing.set(
      'e2',
      new NotYetProcessableError('the departure from the other centre must come first', 'personId'),
    );
    await parking.apply(from, [eventOf('e1'), eventOf('e2'), eventOf('e3')]);
    expect(database.applied).toEqual(['e1', 'e3']);
    expect(parked).toEqual([
      { id: 'e2', partition: 0, reason: 'the departure from the other centre must come first' },
    ]);
    expect(deadLetters).toEqual([]);
    expect(batchCalls.filter((ids) => ids.length === 1 && ids[0] === 'e2')).toHaveLength(1);
  });
});
