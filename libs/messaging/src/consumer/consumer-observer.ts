import type { Consumer } from 'kafkajs';

import type { FailureKind } from './failure-classification.js';

/** Why an event went to the dead-letter topic: not a valid event, refused by the domain, or failing repeatedly. */
export type DeadLetterCause = 'invalid' | 'rejected' | 'failed';

/**
 * What the Kafka consumer tells about its work, for metrics and readiness. Topics are logical (without the
 * prefix); `type` is the CloudEvents type, unknown for an event that could not be read.
 */
export interface ConsumerObserver {
  /** The consumer exists and is about to connect: for its instrumentation events (joins, batches, crashes). */
  created(consumer: Consumer): void;
  /** An event was handled and committed, or found already handled (`duplicate`). */
  handled(topic: string, type: string, outcome: 'handled' | 'duplicate'): void;
  /** A handler failed and the event will be tried again. */
  retried(topic: string, type: string, failure: FailureKind): void;
  deadLettered(topic: string, type: string | undefined, cause: DeadLetterCause): void;
}
