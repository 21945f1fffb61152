import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import { type ForecastPublishedEvent, ReceptionLifecycleEventTypes } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordForecast } from './use-cases/record-forecast.js';

/** UDI's forecasts of arrivals (already validated against the event schema). */
@Controller()
export class ForecastEventsController {
  constructor(@Inject(RecordForecast) private readonly recordForecast: RecordForecast) {}

  @HandlesEvent(ReceptionLifecycleEventTypes.forecastPublished)
  onForecastPublished(
    @Payload() event: ForecastPublishedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordForecast.execute(context.transaction, event.data);
  }
}
