import type { Producer } from 'kafkajs';

import { type KafkaSettings, physicalTopic } from '../kafka/kafka-settings.js';
import { type BrokerRefusal, brokerRefusal } from './broker-refusal.js';
import { outboxRecord, type OutboxRow } from './outbox-record.js';
import { type PartitionBatch, partitionBatches, type PlacedRecord } from './relay-batches.js';
import { type PartitionCounts, partitionOfKey } from './topic-partitions.js';

/** Where the sender records each result as it comes (in the relay: the outbox's transaction). */
export interface SendRecorder {
  /** Kafka has these rows. */
  sent(rows: OutboxRow[]): Promise<void>;
  /** Kafka refused this row for good; `bytes` is its size in a request. */
  refused(row: OutboxRow, refusal: BrokerRefusal, bytes: number): Promise<void>;
}

export interface SendOutcome {
  sent: number;
  refused: number;
  /** The first failure that may pass (the rows it held stay unsent and go again later). */
  failure?: Error;
}

/** Running totals since start, for operators and tests. */
export interface RelayCounters {
  /** Produce requests made (one partition each). */
  requests: number;
  /** Produce requests that failed, for whatever reason. */
  failedRequests: number;
  sent: number;
  /** Rows refused for good and moved to the outbox's dead letters. */
  deadLettered: number;
}

/**
 * Sends outbox rows one topic-partition per produce request, so each request succeeds or fails as a whole:
 * what Kafka took is recorded as sent at once, whatever happens to the other partitions. A row Kafka refuses
 * for good (too large, invalid) is recorded as refused and the rows behind it go on; a failure that may pass
 * stops only its partition (to keep the order there) until the next round.
 */
export class RelayBatchSender {
  readonly counters: RelayCounters = { requests: 0, failedRequests: 0, sent: 0, deadLettered: 0 };

  constructor(
    private readonly producer: Pick<Producer, 'send'>,
    private readonly partitions: PartitionCounts,
    private readonly settings: Pick<KafkaSettings, 'topicPrefix'> & { maxRequestBytes: number },
  ) {}

  async send(rows: OutboxRow[], recorder: SendRecorder): Promise<SendOutcome> {
    const outcome: SendOutcome = { sent: 0, refused: 0 };
    const oneAtATime = serialized(recorder);
    const placed = await this.place(rows, outcome);
    const results = await Promise.allSettled(
      partitionBatches(placed, this.settings.maxRequestBytes).map((batch) =>
        this.sendPartition(batch, oneAtATime, outcome),
      ),
    );
    const broken = results.find((result) => result.status === 'rejected');
    if (broken) throw broken.reason;
    return outcome;
  }

  /** Gives each row its topic and partition; rows of a topic whose partitions are unknown wait. */
  private async place(rows: OutboxRow[], outcome: SendOutcome): Promise<PlacedRecord[]> {
    const topics = [...new Set(rows.map((row) => physicalTopic(this.settings, row.topic)))];
    const counts = new Map<string, number>();
    await Promise.all(
      topics.map(async (topic) => {
        try {
          counts.set(topic, await this.partitions.countOf(topic));
        } catch (error) {
          outcome.failure ??= new Error(
            `Cannot learn the partitions of ${topic}: ${(error as Error).message}`,
            {
              cause: error,
            },
          );
        }
      }),
    );
    return rows.flatMap((row) => {
      const topic = physicalTopic(this.settings, row.topic);
      const count = counts.get(topic);
      if (count === undefined) return [];
      return [{ ...outboxRecord(row), topic, partition: partitionOfKey(topic, row.message_key, count) }];
    });
  }

  private async sendPartition(
    batch: PartitionBatch,
    recorder: SendRecorder,
    outcome: SendOutcome,
  ): Promise<void> {
    for (const request of batch.requests) {
      if (!(await this.sendRequest(batch, request, recorder, outcome))) return;
    }
  }

  /** Sends one request; false when the partition must stop here for this round. */
  private async sendRequest(
    batch: PartitionBatch,
    records: PlacedRecord[],
    recorder: SendRecorder,
    outcome: SendOutcome,
  ): Promise<boolean> {
    this.counters.requests += 1;
    try {
      await this.producer.send({
        topic: batch.topic,
        acks: -1,
        messages: records.map((record) => ({ ...record.message, partition: batch.partition })),
      });
    } catch (error) {
      this.counters.failedRequests += 1;
      const refusal = brokerRefusal(error);
      if (!refusal) {
        this.partitions.forget(batch.topic);
        outcome.failure ??= error instanceof Error ? error : new Error(String(error));
        return false;
      }
      // Refused as a whole: find the record(s) to blame by sending them one by one.
      if (records.length > 1) {
        for (const record of records) {
          if (!(await this.sendRequest(batch, [record], recorder, outcome))) return false;
        }
        return true;
      }
      await recorder.refused(records[0].row, refusal, records[0].bytes);
      outcome.refused += 1;
      this.counters.deadLettered += 1;
      return true;
    }
    await recorder.sent(records.map((record) => record.row));
    outcome.sent += records.length;
    this.counters.sent += records.length;
    return true;
  }
}

/** The recorder's calls one after another, though partitions are sent side by side (one transaction). */
function serialized(recorder: SendRecorder): SendRecorder {
  let last: Promise<unknown> = Promise.resolve();
  const next = <T>(work: () => Promise<T>): Promise<T> => {
    const result = last.then(work, work);
    last = result.catch(() => undefined);
    return result;
  };
  return {
    sent: (rows) => next(() => recorder.sent(rows)),
    refused: (row, refusal, bytes) => next(() => recorder.refused(row, refusal, bytes)),
  };
}
