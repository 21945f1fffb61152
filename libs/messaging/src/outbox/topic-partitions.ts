import { type Admin, type Kafka, Partitioners, type PartitionMetadata } from 'kafkajs';

/** How many partitions a topic has; the relay needs it to send each partition's records on their own. */
export interface PartitionCounts {
  countOf(topic: string): Promise<number>;
  /** Forgets what it knows about a topic, after a send to it failed (its partitions may have changed). */
  forget(topic: string): void;
}

const keyPartitioner = Partitioners.DefaultPartitioner();

/**
 * The partition kafkajs' producer chooses for a key (its default, Java-compatible murmur2 partitioner), so
 * records the relay places itself land where every other producer of the topic puts that key.
 */
export function partitionOfKey(topic: string, key: string, partitionCount: number): number {
  const partitionMetadata: PartitionMetadata[] = Array.from({ length: partitionCount }, (_, partitionId) => ({
    partitionId,
    leader: 0,
    partitionErrorCode: 0,
    replicas: [0],
    isr: [0],
  }));
  return keyPartitioner({ topic, partitionMetadata, message: { key, value: null } });
}

/** Partition counts from the cluster's metadata, kept for a while (partitions are rarely added). */
export class TopicPartitionCounts implements PartitionCounts {
  private admin?: Promise<Admin>;
  private readonly known = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly kafka: Pick<Kafka, 'admin'>,
    private readonly keepMs = 60000,
  ) {}

  async countOf(topic: string): Promise<number> {
    const known = this.known.get(topic);
    if (known && known.until > Date.now()) return known.count;
    const admin = await this.connected();
    const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
    const count = metadata.topics.find((entry) => entry.name === topic)?.partitions.length ?? 0;
    if (count === 0) throw new Error(`Topic ${topic} has no partitions`);
    this.known.set(topic, { count, until: Date.now() + this.keepMs });
    return count;
  }

  forget(topic: string): void {
    this.known.delete(topic);
  }

  async close(): Promise<void> {
    const admin = this.admin;
    this.admin = undefined;
    if (admin) await (await admin.catch(() => undefined))?.disconnect();
  }

  private connected(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      this.admin = undefined;
      throw error;
    });
    return this.admin;
  }
}
