import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Transactions } from '#persistence';
import { Access } from '#platform';

import {
  EscalationDeliveriesRepository,
  type EscalationDelivery,
} from './escalation-deliveries.repository.js';

@ApiTags('escalations')
@Controller('reception/escalation-deliveries')
export class EscalationDeliveriesController {
  constructor(
    @Inject(Transactions) private readonly transactions: Pick<Transactions, 'run'>,
    @Inject(EscalationDeliveriesRepository) private readonly deliveries: EscalationDeliveriesRepository,
  ) {}

  @Get()
  @Access('operator')
  @ApiOperation({
    summary: "Escalations raised and resolved as delivered (or not) to UDI's system's webhook",
  })
  list(): Promise<EscalationDelivery[]> {
    return this.transactions.run((transaction) => this.deliveries.list(transaction));
  }
}
