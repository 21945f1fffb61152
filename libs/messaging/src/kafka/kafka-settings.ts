export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name, so isolated environments (a test run, a tenant) can share a cluster. */
  topicPrefix: string;
}

export function physicalTopic(settings: Pick<KafkaSettings, 'topicPrefix'>, logicalTopic: string): string {
  return `${settings.topicPrefix}${logicalTopic}`;
}

export function logicalTopic(settings: Pick<KafkaSettings, 'topicPrefix'>, physical: string): string {
  return settings.topicPrefix && physical.startsWith(settings.topicPrefix)
    ? physical.slice(settings.topicPrefix.length)
    : physical;
}
