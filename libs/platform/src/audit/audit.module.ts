import { Global, Module } from '@nestjs/common';

import { AuditController } from './audit.controller.js';
import { AuditTrail } from './audit-trail.js';

/** The service's audit trail (its table comes from auditMigrations) and GET /audit. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
