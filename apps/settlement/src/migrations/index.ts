import { InitialSettlementSchema1764000000000 } from './1764000000000-initial-settlement-schema.js';
import { SettlementSchema1764200000000 } from './1764200000000-settlement-schema.js';
import { PeopleAndMatching1764300000000 } from './1764300000000-people-and-matching.js';

export const settlementMigrations = [
  InitialSettlementSchema1764000000000,
  SettlementSchema1764200000000,
  PeopleAndMatching1764300000000,
];
