import { EscalationsTable1763200000000 } from './1763200000000-escalations-table.js';

/**
 * The escalations table's migrations, for every service that raises escalations to run in its own schema. Append
 * only: a released migration never changes (its SQL is frozen per service); a change is a new migration here.
 */
export const escalationMigrations = [EscalationsTable1763200000000] as const;
