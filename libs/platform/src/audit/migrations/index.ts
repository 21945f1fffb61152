import { AuditTrail1764950000000 } from './1764950000000-audit-trail.js';

/**
 * The audit trail's migrations, for every service to run in its own schema. Append only: a released migration
 * never changes (its SQL is frozen per service); a change is a new migration here.
 */
export const auditMigrations = [AuditTrail1764950000000] as const;
