import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { asyncApiDocument, contractPage } from '#contracts';

import { PublicRoute } from '../auth/access.decorators.js';

/**
 * The integrators' contract, served by every service: the same document whichever service answers. Public, as
 * published documentation is: it describes topics and schemas, never data.
 */
@ApiTags('contract')
@Controller()
@PublicRoute()
export class ContractController {
  private readonly document = asyncApiDocument();
  private readonly page = contractPage();

  @Get('asyncapi.json')
  @ApiOperation({ summary: 'The AsyncAPI 3 document: every topic, event type, key, schema and party' })
  asyncApi(): Record<string, unknown> {
    return this.document;
  }

  @Get('contract')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'The event contract as a page for people' })
  contract(): string {
    return this.page;
  }
}
