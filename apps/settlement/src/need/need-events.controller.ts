import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import { type CountyTargetsSetEvent, type NeedEstimatedEvent, SettlementEventTypes } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordNeedEstimate } from './use-cases/record-need-estimate.js';
import { SetCountyTargets } from './use-cases/set-county-targets.js';

@Controller()
export class NeedEventsController {
  constructor(
    @Inject(RecordNeedEstimate) private readonly recordEstimate: RecordNeedEstimate,
    @Inject(SetCountyTargets) private readonly setCountyTargets: SetCountyTargets,
  ) {}

  @HandlesEvent(SettlementEventTypes.needEstimated)
  onNeedEstimated(@Payload() event: NeedEstimatedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordEstimate.execute(context.transaction, event.data);
  }

  @HandlesEvent(SettlementEventTypes.countyTargetsSet)
  async onCountyTargetsSet(
    @Payload() event: CountyTargetsSetEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    await this.setCountyTargets.execute(context.transaction, event.data);
  }
}
