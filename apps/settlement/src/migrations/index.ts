import { messagingMigrations } from '#messaging';
import { serviceMigrations } from '#persistence';
import { auditMigrations } from '#platform';
import { escalationMigrations, rulePlatformMigrations } from '#rules';

import { SettlementSchema1764200000000 } from './1764200000000-settlement-schema.js';
import { PeopleAndMatching1764300000000 } from './1764300000000-people-and-matching.js';
import { PlacementsAndResettlement1764450000000 } from './1764450000000-placements-and-resettlement.js';
import { PolicyInputs1764460000000 } from './1764460000000-policy-inputs.js';
import { DistributionIssuing1764952000000 } from './1764952000000-distribution-issuing.js';

/** The libraries' tables and the service's own, run in the order of their timestamps. */
export const settlementMigrations = serviceMigrations(
  messagingMigrations,
  rulePlatformMigrations,
  escalationMigrations,
  auditMigrations,
  [
    SettlementSchema1764200000000,
    PeopleAndMatching1764300000000,
    PlacementsAndResettlement1764450000000,
    PolicyInputs1764460000000,
    DistributionIssuing1764952000000,
  ],
);
