import { cloudEventEnvelopeSchema } from '../cloud-event.js';
import { eventCatalogue } from '../event-catalogue.js';
import type { EventDefinition } from '../event-definition.js';
import { partiesOf, type Party } from '../event-parties.js';
import type { JsonSchema } from '../json-schema.js';
import { deadLetterTopicOf, type TopicDefinition, Topics } from '../topics.js';

/** The version of the contract document; raise it when an event type or topic is added or changes. */
export const CONTRACT_VERSION = '1.0.0';

type Document = Record<string, unknown>;

/**
 * The AsyncAPI 3 document of every topic and event type: where each event travels, what keys it, its JSON
 * Schema inside the CloudEvents envelope, and which party publishes and consumes it. Generated from the
 * definitions in libs/contracts, so it cannot disagree with what the services validate.
 */
export function asyncApiDocument(): Document {
  const topics = Object.entries(Topics) as [string, TopicDefinition][];
  const definitions = [...eventCatalogue.values()];
  const channels: Document = {};
  for (const [channelId, topic] of topics) {
    const onTopic = definitions.filter((definition) => definition.topic === topic.name);
    channels[channelId] = {
      address: topic.name,
      title: topic.name,
      description: `${topic.description}. Invalid messages go to ${deadLetterTopicOf(topic.name)} with the reason in the dlq-reason header.`,
      messages: Object.fromEntries(
        onTopic.map((definition) => [
          messageId(definition),
          { $ref: `#/components/messages/${messageId(definition)}` },
        ]),
      ),
      bindings: { kafka: { topic: topic.name, partitions: topic.partitions, bindingVersion: '0.5.0' } },
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Reception and settlement of refugees: events',
      version: CONTRACT_VERSION,
      description: [
        "The events the settlement (IMDi), reception (UDI) and care-centres (Bufdir) services and the agencies' systems exchange over Kafka.",
        'Every event is a CloudEvents 1.0 structured JSON message (the whole event is the Kafka message value); its type carries the version.',
        'A message is keyed by the aggregate named for its event type, so order holds per aggregate. Person ids are pseudonymous: a national identity number is refused.',
      ].join('\n\n'),
    },
    defaultContentType: 'application/cloudevents+json',
    servers: {
      local: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description:
          'The local broker `npm start` runs; production brokers are configured with KAFKA_BROKERS.',
      },
    },
    channels,
    operations: operationsOf(definitions, topics),
    components: {
      messages: Object.fromEntries(
        definitions.map((definition) => [messageId(definition), message(definition)]),
      ),
    },
  };
}

/** A stable component name for an event type: no.reception.arrival.registered.v1 → NoReceptionArrivalRegisteredV1. */
export function messageId(definition: EventDefinition): string {
  return definition.type
    .split(/[.-]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function message(definition: EventDefinition): Document {
  const parties = partiesOf(definition.type);
  return {
    name: definition.type,
    title: definition.type,
    summary: definition.description,
    description: parties
      ? `Published by ${listOf(parties.publishers)}; consumed by ${parties.consumers.length ? listOf(parties.consumers) : 'no service (for people and monitoring)'}.`
      : undefined,
    contentType: 'application/cloudevents+json',
    payload: envelopeFor(definition),
    bindings: {
      kafka: {
        key: {
          type: 'string',
          description: `The data field ${definition.keyField} (also the CloudEvent subject)`,
        },
        bindingVersion: '0.5.0',
      },
    },
  };
}

function envelopeFor(definition: EventDefinition): JsonSchema {
  const properties = cloudEventEnvelopeSchema.properties as Record<string, JsonSchema>;
  const { $id: _id, ...envelope } = cloudEventEnvelopeSchema;
  const { $id: _dataId, $schema: _dataSchema, ...data } = definition.dataSchema;
  return {
    ...envelope,
    properties: { ...properties, type: { const: definition.type }, data },
  };
}

function operationsOf(definitions: EventDefinition[], topics: [string, TopicDefinition][]): Document {
  const channelOf = new Map(topics.map(([channelId, topic]) => [topic.name, channelId]));
  const operations: Document = {};
  for (const definition of definitions) {
    const parties = partiesOf(definition.type);
    if (!parties) continue;
    const channel = channelOf.get(definition.topic)!;
    const reference = {
      channel: { $ref: `#/channels/${channel}` },
      messages: [{ $ref: `#/channels/${channel}/messages/${messageId(definition)}` }],
    };
    for (const [action, who] of [
      ['send', parties.publishers],
      ['receive', parties.consumers],
    ] as const) {
      for (const party of who) {
        operations[`${slug(party)}${action === 'send' ? 'Sends' : 'Receives'}${messageId(definition)}`] = {
          action,
          title: `${party} ${action === 'send' ? 'publishes' : 'consumes'} ${definition.type}`,
          tags: [{ name: party }],
          ...reference,
        };
      }
    }
  }
  return operations;
}

function slug(party: Party): string {
  return party
    .replace(/'s systems$/, '')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((part, index) => (index === 0 ? part.toLowerCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

function listOf(parties: Party[]): string {
  return parties.length <= 1
    ? (parties[0] ?? '')
    : `${parties.slice(0, -1).join(', ')} and ${parties.at(-1)}`;
}
