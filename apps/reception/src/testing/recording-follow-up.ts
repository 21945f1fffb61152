import type { EntityManager } from 'typeorm';

import type {
  ChangeAtCentre,
  FollowUpChangeAtCentre,
} from '../follow-up/use-cases/follow-up-change-at-centre.js';

/** Stands in for the follow-up of a change (tested on its own): records which changes were followed up. */
export class RecordingFollowUp implements Pick<FollowUpChangeAtCentre, 'execute'> {
  readonly changes: ChangeAtCentre[] = [];

  execute(_transaction: EntityManager, change: ChangeAtCentre | ChangeAtCentre[]): Promise<void> {
    this.changes.push(...(Array.isArray(change) ? change : [change]));
    return Promise.resolve();
  }
}
