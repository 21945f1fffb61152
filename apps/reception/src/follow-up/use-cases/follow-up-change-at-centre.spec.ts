import { ReceptionLifecycleEventTypes } from '#contracts';

import { IssueEarlyWarnings } from '../../early-warnings/use-cases/issue-early-warnings.js';
import { EvaluateEscalations } from '../../escalations/use-cases/evaluate-escalations.js';
import { GatherEscalationFacts } from '../../escalations/use-cases/gather-escalation-facts.js';
import { CompareArrivalsWithForecast } from '../../forecasts/use-cases/compare-arrivals-with-forecast.js';
import { InMemoryCentres } from '../../testing/in-memory-centres.js';
import { InMemoryEarlyWarnings } from '../../testing/in-memory-early-warnings.js';
import { InMemoryForecasts } from '../../testing/in-memory-forecasts.js';
import { InMemoryOccupancyCounters } from '../../testing/in-memory-occupancy-counters.js';
import { InMemoryOccupancyDays } from '../../testing/in-memory-occupancy-days.js';
import { InMemoryStays } from '../../testing/in-memory-stays.js';
import { receptionRulesFixture } from '../../testing/reception-rules.fixture.js';
import { RecordedEvents } from '../../testing/recorded-events.js';
import { RecordingDecider } from '../../testing/recording-decider.js';
import { TRANSACTION } from '../../testing/transaction.js';
import { FollowUpChangeAtCentre } from './follow-up-change-at-centre.js';

describe('FollowUpChangeAtCentre', () => {
  let centres: InMemoryCentres;
  let stays: InMemoryStays;
  let days: InMemoryOccupancyDays;
  let warnings: InMemoryEarlyWarnings;
  let events: RecordedEvents;
  let decider: RecordingDecider;
  let counters: InMemoryOccupancyCounters;
  let followUp: FollowUpChangeAtCentre;

  beforeEach(async () => {
    // The fixture's policy: places needed bring occupancy to 80 %, a permit may wait 3 months.
    const ruleSet = receptionRulesFixture({ targetOccupancyPercent: 80, permitWaitingLimitMonths: 3 });
    centres = new InMemoryCentres()
      .add({ centreId: 'OSL-1', hostMunicipalityNumber: '0301', fixedPlaces: 8, flexiblePlaces: 2 })
      .add({ centreId: 'BRG-1', hostMunicipalityNumber: '4601', fixedPlaces: 10 });
    stays = new InMemoryStays();
    for (let n = 1; n <= 9; n += 1) await stays.open(TRANSACTION, `p-osl-${n}`, 'OSL-1', '2026-11-01');
    for (let n = 1; n <= 10; n += 1) await stays.open(TRANSACTION, `p-brg-${n}`, 'BRG-1', '2026-10-01');
    await stays.recordPermit(TRANSACTION, 'p-brg-1', '2026-07-15'); // more than 3 months before the day
    await stays.recordPermit(TRANSACTION, 'p-brg-2', '2026-09-01'); // less
    days = new InMemoryOccupancyDays();
    warnings = new InMemoryEarlyWarnings();
    events = new RecordedEvents();
    decider = new RecordingDecider(ruleSet);
    counters = new InMemoryOccupancyCounters(centres, stays);
    await counters.recount();
    followUp = new FollowUpChangeAtCentre(
      decider,
      centres,
      counters,
      days,
      new GatherEscalationFacts(
        centres,
        stays,
        days,
        new CompareArrivalsWithForecast(new InMemoryForecasts(), stays),
      ),
      new EvaluateEscalations(decider),
      new IssueEarlyWarnings(warnings, events),
    );
  });

  it('keeps the day, gathers the facts and asks the rules about the country, the county and the centre', async () => {
    await stays.open(TRANSACTION, 'p-osl-10', 'OSL-1', '2026-11-02');
    await followUp.execute(TRANSACTION, { centreId: 'OSL-1', day: '2026-11-02', residentsChange: 1 });

    expect(decider.locks).toEqual(['reception:centre:OSL-1', 'reception:county:03', 'reception:national']);
    expect(counters.added).toEqual([
      new Map([
        ['national', 1],
        ['county:03', 1],
        ['centre:OSL-1', 1],
      ]),
    ]);
    expect([...days.rows.values()]).toEqual([{ day: '2026-11-02', residents: 20, capacity: 20 }]);
    expect(decider.decisions).toEqual([
      {
        ruleSetId: 'reception-escalations',
        subjectByScope: { national: 'national', county: 'county:03', centre: 'centre:OSL-1' },
        context: { centreId: 'OSL-1' },
        facts: {
          nationalResidents: 20,
          nationalCapacity: 20,
          nationalOccupancyPercent: 100,
          centreResidents: 10,
          centreCapacity: 10,
          centreOccupancyPercent: 100,
          hostMunicipalityPlaces: [],
          placesNeededForTargetOccupancy: 5, // 20 residents need 25 places at 80 %
          countyOccupancyPercent: 100,
          nationalOccupancyPercentPerDay: [100],
          arrivalsAgainstForecast: [],
          residentsWithPermitBeyondTarget: 1,
        },
        effectsChangedState: false,
      },
    ]);
    expect(warnings.rows).toEqual([]);
  });

  it('keeps no day for a registration, which has no date', async () => {
    await followUp.execute(TRANSACTION, { centreId: 'BRG-1' });
    expect(days.rows.size).toBe(0);
    expect(decider.decisions[0]).toMatchObject({
      subjectByScope: { national: 'national', county: 'county:46', centre: 'centre:BRG-1' },
      facts: { nationalOccupancyPercentPerDay: [], residentsWithPermitBeyondTarget: 0 },
    });
  });

  it('warns the host municipality of a change of places that the rules in force warn about', async () => {
    await centres.changePlaces(TRANSACTION, 'OSL-1', 18, 2);
    await followUp.execute(TRANSACTION, {
      centreId: 'OSL-1',
      day: '2026-11-02',
      placesChange: { municipalityNumber: '0301', placesBefore: 10 },
    });

    expect(decider.decisions[0].facts.hostMunicipalityPlaces).toEqual([10, 20]);
    expect(decider.decisions[0].effectsChangedState).toBe(true);
    expect(warnings.rows).toEqual([
      expect.objectContaining({
        municipalityNumber: '0301',
        rule: 'warn-host',
        message: 'places change',
        facts: { hostMunicipalityPlaces: [10, 20] },
        ruleSet: expect.objectContaining({ id: 'reception-escalations', version: '9.0.0' }),
        status: 'pending',
      }),
    ]);
    expect(events.published).toEqual([
      {
        type: ReceptionLifecycleEventTypes.earlyWarningIssued,
        data: expect.objectContaining({ rule: 'warn-host' }),
      },
    ]);
  });

  it('warns nobody of a change of places smaller than the rules warn about', async () => {
    await centres.changePlaces(TRANSACTION, 'OSL-1', 12, 2);
    await followUp.execute(TRANSACTION, {
      centreId: 'OSL-1',
      day: '2026-11-02',
      placesChange: { municipalityNumber: '0301', placesBefore: 10 },
    });
    expect(decider.decisions[0].facts.hostMunicipalityPlaces).toEqual([10, 14]);
    expect(decider.decisions[0].effectsChangedState).toBe(false);
    expect(warnings.rows).toEqual([]);
    expect(events.published).toEqual([]);
  });

  it('decides on each subject once for a batch, on the figures after it, keeping each day as the changes came', async () => {
    centres.add({ centreId: 'OSL-2', hostMunicipalityNumber: '0301', fixedPlaces: 10 });
    await counters.recount();
    await stays.open(TRANSACTION, 'p-new-1', 'OSL-2', '2026-11-02');
    await stays.open(TRANSACTION, 'p-new-2', 'OSL-2', '2026-11-03');
    await stays.close(TRANSACTION, 'p-brg-3', '2026-11-03', null);
    await followUp.execute(TRANSACTION, [
      { centreId: 'OSL-2', day: '2026-11-02', residentsChange: 1 },
      { centreId: 'OSL-2', day: '2026-11-03', residentsChange: 1 },
      { centreId: 'BRG-1', day: '2026-11-03', residentsChange: -1 },
    ]);

    expect([...days.rows.values()]).toEqual([
      { day: '2026-11-02', residents: 20, capacity: 30 },
      { day: '2026-11-03', residents: 20, capacity: 30 },
    ]);
    expect(decider.decisions.map((decision) => decision.subjectByScope)).toEqual([
      { national: 'national', county: 'county:03', centre: 'centre:OSL-2' },
      { county: 'county:46', centre: 'centre:BRG-1' },
    ]);
    expect(decider.decisions[0].facts).toMatchObject({ nationalResidents: 20, centreResidents: 2 });
    expect(decider.decisions[1].facts).toMatchObject({ nationalResidents: 20, centreResidents: 9 });
  });
});
