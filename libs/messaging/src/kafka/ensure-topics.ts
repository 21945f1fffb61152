import type { Admin, Kafka } from 'kafkajs';

import type { TopicDefinition } from '#contracts';

import { type KafkaSettings, physicalTopic } from './kafka-settings.js';

/** Creates the topics that do not exist yet; existing topics are left as they are. Returns the created names. */
export async function ensureTopics(
  kafka: Kafka,
  settings: Pick<KafkaSettings, 'topicPrefix'>,
  definitions: TopicDefinition[],
): Promise<string[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = definitions
      .map((definition) => ({ ...definition, name: physicalTopic(settings, definition.name) }))
      .filter((definition) => !existing.has(definition.name));
    if (missing.length === 0) return [];
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((definition) => ({
        topic: definition.name,
        numPartitions: definition.partitions,
        replicationFactor: 1,
        ...(definition.retentionMs === undefined
          ? {}
          : { configEntries: [{ name: 'retention.ms', value: String(definition.retentionMs) }] }),
      })),
    });
    const created = missing.map((definition) => definition.name);
    await untilEveryPartitionHasALeader(admin, created);
    return created;
  } finally {
    await admin.disconnect();
  }
}

/**
 * createTopics' waitForLeaders answers once the controller knows the leaders; a busy broker may still answer
 * "does not host this topic-partition" to the first clients for a moment. Wait until its metadata agrees.
 */
async function untilEveryPartitionHasALeader(
  admin: Admin,
  topics: string[],
  timeoutMs = 30000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const metadata = await admin.fetchTopicMetadata({ topics }).catch(() => undefined);
    const ready = metadata?.topics.every((topic) =>
      topic.partitions.every((partition) => partition.leader >= 0),
    );
    if (ready) return;
    if (Date.now() > deadline)
      throw new Error(`Topics have no leader after ${timeoutMs} ms: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function deleteTopicsWithPrefix(kafka: Kafka, prefix: string): Promise<number> {
  if (!prefix) throw new Error('Refusing to delete topics without a prefix');
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    return topics.length;
  } finally {
    await admin.disconnect();
  }
}
