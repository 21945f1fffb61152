import { spawnSync } from 'node:child_process';

import { asyncApiDocument, contractPage, ReceptionEventTypes } from '#contracts';

import { ServiceHarness } from '../support/service-harness.js';

interface CentreOccupancy {
  centreId: string;
  hostMunicipalityNumber: string;
  fixedPlaces: number;
}

/** The integrators' contract as they meet it: served by a service, and its examples sent with `npm run send`. */
describe('the event contract', () => {
  const harness = new ServiceHarness('contract');
  const reception = harness.service('reception');
  const send = (type: string, file: string) =>
    spawnSync(process.execPath, ['dist/tools/send-event.js', type, '--file', file], {
      encoding: 'utf8',
      env: {
        ...process.env,
        KAFKA_BROKERS: harness.env.kafka.brokers.join(','),
        KAFKA_TOPIC_PREFIX: harness.env.topicPrefix,
      },
    });

  beforeAll(() => harness.start({ reception: {} }));
  afterAll(() => harness.stop());

  it('is served by the service as the AsyncAPI document and as a page', async () => {
    expect(await reception.get('/asyncapi.json')).toEqual(asyncApiDocument());
    const page = await fetch(`${reception.url}/contract`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toBe(contractPage());
  });

  it('sends any event type from its example, which the service then handles', async () => {
    const type = ReceptionEventTypes.centreRegistered;
    const sent = send(type, `examples/${type}.json`);
    expect(sent.status).toBe(0);
    expect(sent.stdout).toContain(`Sent ${type}`);
    await harness.waitForConsumed();
    const occupancy = await reception.get<{ centres: CentreOccupancy[] }>('/reception/occupancy');
    expect(occupancy.centres).toEqual([
      expect.objectContaining({ centreId: 'BRG-1', hostMunicipalityNumber: '4601', fixedPlaces: 120 }),
    ]);
  });

  it('refuses a file that holds another event type, and an unknown type, saying so', () => {
    const wrong = send(
      ReceptionEventTypes.arrivalRegistered,
      `examples/${ReceptionEventTypes.centreRegistered}.json`,
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain(`holds a ${ReceptionEventTypes.centreRegistered} event`);
    const unknown = send('no.reception.nothing.v1', `examples/${ReceptionEventTypes.centreRegistered}.json`);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('There is no event type no.reception.nothing.v1');
  });
});
