import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access, CASEWORKERS, CurrentPrincipal, type Principal } from '#platform';

import type { Child } from './children.repository.js';
import { FindChild } from './use-cases/find-child.js';

@ApiTags('care centres')
@Controller('care-centres')
export class ChildrenController {
  constructor(@Inject(FindChild) private readonly findChild: FindChild) {}

  @Get('children/:personId')
  @Access(CASEWORKERS)
  @ApiOperation({
    summary:
      "A child in Bufdir's care: where placed, permit, and whether still in care (every read is audited)",
  })
  child(@Param('personId') personId: string, @CurrentPrincipal() principal: Principal): Promise<Child> {
    return this.findChild.execute(personId, principal.actor);
  }
}
