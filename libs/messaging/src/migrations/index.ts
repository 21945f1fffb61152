import { MessagingTables1763000000000 } from './1763000000000-messaging-tables.js';
import { OutboxDeadLetters1764905000000 } from './1764905000000-outbox-dead-letters.js';
import { DeadLetters1765010000000 } from './1765010000000-dead-letters.js';
import { ParkedEvents1765030000000 } from './1765030000000-parked-events.js';

/**
 * The messaging tables' migrations, for every service to run in its own schema. Append only: a released
 * migration never changes (its SQL is frozen per service); a change to these tables is a new migration here.
 */
export const messagingMigrations = [
  MessagingTables1763000000000,
  OutboxDeadLetters1764905000000,
  DeadLetters1765010000000,
  ParkedEvents1765030000000,
] as const;
