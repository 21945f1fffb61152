import { Controller, Inject } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { RejectedError } from '#domain';
import { SettlementEventTypes, type MunicipalityDecidedEvent } from '#contracts';
import { HandlesEvent, KafkaEventContext } from '#messaging';
import { SettlementEscalations } from '../escalations/settlement-escalations.js';
import { DecisionsRepository } from './decisions.repository.js';

@Controller()
export class DecisionEventsController {
  constructor(
    @Inject(DecisionsRepository) private readonly decisions: DecisionsRepository,
    @Inject(SettlementEscalations) private readonly escalations: SettlementEscalations,
  ) {}

  @HandlesEvent(SettlementEventTypes.municipalityDecided)
  async onMunicipalityDecided(
    @Payload() event: MunicipalityDecidedEvent,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    const decision = event.data;
    if (!(await this.decisions.municipalityExists(context.transaction, decision.municipalityNumber))) {
      throw new RejectedError(`${decision.municipalityNumber} is not a municipality`);
    }
    if (decision.em > decision.total)
      throw new RejectedError('a decision cannot include more unaccompanied minors than persons');
    await this.decisions.add(context.transaction, decision);
    await this.escalations.checkNational(context.transaction, decision.year);
  }
}
