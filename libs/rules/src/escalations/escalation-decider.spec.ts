import type { EntityManager } from 'typeorm';

import { CompiledRuleSet, type FactValues } from '../compiled-rule-set.js';
import type { DecisionRecord } from '../decisions/decision-record.js';
import { parseRuleSet } from '../load-rule-set.js';
import { EscalationBook } from './escalation-book.js';
import { EscalationDecider } from './escalation-decider.js';
import type { DecisionRecorder, EscalationRepository, EventPublisher } from './escalation-ports.js';
import type { EscalationRecord, OpenEscalation } from './escalation-store.js';

const TRANSACTION = {} as EntityManager;

function ruleSetOf(version: string, rules: object[]): CompiledRuleSet {
  const document = {
    id: 'test-escalations',
    title: 'Test escalations',
    description: 'A fixture of this test, not a shipped policy.',
    owner: 'tests',
    version,
    effectiveFrom: '2026-01-01',
    facts: [
      { name: 'occupancyPercent', type: 'number', unit: 'percent', description: 'national' },
      { name: 'centreResidents', type: 'number', unit: 'people', description: 'one centre' },
      { name: 'centrePlaces', type: 'number', unit: 'places', description: 'one centre' },
    ],
    rules,
  };
  return new CompiledRuleSet(parseRuleSet(JSON.stringify(document), `${version}.json`));
}

const nationalHigh = {
  name: 'national-high',
  description: 'Nearly full',
  conditions: { all: [{ fact: 'occupancyPercent', operator: 'greaterThanInclusive', value: 95 }] },
  event: { type: 'escalation', params: { scope: 'national', severity: 'high', message: 'full' } },
};
const centreOver = {
  name: 'centre-over',
  description: 'Over its places',
  conditions: {
    all: [{ fact: 'centreResidents', operator: 'greaterThan', value: { fact: 'centrePlaces' } }],
  },
  event: { type: 'escalation', params: { scope: 'centre', severity: 'medium', message: 'over' } },
};
const warning = {
  name: 'warn-host',
  description: 'Not an escalation',
  conditions: { all: [{ fact: 'occupancyPercent', operator: 'greaterThanInclusive', value: 0 }] },
  event: { type: 'early-warning', params: { message: 'heads up' } },
};

/** The escalations table, the outbox and the decision log as plain memory: this is a unit test of the logic. */
class InMemoryEscalations implements EscalationRepository, EventPublisher, DecisionRecorder {
  readonly rows: (Omit<EscalationRecord, 'resolvedAt'> & { resolvedAt: string | null })[] = [];
  readonly published: { type: string; data: object }[] = [];
  readonly durable: DecisionRecord[] = [];
  readonly locks: string[] = [];

  lock(_transaction: EntityManager, key: string): Promise<void> {
    this.locks.push(key);
    return Promise.resolve();
  }
  lockAll(_transaction: EntityManager, keys: string[]): Promise<void> {
    this.locks.push(...[...new Set(keys)].sort());
    return Promise.resolve();
  }
  openFor(_transaction: EntityManager, subjects: string[]): Promise<OpenEscalation[]> {
    return Promise.resolve(this.open().filter((row) => subjects.includes(row.subject)));
  }
  findOpen(_transaction: EntityManager, rule: string, subject: string): Promise<OpenEscalation | undefined> {
    return Promise.resolve(this.open().find((row) => row.rule === rule && row.subject === subject));
  }
  insertOpen(_transaction: EntityManager, escalation: Omit<EscalationRecord, 'status' | 'resolvedAt'>) {
    this.rows.push({ ...escalation, status: 'open', resolvedAt: null });
    return Promise.resolve();
  }
  markResolved(_transaction: EntityManager, escalationId: string, _facts: FactValues, resolvedAt: string) {
    const row = this.open().find((candidate) => candidate.escalationId === escalationId);
    if (row) Object.assign(row, { status: 'resolved', resolvedAt });
    return Promise.resolve(row !== undefined);
  }
  publish(_transaction: EntityManager, type: string, data: object): Promise<void> {
    this.published.push({ type, data });
    return Promise.resolve();
  }
  recordWith(_transaction: EntityManager, records: DecisionRecord[]): Promise<void> {
    this.durable.push(...records);
    return Promise.resolve();
  }
  private open() {
    return this.rows.filter((row) => row.status === 'open');
  }
}

describe('EscalationDecider', () => {
  let memory: InMemoryEscalations;
  let inForce: CompiledRuleSet;
  let decider: EscalationDecider;
  const calm = { occupancyPercent: 80, centreResidents: 10, centrePlaces: 20 };
  const scopes = { national: 'national', centre: 'centre:OSL-1' };

  beforeEach(() => {
    memory = new InMemoryEscalations();
    inForce = ruleSetOf('1.0.0', [nationalHigh, centreOver, warning]);
    decider = new EscalationDecider(
      { current: () => inForce },
      new EscalationBook(memory, memory, memory, { raised: 'test.raised', resolved: 'test.resolved' }),
    );
  });

  it('raises what newly fires, once, for the subject of its scope, and keeps the record with the change', async () => {
    const first = await decider.decide(
      TRANSACTION,
      'test-escalations',
      { ...calm, occupancyPercent: 96 },
      scopes,
      {
        centreId: 'OSL-1',
      },
    );
    expect(first.raised.map((escalation) => [escalation.rule, escalation.subject])).toEqual([
      ['national-high', 'national'],
    ]);
    expect(first.raised[0]).toMatchObject({
      decisionId: first.decision.decisionId,
      severity: 'high',
      ruleSet: { id: 'test-escalations', version: '1.0.0' },
    });
    expect(memory.published.map((event) => event.type)).toEqual(['test.raised']);
    expect(memory.durable.map((record) => record.decisionId)).toEqual([first.decision.decisionId]);
    expect(first.decision).toMatchObject({
      subject: 'national,centre:OSL-1',
      context: { centreId: 'OSL-1' },
    });

    const again = await decider.decide(
      TRANSACTION,
      'test-escalations',
      { ...calm, occupancyPercent: 97 },
      scopes,
      {},
    );
    expect(again.raised).toEqual([]);
    expect(memory.published).toHaveLength(1);
    expect(memory.durable.map((record) => record.decisionId)).toEqual([
      first.decision.decisionId,
      again.decision.decisionId,
    ]);
  });

  it('resolves what no longer holds, naming the escalation it raised', async () => {
    const raised = await decider.decide(
      TRANSACTION,
      'test-escalations',
      { ...calm, centreResidents: 21 },
      scopes,
      {},
    );
    const resolved = await decider.decide(TRANSACTION, 'test-escalations', calm, scopes, {});
    expect(resolved.resolved).toEqual([
      expect.objectContaining({
        escalationId: raised.raised[0].escalationId,
        rule: 'centre-over',
        subject: 'centre:OSL-1',
        decisionId: resolved.decision.decisionId,
      }),
    ]);
    expect(memory.rows[0]).toMatchObject({ status: 'resolved', resolvedAt: resolved.decision.evaluatedAt });
  });

  it('leaves outcomes of scopes it does not decide on, and outcomes that are not escalations, alone', async () => {
    const booked = await decider.decide(
      TRANSACTION,
      'test-escalations',
      { occupancyPercent: 99, centreResidents: 30, centrePlaces: 20 },
      { centre: 'centre:BGO-2' },
      {},
    );
    expect(booked.raised.map((escalation) => escalation.subject)).toEqual(['centre:BGO-2']);
    expect(booked.outcomes.find((outcome) => outcome.rule === 'warn-host')?.fired).toBe(true);
  });

  it('resolves open escalations of a rule the version in force no longer has', async () => {
    await decider.decide(TRANSACTION, 'test-escalations', { ...calm, occupancyPercent: 99 }, scopes, {});
    inForce = ruleSetOf('2.0.0', [centreOver]);
    const after = await decider.decide(
      TRANSACTION,
      'test-escalations',
      { ...calm, occupancyPercent: 99 },
      scopes,
      {},
    );
    expect(after.resolved).toEqual([
      expect.objectContaining({ rule: 'national-high', subject: 'national', ruleSet: inForce.reference }),
    ]);
  });

  it('runs the other effects of the evaluation and keeps its record with the transaction', async () => {
    const seen: string[] = [];
    const booked = await decider.decide(
      TRANSACTION,
      'test-escalations',
      calm,
      scopes,
      {},
      {
        effects: ({ outcomes }) => {
          seen.push(...outcomes.filter((outcome) => outcome.fired).map((outcome) => outcome.rule));
          return Promise.resolve(true);
        },
      },
    );
    expect(seen).toEqual(['warn-host']);
    expect(booked.raised).toEqual([]);
    expect(memory.durable.map((record) => record.decisionId)).toEqual([booked.decision.decisionId]);
  });

  it('takes the lock it is asked for before the caller reads facts', async () => {
    await decider.lock(TRANSACTION, 'reception:national');
    expect(memory.locks).toEqual(['reception:national']);
  });

  it('books several evaluations of one transaction in order: raises once per subject, one write of all records', async () => {
    const booked = await decider.decideAll(TRANSACTION, 'test-escalations', [
      { facts: { ...calm, occupancyPercent: 96 }, subjectByScope: scopes, context: {} },
      {
        facts: { ...calm, occupancyPercent: 96, centreResidents: 25 },
        subjectByScope: { centre: 'centre:BGO-2' },
        context: {},
      },
      { facts: { ...calm, occupancyPercent: 97 }, subjectByScope: { national: 'national' }, context: {} },
      { facts: calm, subjectByScope: { national: 'national' }, context: {} },
    ]);
    expect(booked.map(({ raised }) => raised.map((escalation) => escalation.subject))).toEqual([
      ['national'],
      ['centre:BGO-2'],
      [],
      [],
    ]);
    expect(booked[3].resolved).toEqual([
      expect.objectContaining({ rule: 'national-high', escalationId: booked[0].raised[0].escalationId }),
    ]);
    expect(memory.durable.map((record) => record.decisionId)).toEqual(
      booked.map((evaluation) => evaluation.decision.decisionId),
    );
    expect(memory.published.map((event) => event.type)).toEqual([
      'test.raised',
      'test.raised',
      'test.resolved',
    ]);
  });

  it('takes several locks in one order whatever order it is asked in', async () => {
    await decider.lockAll(TRANSACTION, ['national', 'centre:OSL-1', 'county:03', 'national']);
    expect(memory.locks).toEqual(['centre:OSL-1', 'county:03', 'national']);
  });
});
