import { RulePlatformTables1763100000000 } from './1763100000000-rule-platform-tables.js';
import { RuleSetCandidates1764951000000 } from './1764951000000-rule-set-candidates.js';

/**
 * The rule platform's migrations, for every service that evaluates rule sets to run in its own schema. Append
 * only: a released migration never changes (its SQL is frozen per service); a change is a new migration here.
 */
export const rulePlatformMigrations = [
  RulePlatformTables1763100000000,
  RuleSetCandidates1764951000000,
] as const;
