import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import { type NeedEstimatedEvent, SettlementEventTypes } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordNeedEstimate } from './use-cases/record-need-estimate.js';

@Controller()
export class NeedEventsController {
  constructor(@Inject(RecordNeedEstimate) private readonly recordEstimate: RecordNeedEstimate) {}

  @HandlesEvent(SettlementEventTypes.needEstimated)
  onNeedEstimated(@Payload() event: NeedEstimatedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordEstimate.execute(context.transaction, event.data);
  }
}
