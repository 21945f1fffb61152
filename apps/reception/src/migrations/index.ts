import { InitialReceptionSchema1764000000000 } from './1764000000000-initial-reception-schema.js';
import { RulePlatform1764100000000 } from './1764100000000-rule-platform.js';

export const receptionMigrations = [InitialReceptionSchema1764000000000, RulePlatform1764100000000];
