import type { EntityManager } from 'typeorm';

import { CompiledRuleSet, type CurrentRuleSets, type EventPublisher, parseRuleSet } from '#rules';

import type { CareEvaluations, EscalationChanges } from '../escalations/care-escalations.js';

/** Stand-ins for the unit tests of the care-centre use cases: no I/O. */
export const TRANSACTION = {} as EntityManager;

export const inOneTransaction = {
  run: <T>(work: (transaction: EntityManager) => Promise<T>): Promise<T> => work(TRANSACTION),
  rolledBack: <T>(work: (transaction: EntityManager) => Promise<T>): Promise<T> => work(TRANSACTION),
};

/** An audit trail that keeps what it is given. */
export class RecordingAudit {
  readonly entries: object[] = [];

  record(entry: object): Promise<void> {
    this.entries.push(entry);
    return Promise.resolve();
  }
}

const NO_CHANGES: EscalationChanges = { raised: [], resolved: [] };

/** Records which evaluations a use case asked for, in order. */
export class RecordingEvaluations implements CareEvaluations {
  readonly asked: string[] = [];

  afterChangeAt(_transaction: EntityManager, centreId: string): Promise<void> {
    this.asked.push(`centre ${centreId}`);
    return Promise.resolve();
  }
  forChild(_transaction: EntityManager, personId: string, asOf: string): Promise<EscalationChanges> {
    this.asked.push(`child ${personId} as of ${asOf}`);
    return Promise.resolve(NO_CHANGES);
  }
  national(_transaction: EntityManager): Promise<EscalationChanges> {
    this.asked.push('national');
    return Promise.resolve(NO_CHANGES);
  }
}

export class RecordingOutbox implements EventPublisher {
  readonly published: { type: string; data: object }[] = [];

  publish(_transaction: EntityManager, type: string, data: object): Promise<void> {
    this.published.push({ type, data });
    return Promise.resolve();
  }
}

/** A care-centre rule set of the tests' own, with the waiting target they choose (not the shipped policy). */
export function careRuleSetsWithTarget(waitingTargetMonths: number): CurrentRuleSets {
  const document = {
    id: 'care-centres-escalations',
    title: 'Care escalations for unit tests',
    description: 'A fixture of the unit tests, not a shipped policy.',
    owner: 'tests',
    version: '0.0.1',
    effectiveFrom: '2026-01-01',
    facts: [{ name: 'childDaysPastTarget', type: 'number', unit: 'days', description: 'one child' }],
    parameters: [
      { name: 'waitingTargetMonths', value: waitingTargetMonths, unit: 'months', description: 'the target' },
    ],
    rules: [
      {
        name: 'child-waiting',
        description: 'Past the target',
        conditions: { all: [{ fact: 'childDaysPastTarget', operator: 'greaterThan', value: 0 }] },
        event: { type: 'escalation', params: { scope: 'child', severity: 'high', message: 'waiting' } },
      },
    ],
  };
  const ruleSet = new CompiledRuleSet(parseRuleSet(JSON.stringify(document), 'fixture.json'));
  return { current: () => ruleSet };
}
