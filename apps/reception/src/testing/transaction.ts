import type { EntityManager } from 'typeorm';

/** The transaction unit tests hand to use cases; in-memory repositories never look at it. */
export const TRANSACTION = {} as EntityManager;
