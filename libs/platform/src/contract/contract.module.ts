import { Module } from '@nestjs/common';

import { ContractController } from './contract.controller.js';

/** Serves the integrators' contract (AsyncAPI document and its page) from every service. */
@Module({ controllers: [ContractController] })
export class ContractModule {}
