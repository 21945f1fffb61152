import { ReceptionEventTypes, Topics } from '#contracts';
import { localKeycloakToken } from '#platform';

import { ServiceHarness } from '../support/service-harness.js';
import { type Sample, samplesOf } from './prometheus-text.js';

/** Operators scrape each service's metrics: counters move as events are handled, dead-lettered and served. */
describe('GET /metrics on real Kafka, PostgreSQL and Keycloak', () => {
  const harness = new ServiceHarness('metrics');
  const reception = harness.service('reception');
  let operatorToken: string;

  const scrape = async (token = operatorToken) => {
    const response = await fetch(`${reception.url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };
  const metrics = async (): Promise<Sample[]> => {
    const { status, text } = await scrape();
    expect(status).toBe(200);
    return samplesOf(text);
  };
  const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
    samples
      .filter((sample) => sample.name === name)
      .filter((sample) => Object.entries(labels).every(([key, wanted]) => sample.labels[key] === wanted))
      .reduce((sum, sample) => sum + sample.value, 0);

  beforeAll(async () => {
    operatorToken = await localKeycloakToken({ user: 'operator' });
    await harness.start({ reception: {} });
  });

  afterAll(() => harness.stop());

  it('counts events handled, dead-lettered, HTTP latency by route pattern and open escalations', async () => {
    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'MET-1',
      name: 'Metrics centre',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 1,
    });
    for (const n of [1, 2]) {
      await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
        personId: `p-met-000${n}`,
        centreId: 'MET-1',
        date: '2026-11-02',
      });
    }
    await harness.sender.sendRaw(Topics.receptionCentres.name, 'MET-1', '{"not":"a cloud event"}');
    await harness.waitForConsumed();
    // Whether the access guard lets these through or not, each is measured under its route pattern.
    await fetch(`${reception.url}/rules/reception-escalations?detail=MET-1`);
    await fetch(`${reception.url}/reception/occupancy`);

    const samples = await metrics();
    const centres = Topics.receptionCentres.name;
    expect(
      value(samples, 'events_consumed_total', {
        service: 'reception',
        topic: centres,
        type: ReceptionEventTypes.arrivalRegistered,
        outcome: 'handled',
      }),
    ).toBe(2);
    expect(
      value(samples, 'events_consumed_total', {
        type: ReceptionEventTypes.centreRegistered,
        outcome: 'handled',
      }),
    ).toBe(1);
    expect(
      value(samples, 'events_dead_lettered_total', { topic: centres, type: 'unknown', cause: 'invalid' }),
    ).toBe(1);
    // Two people in one place: the centre is over capacity (and so is the country).
    expect(value(samples, 'escalations_open', { rule: 'centre-over-capacity', severity: 'critical' })).toBe(
      1,
    );
    expect(value(samples, 'rule_evaluations_total', { rule_set: 'reception-escalations' })).toBeGreaterThan(
      0,
    );
    expect(samples).toContainEqual(
      expect.objectContaining({
        name: 'rule_set_active_info',
        labels: expect.objectContaining({ rule_set: 'reception-escalations' }) as unknown,
        value: 1,
      }),
    );
    expect(
      value(samples, 'http_request_duration_seconds_count', { method: 'GET', route: '/reception/occupancy' }),
    ).toBe(1);
    expect(value(samples, 'http_request_duration_seconds_count', { route: '/rules/:id' })).toBe(1);
    const routes = samples.map((sample) => sample.labels.route).filter(Boolean);
    expect(routes.filter((route) => route.includes('MET-1') || route.includes('?'))).toEqual([]);
    expect(value(samples, 'outbox_unsent_events')).toBe(0);
    expect(samples.some((sample) => sample.name === 'outbox_oldest_unsent_age_seconds')).toBe(true);
    expect(value(samples, 'consumer_lag_messages', { topic: centres })).toBe(0);
    expect(value(samples, 'consumer_batch_size_count', { topic: centres })).toBeGreaterThan(0);
  });

  it('serves the Prometheus text format to an operator', async () => {
    const { status, type, text } = await scrape();
    expect(status).toBe(200);
    expect(type).toContain('text/plain');
    expect(text).toContain('# TYPE events_consumed_total counter');
    expect(text).toContain('# TYPE http_request_duration_seconds histogram');
  });
});
