import type { EntityManager } from 'typeorm';

import type { EventPublisher } from '#rules';

/** The outbox: what a use case published. */
export class RecordedEvents implements EventPublisher {
  readonly published: { type: string; data: object }[] = [];

  publish(_transaction: EntityManager, type: string, data: object): Promise<void> {
    this.published.push({ type, data });
    return Promise.resolve();
  }
}
