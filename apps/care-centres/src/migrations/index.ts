import { InitialCareCentresSchema1764000000000 } from './1764000000000-initial-care-centres-schema.js';
import { CareCentresSchema1764200000000 } from './1764200000000-care-centres-schema.js';
import { WaitingSnapshots1764300000000 } from './1764300000000-waiting-snapshots.js';

export const careCentresMigrations = [
  InitialCareCentresSchema1764000000000,
  CareCentresSchema1764200000000,
  WaitingSnapshots1764300000000,
];
