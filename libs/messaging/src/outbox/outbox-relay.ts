import { Logger } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import type { DataSource, EntityManager } from 'typeorm';

import type { KafkaSettings } from '../kafka/kafka-settings.js';
import { Wakeable } from '../wakeable.js';
import { DEFAULT_MAX_EVENT_BYTES } from './outbox.js';
import { moveToDeadLetters } from './outbox-dead-letters.js';
import type { OutboxRow } from './outbox-record.js';
import { RelayBatchSender, type RelayCounters, type SendRecorder } from './relay-batch-sender.js';
import type { PartitionCounts } from './topic-partitions.js';

export interface OutboxRelaySettings {
  schema: string;
  pollIntervalMs: number;
  batchSize?: number;
  /** The most bytes of records in one produce request (an event larger than that goes alone). */
  maxRequestBytes?: number;
}

/**
 * Sends committed outbox rows to Kafka in the order they were written, keyed by aggregate id. One relay
 * at a time per schema (advisory lock), so order holds even with several replicas. Delivery is at least
 * once: a crash after the send but before marking re-sends, and consumers drop the duplicate by event id.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly wakeup = new Wakeable();
  private readonly sender: RelayBatchSender;
  private running?: Promise<void>;
  private stopping = false;
  /** Set by a nudge while the relay was busy, so the nudge is not lost. */
  private nudged = false;
  /** While failing, the relay waits out its backoff: a nudge does not cut it short. */
  private backingOff = false;

  constructor(
    private readonly dataSource: DataSource,
    producer: Pick<Producer, 'send'>,
    kafka: Pick<KafkaSettings, 'topicPrefix'>,
    private readonly settings: OutboxRelaySettings,
    private readonly partitions: PartitionCounts & { close?(): Promise<void> },
  ) {
    this.sender = new RelayBatchSender(producer, partitions, {
      topicPrefix: kafka.topicPrefix,
      maxRequestBytes: settings.maxRequestBytes ?? DEFAULT_MAX_EVENT_BYTES,
    });
  }

  /** Requests, failures, rows sent and rows dead-lettered since start. */
  get counters(): Readonly<RelayCounters> {
    return this.sender.counters;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeup.wake();
    await this.running;
    this.running = undefined;
    await this.partitions.close?.();
  }

  /**
   * Called when a transaction that wrote to the outbox committed, so the relay does not wait for its next poll
   * (unless it is backing off after a failure: then the rows wait for the backoff to end).
   */
  nudge(): void {
    this.nudged = true;
    if (!this.backingOff) this.wakeup.wake();
  }

  /**
   * Sends one batch; returns how many rows were sent or dead-lettered (0 when another replica holds the relay).
   * Each partition's rows are recorded as sent as Kafka takes them; if some could not go, that is recorded
   * and committed first, then the failure is thrown (so the loop backs off).
   */
  async relayOnce(): Promise<number> {
    const outcome = await this.dataSource.transaction(async (transaction) => {
      const [{ locked }] = await transaction.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [`outbox-relay:${this.settings.schema}`],
      );
      if (!locked) return undefined;
      const rows = await transaction.query<OutboxRow[]>(
        `SELECT position, event_id, topic, message_key, event_type, payload FROM outbox
         WHERE published_at IS NULL ORDER BY position LIMIT $1`,
        [this.settings.batchSize ?? 500],
      );
      if (rows.length === 0) return undefined;
      return this.sender.send(rows, this.recorder(transaction));
    });
    if (outcome?.failure) throw outcome.failure;
    return outcome ? outcome.sent + outcome.refused : 0;
  }

  private recorder(transaction: EntityManager): SendRecorder {
    return {
      sent: async (rows) => {
        await transaction.query('UPDATE outbox SET published_at = now() WHERE position = ANY($1::bigint[])', [
          rows.map((row) => row.position),
        ]);
      },
      refused: async (row: OutboxRow, refusal, bytes) => {
        await moveToDeadLetters(transaction, row, refusal, bytes);
        // The operator escalation: an error line, and the row in outbox_dead_letters (GET /outbox/dead-letters).
        this.logger.error(
          `Outbox event ${row.event_id} (${row.event_type}, ${bytes} bytes, topic ${row.topic}) refused by the broker ` +
            `for good (${refusal.code}: ${refusal.message}); moved to outbox_dead_letters for an operator, ` +
            'the events behind it are sent',
        );
      },
    };
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.nudged = false;
      try {
        const sent = await this.relayOnce();
        failures = 0;
        if (sent > 0) continue;
      } catch (error) {
        failures += 1;
        this.logger.warn(
          `Outbox relay failed (attempt ${failures}), will retry: ${(error as Error).message}`,
        );
      }
      if (failures === 0 && this.nudged) continue;
      const backoff = failures === 0 ? this.settings.pollIntervalMs : Math.min(200 * 2 ** failures, 10000);
      this.backingOff = failures > 0;
      await this.wakeup.wait(backoff);
      this.backingOff = false;
    }
  }
}
