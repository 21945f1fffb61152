import { messagingMigrations } from '#messaging';
import { serviceMigrations } from '#persistence';
import { auditMigrations } from '#platform';
import { escalationMigrations, rulePlatformMigrations } from '#rules';

import { CareCentresSchema1764200000000 } from './1764200000000-care-centres-schema.js';
import { WaitingSnapshots1764300000000 } from './1764300000000-waiting-snapshots.js';

/** The libraries' tables and the service's own, run in the order of their timestamps. */
export const careCentresMigrations = serviceMigrations(
  messagingMigrations,
  rulePlatformMigrations,
  escalationMigrations,
  auditMigrations,
  [CareCentresSchema1764200000000, WaitingSnapshots1764300000000],
);
