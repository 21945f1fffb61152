import type { EntityManager } from 'typeorm';

import type { CompiledRuleSet, EscalationDecider, FactValues } from '#rules';

import type { PersonRecord } from '../../people/people.repository.js';
import type { WaitingTargets } from '../../people/waiting-targets.js';
import { SETTLEMENT_ESCALATIONS } from '../../settlement-rule-sets.js';
import { CheckHousehold } from './check-household.js';

const TRANSACTION = {} as EntityManager;

const member = (personId: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  personId,
  householdId: 'h-1',
  householdSize: 2,
  permitDate: '2026-01-31',
  unaccompaniedMinor: false,
  ageBand: 'adult',
  familyWithChildren: false,
  needs: [],
  readyOn: '2026-02-10',
  resettlementRefugee: false,
  settledIn: null,
  settledOn: null,
  ...extra,
});

interface Decided {
  ruleSetId: string;
  facts: FactValues;
  subjectByScope: Record<string, string>;
  context: Record<string, unknown>;
}

describe('CheckHousehold', () => {
  let targets: WaitingTargets;
  let waiting: PersonRecord[];
  let locks: string[];
  let decided: Decided[];
  let check: CheckHousehold;

  beforeEach(() => {
    targets = {
      waitingTargetMonths: 6,
      waitingTargetMonthsUnaccompaniedMinors: 3,
      waitingTargetMonthsFamiliesWithChildren: 6,
      waitingTargetMonthsResettlementRefugees: 6,
    };
    waiting = [member('p-1'), member('p-2', { permitDate: '2026-02-20' })];
    locks = [];
    decided = [];
    const escalations: Pick<EscalationDecider, 'lock' | 'decide'> = {
      lock: (_transaction, key) => {
        locks.push(key);
        return Promise.resolve();
      },
      decide: async (_transaction, ruleSetId, factsFor, subjectByScope, context) => {
        const version = { parameter: (name: string) => targets[name as keyof WaitingTargets] };
        const facts = typeof factsFor === 'function' ? await factsFor(version as CompiledRuleSet) : factsFor;
        decided.push({ ruleSetId, facts, subjectByScope, context });
        const past = Number(facts.householdDaysPastTarget) > 0;
        return { raised: past ? [{}] : [], resolved: past ? [] : [{}] } as unknown as Awaited<
          ReturnType<EscalationDecider['decide']>
        >;
      },
    };
    check = new CheckHousehold(escalations, {
      waitingInHousehold: (householdId) => Promise.resolve(householdId === 'h-1' ? waiting : []),
    });
  });

  it('judges the household by the longest wait past the target of the deciding version, under its lock', async () => {
    const result = await check.execute(TRANSACTION, 'h-1', '2026-08-05');
    expect(result).toMatchObject({ raised: 1, resolved: 0 });
    expect(locks).toEqual(['settlement:household:h-1']);
    expect(decided).toEqual([
      {
        ruleSetId: SETTLEMENT_ESCALATIONS,
        // p-1's 6 months ended on 2026-07-31: 5 days past it.
        facts: expect.objectContaining({
          householdDaysPastTarget: 5,
          householdHasUnaccompaniedMinor: false,
          needSinceDistribution: [],
        }) as FactValues,
        subjectByScope: { household: 'household:h-1' },
        context: { asOf: '2026-08-05', householdId: 'h-1' },
      },
    ]);
  });

  it('reads the targets from the parameters, so a changed target changes the facts', async () => {
    targets = { ...targets, waitingTargetMonths: 7 };
    await check.execute(TRANSACTION, 'h-1', '2026-08-05');
    // p-1's 7 months end on 2026-08-31.
    expect(decided[0].facts.householdDaysPastTarget).toBe(-26);
  });

  it('gives unaccompanied minors their own target', async () => {
    waiting = [member('p-3', { unaccompaniedMinor: true, ageBand: '15-18', permitDate: '2026-04-30' })];
    await check.execute(TRANSACTION, 'h-1', '2026-08-05');
    // 3 months from 2026-04-30 end on 2026-07-30 (6 months would end in October).
    expect(decided[0].facts).toMatchObject({
      householdDaysPastTarget: 6,
      householdHasUnaccompaniedMinor: true,
    });
  });

  it('gives families with children the general target, as the agreement 2026–2029 does, unless policy sets one', async () => {
    waiting = [member('p-4', { familyWithChildren: true, permitDate: '2026-04-30' })];
    await check.execute(TRANSACTION, 'h-1', '2026-08-05');
    // 6 months from 2026-04-30 end on 2026-10-30; 3 would have ended on 2026-07-30.
    expect(decided[0].facts.householdDaysPastTarget).toBe(-86);
    targets = { ...targets, waitingTargetMonthsFamiliesWithChildren: 3 };
    await check.execute(TRANSACTION, 'h-1', '2026-08-05');
    expect(decided[1].facts.householdDaysPastTarget).toBe(6);
  });

  it('has nothing to judge once nobody in the household waits', async () => {
    const result = await check.execute(TRANSACTION, 'h-settled', '2026-08-05');
    expect(result).toMatchObject({ raised: 0, resolved: 1 });
    expect(decided[0].facts).toMatchObject({
      householdDaysPastTarget: null,
      householdHasUnaccompaniedMinor: null,
    });
  });
});
