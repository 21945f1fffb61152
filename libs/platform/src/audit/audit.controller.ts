import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

import { Access } from '../auth/access.decorators.js';
import { POLICY_APPROVERS } from '../auth/access-groups.js';
import { AuditQueryDto } from './audit.dto.js';
import { type AuditPage, AuditTrail } from './audit-trail.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(@Inject(AuditTrail) private readonly trail: AuditTrail) {}

  @Get()
  @Access(POLICY_APPROVERS, { roles: ['auditor'] })
  @ApiOperation({
    summary:
      'The audit trail, newest first: who did what to which target, when, the outcome and why (filter by action, target, from/to; page with before)',
  })
  find(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.trail.find({
      ...(query.action === undefined ? {} : { action: query.action }),
      ...(query.target === undefined ? {} : { target: query.target }),
      ...(query.from === undefined ? {} : { from: query.from }),
      ...(query.to === undefined ? {} : { to: query.to }),
      ...(query.before === undefined ? {} : { before: query.before }),
      limit: query.limit ?? 100,
    });
  }
}
