import { ReceptionLifecycleEventTypes } from '#contracts';
import { decisionRecordOf, type Evaluation } from '#rules';

import { InMemoryEarlyWarnings } from '../../testing/in-memory-early-warnings.js';
import { receptionRulesFixture } from '../../testing/reception-rules.fixture.js';
import { RecordedEvents } from '../../testing/recorded-events.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { IssueEarlyWarnings } from './issue-early-warnings.js';

describe('IssueEarlyWarnings', () => {
  let warnings: InMemoryEarlyWarnings;
  let events: RecordedEvents;
  let issue: IssueEarlyWarnings;
  let evaluation: Evaluation;

  beforeEach(async () => {
    warnings = new InMemoryEarlyWarnings();
    events = new RecordedEvents();
    issue = new IssueEarlyWarnings(warnings, events);
    const ruleSet = receptionRulesFixture();
    const facts = {
      nationalOccupancyPercent: 50,
      centreResidents: 5,
      centreCapacity: 10,
      hostMunicipalityPlaces: [40, 0],
    };
    const outcomes = await ruleSet.evaluate(facts);
    evaluation = { ruleSet, outcomes, decision: decisionRecordOf(ruleSet, 'national', facts, outcomes, {}) };
  });

  it('warns the host municipality once per early-warning rule that fired, and says it did', async () => {
    const issued = await issue.execute(
      TRANSACTION,
      { municipalityNumber: '3401', placesBefore: 40 },
      evaluation,
    );
    expect(issued).toBe(true);
    const warning = {
      warningId: expect.any(String),
      municipalityNumber: '3401',
      rule: 'warn-host',
      message: 'places change',
      facts: { hostMunicipalityPlaces: [40, 0] },
      ruleSet: evaluation.ruleSet.reference,
      decisionId: evaluation.decision.decisionId,
      issuedAt: evaluation.decision.evaluatedAt,
    };
    expect(warnings.rows).toEqual([
      { ...warning, status: 'pending', attempts: 0, lastError: null, deliveredAt: null },
    ]);
    expect(events.published).toEqual([
      { type: ReceptionLifecycleEventTypes.earlyWarningIssued, data: warning },
    ]);
  });

  it('warns nobody of a change that did not move places', async () => {
    expect(await issue.execute(TRANSACTION, undefined, evaluation)).toBe(false);
    expect(warnings.rows).toEqual([]);
    expect(events.published).toEqual([]);
  });
});
