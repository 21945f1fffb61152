import type { EntityManager } from 'typeorm';

import type { EscalationDecider, FactsFor, FactValues } from '#rules';

import { Occupancy } from '../centres/occupancy.js';
import { InMemoryCare } from '../testing/in-memory-care.js';
import { careRuleSetsWithTarget, TRANSACTION } from '../testing/stand-ins.js';
import { CareEscalations } from './care-escalations.js';

interface Asked {
  ruleSetId: string;
  facts: FactValues;
  subjectByScope: Record<string, string>;
  context: Record<string, unknown>;
}

/**
 * Records the locks taken and the facts handed to the decider (the decider has tests of its own); facts that
 * depend on the deciding version are gathered with a fixture version whose waiting target is 4 months.
 */
class RecordingDecider implements Pick<EscalationDecider, 'lock' | 'decide'> {
  readonly locks: string[] = [];
  readonly asked: Asked[] = [];
  private readonly ruleSets = careRuleSetsWithTarget(4);

  lock(_transaction: EntityManager, key: string): Promise<void> {
    this.locks.push(key);
    return Promise.resolve();
  }
  async decide(
    _transaction: EntityManager,
    ruleSetId: string,
    factsFor: FactsFor,
    subjectByScope: Record<string, string>,
    context: Record<string, unknown>,
  ): ReturnType<EscalationDecider['decide']> {
    const facts =
      typeof factsFor === 'function' ? await factsFor(this.ruleSets.current(ruleSetId)) : factsFor;
    this.asked.push({ ruleSetId, facts, subjectByScope, context });
    return { raised: [], resolved: [] } as unknown as Awaited<ReturnType<EscalationDecider['decide']>>;
  }
}

describe('CareEscalations', () => {
  let care: InMemoryCare;
  let decider: RecordingDecider;
  let escalations: CareEscalations;

  beforeEach(async () => {
    care = new InMemoryCare();
    decider = new RecordingDecider();
    escalations = new CareEscalations(decider, new Occupancy(care, care), care, care);
    await care.register(TRANSACTION, {
      centreId: 'OSL-1',
      hostMunicipalityNumber: '0301',
      statePlaces: 1,
      privatePlaces: 1,
    });
    await care.register(TRANSACTION, {
      centreId: 'BGO-1',
      hostMunicipalityNumber: '4601',
      statePlaces: 2,
      privatePlaces: 0,
    });
    for (const personId of ['c-1', 'c-2', 'c-3']) {
      await care.takeIntoCare(TRANSACTION, personId, '2025-12-01', 'RAA-1');
      await care.place(TRANSACTION, personId, 'OSL-1', '2025-12-02');
    }
    await care.recordWeek(TRANSACTION, '2026-04-27', 1);
    await care.recordWeek(TRANSACTION, '2026-05-04', 2);
  });

  const national = {
    nationalChildren: 3,
    nationalPlaces: 4,
    nationalOccupancyPercent: 75,
    childrenBeyondTargetPerWeek: [1, 2],
  };

  it('after a change at a centre: the national and centre figures, under the national lock', async () => {
    await escalations.afterChangeAt(TRANSACTION, 'OSL-1');
    expect(decider.locks).toEqual(['care:national']);
    expect(decider.asked).toEqual([
      {
        ruleSetId: 'care-centres-escalations',
        facts: { ...national, centreChildren: 3, centrePlaces: 2, childDaysPastTarget: null },
        subjectByScope: { national: 'national', centre: 'centre:OSL-1' },
        context: { centreId: 'OSL-1' },
      },
    ]);
  });

  it('for a child: days past the target of the rule set in force, under the child’s lock', async () => {
    await care.recordPermit(TRANSACTION, 'c-1', '2026-01-10', []);
    await escalations.forChild(TRANSACTION, 'c-1', '2026-05-15');
    expect(decider.locks).toEqual(['care:child:c-1']);
    expect(decider.asked).toEqual([
      {
        ruleSetId: 'care-centres-escalations',
        facts: { ...national, centreChildren: null, centrePlaces: null, childDaysPastTarget: 5 },
        subjectByScope: { child: 'child:c-1' },
        context: { personId: 'c-1', asOf: '2026-05-15' },
      },
    ]);
  });

  it('for a child without a permit, or no longer in care: no waiting to judge', async () => {
    await care.recordPermit(TRANSACTION, 'c-2', '2026-01-10', []);
    await care.leaveCare(TRANSACTION, 'c-2', '2026-05-01', 'moved-abroad');
    await escalations.forChild(TRANSACTION, 'c-2', '2026-05-15');
    await escalations.forChild(TRANSACTION, 'c-3', '2026-05-15');
    await escalations.forChild(TRANSACTION, 'unknown', '2026-05-15');
    expect(decider.asked.map((asked) => asked.facts.childDaysPastTarget)).toEqual([null, null, null]);
  });

  it('nationally: the national figures only', async () => {
    await escalations.national(TRANSACTION);
    expect(decider.locks).toEqual(['care:national']);
    expect(decider.asked).toEqual([
      {
        ruleSetId: 'care-centres-escalations',
        facts: { ...national, centreChildren: null, centrePlaces: null, childDaysPastTarget: null },
        subjectByScope: { national: 'national' },
        context: {},
      },
    ]);
  });
});
