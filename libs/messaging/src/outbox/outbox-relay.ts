import { Logger } from '@nestjs/common';
import type { Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';

import { CLOUD_EVENT_CONTENT_TYPE } from '#contracts';

import { type KafkaSettings, physicalTopic } from '../kafka/kafka-settings.js';
import { Wakeable } from '../wakeable.js';

interface OutboxRow {
  position: string;
  topic: string;
  message_key: string;
  event_type: string;
  payload: unknown;
}

export interface OutboxRelaySettings {
  schema: string;
  pollIntervalMs: number;
  batchSize?: number;
}

/**
 * Sends committed outbox rows to Kafka in the order they were written, keyed by aggregate id. One relay
 * at a time per schema (advisory lock), so order holds even with several replicas. Delivery is at least
 * once: a crash after the send but before marking re-sends, and consumers drop the duplicate by event id.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly wakeup = new Wakeable();
  private running?: Promise<void>;
  private stopping = false;
  /** Set by a nudge while the relay was busy, so the nudge is not lost. */
  private nudged = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: Producer,
    private readonly kafka: Pick<KafkaSettings, 'topicPrefix'>,
    private readonly settings: OutboxRelaySettings,
  ) {}

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
  }

  /** Called when a transaction that wrote to the outbox committed, so the relay does not wait for its next poll. */
  nudge(): void {
    this.nudged = true;
    this.wakeup.wake();
  }

  /** Sends one batch; returns how many events were sent (0 when another replica holds the relay). */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (transaction) => {
      const [{ locked }] = await transaction.query<{ locked: boolean }[]>(
        'SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked',
        [`outbox-relay:${this.settings.schema}`],
      );
      if (!locked) return 0;
      const rows = await transaction.query<OutboxRow[]>(
        `SELECT position, topic, message_key, event_type, payload FROM outbox
         WHERE published_at IS NULL ORDER BY position LIMIT $1`,
        [this.settings.batchSize ?? 500],
      );
      if (rows.length === 0) return 0;
      await this.producer.sendBatch({ acks: -1, topicMessages: this.toTopicMessages(rows) });
      await transaction.query('UPDATE outbox SET published_at = now() WHERE position = ANY($1::bigint[])', [
        rows.map((row) => row.position),
      ]);
      return rows.length;
    });
  }

  private toTopicMessages(rows: OutboxRow[]) {
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const topic = physicalTopic(this.kafka, row.topic);
      const messages = byTopic.get(topic) ?? [];
      messages.push({
        key: row.message_key,
        value: JSON.stringify(row.payload),
        headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE, 'ce-type': row.event_type },
      });
      byTopic.set(topic, messages);
    }
    return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
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
      await this.wakeup.wait(backoff);
    }
  }
}
