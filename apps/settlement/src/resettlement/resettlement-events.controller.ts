import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';

import {
  type ResettlementArrivedEvent,
  type ResettlementEntryPermitGrantedEvent,
  ResettlementEventTypes,
  type ResettlementMappedEvent,
  type ResettlementSelectedEvent,
} from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';

import { RecordArrival } from './use-cases/record-arrival.js';
import { RecordEntryPermit } from './use-cases/record-entry-permit.js';
import { RecordMapping } from './use-cases/record-mapping.js';
import { RecordSelection } from './use-cases/record-selection.js';

/** Resettlement refugees from selection abroad (UDI) and mapping (IMDi) to arrival in their municipality. */
@Controller()
export class ResettlementEventsController {
  constructor(
    @Inject(RecordSelection) private readonly recordSelection: RecordSelection,
    @Inject(RecordEntryPermit) private readonly recordEntryPermit: RecordEntryPermit,
    @Inject(RecordMapping) private readonly recordMapping: RecordMapping,
    @Inject(RecordArrival) private readonly recordArrival: RecordArrival,
  ) {}

  @HandlesEvent(ResettlementEventTypes.selected)
  onSelected(@Payload() event: ResettlementSelectedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordSelection.execute(context.transaction, event.data);
  }

  @HandlesEvent(ResettlementEventTypes.entryPermitGranted)
  onEntryPermit(
    @Payload() event: ResettlementEntryPermitGrantedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    return this.recordEntryPermit.execute(context.transaction, event.data);
  }

  @HandlesEvent(ResettlementEventTypes.mapped)
  onMapped(@Payload() event: ResettlementMappedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordMapping.execute(context.transaction, event.data);
  }

  @HandlesEvent(ResettlementEventTypes.arrived)
  onArrived(@Payload() event: ResettlementArrivedEvent, @Ctx() context: KafkaEventContext): Promise<void> {
    return this.recordArrival.execute(context.transaction, event.data);
  }
}
