import {
  CareCentreEventTypes,
  ReceptionEventTypes,
  SettlementEventTypes,
  Topics,
  type EscalationRaised,
  type EscalationResolved,
} from '#contracts';
import { DeadLetterHeaders } from '#messaging';
import type { ServiceApp } from '#platform';
import { createCareCentresApp } from '../../apps/care-centres/src/care-centres.app.js';
import { readCareCentresConfig } from '../../apps/care-centres/src/care-centres.config.js';
import { createReceptionApp } from '../../apps/reception/src/reception.app.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { createSettlementApp } from '../../apps/settlement/src/settlement.app.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import { waitUntil } from '../../infra/wait-until.js';
import { EventSender } from '../support/event-sender.js';
import { IsolatedEnvironment } from '../support/isolated-environment.js';
import { TopicProbe } from '../support/topic-probe.js';

interface CareOccupancy {
  national: { children: number; places: number; occupancyPercent: number | null; awaitingPlacement: number };
}

describe('unaccompanied minors under 15: from reception to a care centre to settlement', () => {
  const env = new IsolatedEnvironment('care');
  const sender = new EventSender(env.kafka);
  const probe = new TopicProbe(env.kafka, [
    Topics.careCentreEscalations.name,
    `${Topics.receptionCentres.name}.dlq`,
  ]);
  const apps: Record<'reception' | 'settlement' | 'care', ServiceApp> = {} as never;
  const get = async <T>(app: ServiceApp, path: string) => {
    const response = await fetch(`${app.url}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  };
  const care = async () => (await get<CareOccupancy>(apps.care, '/care-centres/occupancy')).body.national;
  const eventually = (description: string, condition: () => Promise<boolean>) =>
    waitUntil(description, condition, { timeoutMs: 30000, intervalMs: 100 });
  const raised = (rule: string) =>
    probe.events<EscalationRaised>(CareCentreEventTypes.escalationRaised).filter((e) => e.data.rule === rule);
  const resolved = (rule: string) =>
    probe
      .events<EscalationResolved>(CareCentreEventTypes.escalationResolved)
      .filter((e) => e.data.rule === rule);

  beforeAll(async () => {
    await env.createTopics();
    await Promise.all([sender.connect(), probe.start()]);
    apps.reception = await createReceptionApp(
      readReceptionConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_r` })),
    );
    apps.settlement = await createSettlementApp(
      readSettlementConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_s` })),
    );
    apps.care = await createCareCentresApp(
      readCareCentresConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_c` })),
    );
  });

  afterAll(async () => {
    await Promise.all(Object.values(apps).map(({ app }) => app.close()));
    await Promise.all([sender.disconnect(), probe.stop()]);
    for (const suffix of ['_r', '_s', '_c'])
      await env.query(`DROP SCHEMA IF EXISTS "${env.schema}${suffix}" CASCADE`);
    await env.dispose();
  });

  it('hands a child under 15 to Bufdir on arrival, and refuses a 16-year-old at an ordinary centre', async () => {
    await sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'RAA-1',
      hostMunicipalityNumber: '3103',
      type: 'ordinary',
      fixedPlaces: 10,
    });
    await eventually(
      'the centre',
      async () =>
        (await get<{ centres: unknown[] }>(apps.reception, '/reception/occupancy')).body.centres.length === 1,
    );
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'c-minor-1',
      centreId: 'RAA-1',
      date: '2025-12-01',
      unaccompaniedMinor: 'under-15',
    });
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'c-minor-9',
      centreId: 'RAA-1',
      date: '2025-12-01',
      unaccompaniedMinor: '15-18',
    });
    await eventually(
      "the child to be in Bufdir's care",
      async () => (await get(apps.care, '/care-centres/children/c-minor-1')).status === 200,
    );
    expect((await care()).awaitingPlacement).toBe(1);
    expect(
      (await get<{ national: { residents: number } }>(apps.reception, '/reception/occupancy')).body.national
        .residents,
    ).toBe(0);
    await probe.waitFor(
      'the 16-year-old to be refused',
      () => probe.on(`${Topics.receptionCentres.name}.dlq`).length === 1,
    );
    expect(probe.on(`${Topics.receptionCentres.name}.dlq`)[0].headers[DeadLetterHeaders.reason]).toContain(
      'unaccompanied minors aged 15–18 live in EM centres',
    );
  });

  it('places children in care centres and escalates when places run out', async () => {
    await sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-1',
      hostMunicipalityNumber: '3103',
      statePlaces: 2,
      privatePlaces: 0,
    });
    await sender.send(CareCentreEventTypes.childPlaced, {
      personId: 'c-minor-1',
      centreId: 'OMS-1',
      date: '2025-12-02',
    });
    await eventually('the placement', async () => (await care()).children === 1);
    expect(raised('care-places-nearly-full')).toHaveLength(0);
    await sender.send(CareCentreEventTypes.minorHandedOver, {
      personId: 'c-minor-2',
      arrivedOn: '2025-12-03',
      receptionCentreId: 'RAA-1',
    });
    await sender.send(CareCentreEventTypes.childPlaced, {
      personId: 'c-minor-2',
      centreId: 'OMS-1',
      date: '2025-12-04',
    });
    await probe.waitFor('places nearly full', () => raised('care-places-nearly-full').length === 1);
    expect(await care()).toMatchObject({
      children: 2,
      places: 2,
      occupancyPercent: 100,
      awaitingPlacement: 0,
    });
  });

  it('makes a child with a permit settlement-ready, escalates the long wait, and frees the place on settlement', async () => {
    await sender.send(CareCentreEventTypes.permitGranted, {
      personId: 'c-minor-1',
      centreId: 'OMS-1',
      permitDate: '2026-01-10',
      needs: ['mental-health-services'],
      mappedOn: '2026-01-20',
    });
    await eventually(
      'the child to be settlement-ready',
      async () => (await get(apps.settlement, '/settlement/persons/c-minor-1')).status === 200,
    );
    const ready = await get<{ unaccompaniedMinor: boolean; ageBand: string; needs: string[] }>(
      apps.settlement,
      '/settlement/persons/c-minor-1',
    );
    expect(ready.body).toMatchObject({
      unaccompaniedMinor: true,
      ageBand: 'under-15',
      needs: ['mental-health-services'],
    });

    const checks = await fetch(`${apps.care.url}/care-centres/checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ asOf: '2026-05-01' }),
    });
    expect(checks.status).toBe(200);
    await probe.waitFor(
      'the long wait to be escalated',
      () => raised('child-waiting-past-target').length === 1,
    );
    const [longWait] = raised('child-waiting-past-target');
    expect(longWait.data.subject).toBe('child:c-minor-1');
    expect(longWait.data.facts.childDaysPastTarget).toBeGreaterThan(0);

    await sender.send(SettlementEventTypes.personSettled, {
      personId: 'c-minor-1',
      municipalityNumber: '4601',
      settledOn: '2026-05-05',
    });
    await eventually('the care place to be freed', async () => (await care()).children === 1);
    await probe.waitFor(
      'the escalations to be resolved',
      () =>
        resolved('child-waiting-past-target').length === 1 &&
        resolved('care-places-nearly-full').length === 1,
    );
    expect(
      (await get<{ leftReason: string }>(apps.care, '/care-centres/children/c-minor-1')).body.leftReason,
    ).toBe('settled');
  });

  it('escalates when the children waiting beyond 3 months rise three weeks in a row', async () => {
    await sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'OMS-2',
      hostMunicipalityNumber: '3103',
      statePlaces: 6,
      privatePlaces: 4,
    });
    const permits = ['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23'];
    for (const [n, permitDate] of permits.entries()) {
      await sender.send(CareCentreEventTypes.childPlaced, {
        personId: `c-trend-${n}`,
        centreId: 'OMS-2',
        date: '2026-01-15',
      });
      await sender.send(CareCentreEventTypes.permitGranted, {
        personId: `c-trend-${n}`,
        centreId: 'OMS-2',
        permitDate,
        needs: [],
        mappedOn: permitDate,
      });
    }
    await eventually(
      'the permits',
      async () =>
        (await get<{ permitDate: string | null }>(apps.care, '/care-centres/children/c-trend-3')).body
          .permitDate !== null,
    );
    for (const asOf of ['2026-05-04', '2026-05-11', '2026-05-18', '2026-05-25']) {
      const response = await fetch(`${apps.care.url}/care-centres/checks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ asOf }),
      });
      expect(response.status).toBe(200);
    }
    await probe.waitFor('the rising trend', () => raised('care-long-waits-rising').length === 1);
    // It fires on the third rise in a row of the weekly count of children beyond 3 months.
    const weekly = raised('care-long-waits-rising')[0].data.facts.childrenBeyondTargetPerWeek as number[];
    const lastSteps = weekly.slice(-4);
    expect(lastSteps.every((count, index) => index === 0 || count > lastSteps[index - 1])).toBe(true);
  });
});
