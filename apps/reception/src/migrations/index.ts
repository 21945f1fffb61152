import { messagingMigrations } from '#messaging';
import { serviceMigrations } from '#persistence';
import { auditMigrations } from '#platform';
import { escalationMigrations, rulePlatformMigrations } from '#rules';

import { InitialReceptionSchema1764000000000 } from './1764000000000-initial-reception-schema.js';
import { CentreLifecycleAndPermits1764400000000 } from './1764400000000-centre-lifecycle-and-permits.js';
import { EarlyWarnings1764500000000 } from './1764500000000-early-warnings.js';
import { OccupancyDays1764600000000 } from './1764600000000-occupancy-days.js';
import { ArrivalForecasts1764700000000 } from './1764700000000-arrival-forecasts.js';
import { WebhookSigningSecrets1764810000000 } from './1764810000000-webhook-signing-secrets.js';
import { OccupancyCounters1764900000000 } from './1764900000000-occupancy-counters.js';
import { EscalationDeliveries1765020000000 } from './1765020000000-escalation-deliveries.js';

/** The libraries' tables and the service's own, run in the order of their timestamps. */
export const receptionMigrations = serviceMigrations(
  messagingMigrations,
  rulePlatformMigrations,
  escalationMigrations,
  auditMigrations,
  [
    InitialReceptionSchema1764000000000,
    CentreLifecycleAndPermits1764400000000,
    EarlyWarnings1764500000000,
    OccupancyDays1764600000000,
    ArrivalForecasts1764700000000,
    WebhookSigningSecrets1764810000000,
    OccupancyCounters1764900000000,
    EscalationDeliveries1765020000000,
  ],
);
