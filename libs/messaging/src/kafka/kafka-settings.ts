export interface KafkaSettings {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name, so isolated environments (a test run, a tenant) can share a cluster. */
  topicPrefix: string;
  /** TLS and SASL for production brokers; absent for the local, plaintext broker. */
  security?: KafkaSecurity;
}

/** How to reach brokers that require TLS, authentication, or both. */
export interface KafkaSecurity {
  /** TLS, checking the brokers' certificates; PEM texts where the system's trusted CAs or no client certificate will not do. */
  tls?: { ca?: string; cert?: string; key?: string };
  sasl?: KafkaScram | KafkaOAuthBearer;
}

export interface KafkaScram {
  mechanism: 'scram-sha-256' | 'scram-sha-512';
  username: string;
  password: string;
}

/** OAUTHBEARER with an access token the client gets from a token endpoint by client credentials. */
export interface KafkaOAuthBearer {
  mechanism: 'oauthbearer';
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated; the token endpoint's default when absent. */
  scope?: string;
}

export function physicalTopic(settings: Pick<KafkaSettings, 'topicPrefix'>, logicalTopic: string): string {
  return `${settings.topicPrefix}${logicalTopic}`;
}

export function logicalTopic(settings: Pick<KafkaSettings, 'topicPrefix'>, physical: string): string {
  return settings.topicPrefix && physical.startsWith(settings.topicPrefix)
    ? physical.slice(settings.topicPrefix.length)
    : physical;
}
