import { InitialReceptionSchema1764000000000 } from './1764000000000-initial-reception-schema.js';

export const receptionMigrations = [InitialReceptionSchema1764000000000];
