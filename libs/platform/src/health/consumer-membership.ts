import { Injectable } from '@nestjs/common';
import type { Consumer } from 'kafkajs';

/**
 * Whether this instance's Kafka consumer is in its group: joined once it has been given partitions (or at once
 * for a service that consumes nothing), out again when it stops or crashes for good. Readiness waits for it.
 */
@Injectable()
export class ConsumerMembership {
  private state: 'joining' | 'joined' | 'stopped' = 'joining';

  get joined(): boolean {
    return this.state === 'joined';
  }

  get description(): string {
    return this.state === 'joining' ? 'has not joined its consumer group yet' : `is ${this.state}`;
  }

  /** Follows the consumer's group membership from its instrumentation events. */
  follow(consumer: Consumer): void {
    consumer.on(consumer.events.GROUP_JOIN, () => (this.state = 'joined'));
    consumer.on(consumer.events.STOP, () => (this.state = 'stopped'));
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.state = 'stopped';
    });
  }

  /** For a service with no topics to consume. */
  markJoined(): void {
    this.state = 'joined';
  }
}
