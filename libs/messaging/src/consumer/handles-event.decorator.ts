import { applyDecorators, UseFilters } from '@nestjs/common';
import { EventPattern } from '@nestjs/microservices';

import { PassThroughEventErrorsFilter } from './pass-through-event-errors.filter.js';

/**
 * Marks a controller method as the handler of one CloudEvent type on the Kafka event server. The handler
 * receives the validated event (@Payload()) and a KafkaEventContext (@Ctx()) holding the open transaction.
 * Its errors reach the server unchanged, which decides between retry and dead letter.
 */
export function HandlesEvent(eventType: string): MethodDecorator {
  return applyDecorators(EventPattern<string>(eventType), UseFilters(PassThroughEventErrorsFilter));
}
