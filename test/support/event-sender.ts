import type { Producer } from 'kafkajs';

import { type CloudEvent, eventDefinitionOf } from '#contracts';
import { buildEvent, createKafka, type KafkaSettings, physicalTopic } from '#messaging';

/** Plays UDI's and Bufdir's systems: sends events (or raw bytes) to the environment's topics. */
export class EventSender {
  /** Every event built by send(), in order (resend() adds nothing: it is the same event again). */
  readonly sent: CloudEvent[] = [];
  private readonly producer: Producer;

  constructor(private readonly kafka: KafkaSettings) {
    this.producer = createKafka(kafka).producer({ allowAutoTopicCreation: false });
  }

  async connect(): Promise<void> {
    await this.producer.connect();
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }

  /** Builds a CloudEvent of the given type and sends it; returns it so a test can send it again. */
  async send<TData extends object>(type: string, data: TData): Promise<CloudEvent<TData>> {
    const definition = eventDefinitionOf(type);
    if (!definition) throw new Error(`Unknown event type ${type}`);
    const event = buildEvent('/e2e-tests', definition, data);
    await this.resend(event);
    this.sent.push(event);
    return event;
  }

  async resend(event: CloudEvent): Promise<void> {
    const topic = eventDefinitionOf(event.type)!.topic;
    await this.sendRaw(topic, event.subject, JSON.stringify(event));
  }

  async sendRaw(logicalTopic: string, key: string, value: string): Promise<void> {
    await this.producer.send({
      topic: physicalTopic(this.kafka, logicalTopic),
      acks: -1,
      messages: [{ key, value }],
    });
  }
}
