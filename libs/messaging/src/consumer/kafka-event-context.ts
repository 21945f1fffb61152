import { BaseRpcContext } from '@nestjs/microservices';
import type { EntityManager } from 'typeorm';

type KafkaEventContextArgs = [transaction: EntityManager, topic: string, partition: number, offset: string];

/**
 * Handed to every event handler. The transaction is already open, and the event's id is already recorded
 * in it: whatever the handler writes through it commits or rolls back together with that record.
 */
export class KafkaEventContext extends BaseRpcContext<KafkaEventContextArgs> {
  get transaction(): EntityManager {
    return this.args[0];
  }

  get topic(): string {
    return this.args[1];
  }

  get partition(): number {
    return this.args[2];
  }

  get offset(): string {
    return this.args[3];
  }
}
