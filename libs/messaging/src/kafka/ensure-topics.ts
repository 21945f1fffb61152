import type { Kafka } from 'kafkajs';

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
      })),
    });
    return missing.map((definition) => definition.name);
  } finally {
    await admin.disconnect();
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
