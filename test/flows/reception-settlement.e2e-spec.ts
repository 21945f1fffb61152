import { ReceptionEventTypes, ReceptionLifecycleEventTypes, SettlementEventTypes, Topics } from '#contracts';
import { DeadLetterHeaders } from '#messaging';
import type { ServiceApp } from '#platform';
import { createReceptionApp } from '../../apps/reception/src/reception.app.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { createSettlementApp } from '../../apps/settlement/src/settlement.app.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import { waitUntil } from '../../infra/wait-until.js';
import { EventSender } from '../support/event-sender.js';
import { IsolatedEnvironment } from '../support/isolated-environment.js';
import { TopicProbe } from '../support/topic-probe.js';

interface Occupancy {
  national: { residents: number; capacity: number };
  centres: { centreId: string; residents: number; capacity: number; status: string }[];
}

describe('people move between reception and settlement by events only', () => {
  const env = new IsolatedEnvironment('flows');
  const sender = new EventSender(env.kafka);
  const probe = new TopicProbe(env.kafka, [`${Topics.receptionCentres.name}.dlq`]);
  let reception: ServiceApp;
  let settlement: ServiceApp;
  const get = async <T>(app: ServiceApp, path: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${app.url}${path}`);
    return { status: response.status, body: (await response.json()) as T };
  };
  const occupancy = async () => (await get<Occupancy>(reception, '/reception/occupancy')).body;
  const eventually = (description: string, condition: () => Promise<boolean>) =>
    waitUntil(description, condition, { timeoutMs: 30000, intervalMs: 100 });

  beforeAll(async () => {
    await env.createTopics();
    await Promise.all([sender.connect(), probe.start()]);
    reception = await createReceptionApp(
      readReceptionConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_r` })),
    );
    settlement = await createSettlementApp(
      readSettlementConfig(env.serviceEnv({ DATABASE_SCHEMA: `${env.schema}_s` })),
    );
  });

  afterAll(async () => {
    await Promise.all([reception.app.close(), settlement.app.close()]);
    await Promise.all([sender.disconnect(), probe.stop()]);
    for (const suffix of ['_r', '_s'])
      await env.query(`DROP SCHEMA IF EXISTS "${env.schema}${suffix}" CASCADE`);
    await env.dispose();
  });

  it('moves residents between centres, changes places and status, and refuses arrivals at a closed centre', async () => {
    for (const [centreId, fixedPlaces] of [
      ['FLW-1', 10],
      ['FLW-2', 5],
    ] as const) {
      await sender.send(ReceptionEventTypes.centreRegistered, {
        centreId,
        hostMunicipalityNumber: '3301',
        type: 'ordinary',
        fixedPlaces,
      });
    }
    await eventually('both centres to be registered', async () => (await occupancy()).centres.length === 2);
    for (const personId of ['p-flow-1', 'p-flow-2']) {
      await sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId,
        centreId: 'FLW-1',
        date: '2026-03-01',
      });
    }
    await sender.send(ReceptionLifecycleEventTypes.transferRegistered, {
      personId: 'p-flow-2',
      fromCentreId: 'FLW-1',
      toCentreId: 'FLW-2',
      date: '2026-04-01',
    });
    await sender.send(ReceptionLifecycleEventTypes.capacityChanged, {
      centreId: 'FLW-1',
      fixedPlaces: 15,
      flexiblePlaces: 5,
      effectiveOn: '2026-04-01',
    });
    await eventually('the transfer and the new places', async () => {
      const { centres } = await occupancy();
      return (
        centres.find((c) => c.centreId === 'FLW-2')?.residents === 1 &&
        centres.find((c) => c.centreId === 'FLW-1')?.capacity === 20
      );
    });
    expect((await occupancy()).national).toEqual({ residents: 2, capacity: 25, occupancyPercent: 8 });

    await sender.send(ReceptionLifecycleEventTypes.statusChanged, {
      centreId: 'FLW-2',
      status: 'closed',
      effectiveOn: '2026-05-01',
      noticeMonths: 4,
    });
    await sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-flow-3',
      centreId: 'FLW-2',
      date: '2026-05-02',
    });
    await probe.waitFor('the arrival at a closed centre to be refused', () => probe.messages.length === 1);
    expect(probe.messages[0].headers[DeadLetterHeaders.reason]).toBe(
      'rejected: centre "FLW-2" is closed: nobody can arrive there',
    );
    const closed = (await occupancy()).centres.find((c) => c.centreId === 'FLW-2')!;
    expect(closed).toMatchObject({ status: 'closed', capacity: 0, residents: 1 });
  });

  it('hands a resident with a permit to settlement, and frees the place when settlement settles them', async () => {
    await sender.send(ReceptionLifecycleEventTypes.permitGranted, {
      personId: 'p-flow-1',
      centreId: 'FLW-1',
      permitDate: '2026-05-10',
      householdId: 'h-flow-1',
      householdSize: 1,
      unaccompaniedMinor: false,
      ageBand: 'adult',
      familyWithChildren: false,
      needs: ['health-services'],
      mappedOn: '2026-05-20',
    });
    await eventually(
      'the person to be settlement-ready',
      async () => (await get(settlement, '/settlement/persons/p-flow-1')).status === 200,
    );
    const ready = await get<{
      needs: string[];
      permitDate: string;
      readyOn: string;
      settledOn: string | null;
    }>(settlement, '/settlement/persons/p-flow-1');
    expect(ready.body).toMatchObject({
      needs: ['health-services'],
      permitDate: '2026-05-10',
      readyOn: '2026-05-20',
      settledOn: null,
    });

    await sender.send(SettlementEventTypes.personSettled, {
      personId: 'p-flow-1',
      municipalityNumber: '5001',
      settledOn: '2026-07-01',
    });
    await eventually(
      'the reception place to be freed',
      async () => (await occupancy()).centres.find((c) => c.centreId === 'FLW-1')?.residents === 0,
    );
    const settled = await get<{ settledIn: string }>(settlement, '/settlement/persons/p-flow-1');
    expect(settled.body.settledIn).toBe('5001');
  });
});
