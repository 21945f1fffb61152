import type { OutboxRecord } from './outbox-record.js';

/** The records of one topic-partition, in outbox order, cut into produce requests of bounded size. */
export interface PartitionBatch {
  topic: string;
  partition: number;
  requests: PlacedRecord[][];
}

export interface PlacedRecord extends OutboxRecord {
  /** The physical topic. */
  topic: string;
  partition: number;
}

/**
 * Groups records by topic-partition, keeping their order, and cuts each group into requests of at most
 * `maxRequestBytes` (a record larger than that goes alone). Kafka takes or refuses a partition's records in
 * a request as a whole, so a request that holds one partition only either succeeds or fails entirely: what
 * it delivered can be marked sent, and one refused record does not take other partitions' records with it.
 */
export function partitionBatches(records: PlacedRecord[], maxRequestBytes: number): PartitionBatch[] {
  const batches = new Map<string, PartitionBatch & { bytes: number }>();
  for (const record of records) {
    const id = `${record.topic}\u0000${record.partition}`;
    let batch = batches.get(id);
    if (!batch) {
      batch = { topic: record.topic, partition: record.partition, requests: [], bytes: 0 };
      batches.set(id, batch);
    }
    const current = batch.requests.at(-1);
    if (current && batch.bytes + record.bytes <= maxRequestBytes) {
      current.push(record);
      batch.bytes += record.bytes;
    } else {
      batch.requests.push([record]);
      batch.bytes = record.bytes;
    }
  }
  return [...batches.values()].map(({ topic, partition, requests }) => ({ topic, partition, requests }));
}
