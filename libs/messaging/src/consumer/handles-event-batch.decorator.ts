import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';

import { PassThroughEventErrorsFilter } from './pass-through-event-errors.filter.js';

/** Names, in a batch handler's extras, the handler a run of events goes to (Nest registers one per pattern). */
export const EVENT_BATCH_EXTRA = 'eventBatch';

/** The pattern under which a batch handler of an event type is registered with the Kafka event server. */
export function batchPatternOf(eventType: string): string {
  return `batch:${eventType}`;
}

/**
 * Marks a controller method as the handler of a run of events of these CloudEvent types, in the order they
 * were published on one partition. The handler receives the validated events (@Payload(), an array) and a
 * KafkaEventContext (@Ctx()) holding the open transaction, in which the events' ids are already recorded. An
 * error fails the whole run: the server splits it and applies the halves until the failing event is alone,
 * which is then retried or dead-lettered as a single event would be. Types without a batch handler go to their
 * @HandlesEvent handler one at a time, in the same transaction.
 */
export function HandlesEventBatch(eventTypes: readonly string[]): MethodDecorator {
  return applyDecorators(
    EventPattern<string[]>(eventTypes.map(batchPatternOf), { [EVENT_BATCH_EXTRA]: eventTypes.join(' ') }),
    UseFilters(PassThroughEventErrorsFilter),
  );
}
