import { execFile } from 'node:child_process';

import { ReceptionEventTypes } from '#contracts';
import type { DeadLetterRecord, DeadLetterSummary } from '#messaging';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

describe('dead letters: an operator lists, inspects and replays them once the cause is put right', () => {
  const harness = new ServiceHarness('dead-letter-replay');
  const reception = harness.service('reception');

  beforeAll(() => harness.start({ reception: {} }));
  afterAll(() => harness.stop());

  const residents = async () =>
    (await reception.get<{ national: { residents: number } }>('/reception/occupancy')).national.residents;

  it('records the letter with its reason, replays it after the centre is registered, and handles it once', async () => {
    const arrival = await harness.sender.send(ReceptionEventTypes.arrivalRegistered, {
      personId: 'p-replay-0001',
      centreId: 'LATE-1',
      date: '2026-11-24',
    });
    await harness.waitForConsumed();

    let letters: DeadLetterSummary[] = [];
    await waitUntil(
      'the dead letter to be recorded',
      async () => {
        letters = await reception.get<DeadLetterSummary[]>('/dead-letters');
        return letters.length > 0;
      },
      { timeoutMs: 30000 },
    );
    expect(letters).toEqual([
      {
        id: expect.stringMatching(/^\d+$/),
        originalTopic: 'reception.centres',
        eventId: arrival.id,
        eventType: ReceptionEventTypes.arrivalRegistered,
        eventSource: '/e2e-tests',
        reason: 'rejected: centre "LATE-1" is not registered',
        attempts: 1,
        failedAt: expect.any(String),
        replayedAt: null,
        replayCount: 0,
      },
    ]);
    const [{ id }] = letters;
    const letter = await reception.get<DeadLetterRecord & { event: unknown }>(`/dead-letters/${id}`);
    expect(letter).toMatchObject({ messageKey: 'LATE-1', event: arrival, replayedBy: null });
    expect(letter.headers).toMatchObject({ 'dlq-reason': 'rejected: centre "LATE-1" is not registered' });

    await harness.sender.send(ReceptionEventTypes.centreRegistered, {
      centreId: 'LATE-1',
      hostMunicipalityNumber: '0301',
      type: 'ordinary',
      fixedPlaces: 10,
    });
    await harness.waitForConsumed();
    expect(await residents()).toBe(0);

    const replay = await reception.post(`/dead-letters/${id}/replay`, undefined);
    expect(replay).toEqual({ status: 200, body: { id, topic: 'reception.centres', replayCount: 1 } });
    await harness.waitForConsumed();
    expect(await residents()).toBe(1);
    expect(await reception.get('/dead-letters')).toEqual([]);
    expect(await reception.get('/dead-letters?status=replayed')).toEqual([
      expect.objectContaining({ id, replayCount: 1, replayedAt: expect.any(String) }),
    ]);
    expect(await reception.get(`/dead-letters/${id}`)).toMatchObject({ replayedBy: expect.any(String) });
    expect((await reception.as('caseworker-udi').post(`/dead-letters/${id}/replay`, undefined)).status).toBe(
      403,
    );

    const again = await reception.post(`/dead-letters/${id}/replay`, undefined);
    expect(again.body).toEqual({ id, topic: 'reception.centres', replayCount: 2 });
    await harness.waitForConsumed();
    expect(await residents()).toBe(1);
    const [row] = await reception.query<{ count: string }>(
      'SELECT count(*) FROM processed_events WHERE event_id = $1',
      [arrival.id],
    );
    expect(row.count).toBe('1');

    const listed = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['dist/tools/dead-letters.js', 'list', '--status', 'replayed', '--url', reception.url],
        (error, stdout) => (error ? reject(new Error(error.message)) : resolve(stdout)),
      ),
    );
    expect(listed).toMatch(
      new RegExp(
        `^${id}\\t\\S+\\treception\\.centres\\tno\\.reception\\.arrival\\.registered\\.v1\\treplayed 2×\\trejected: centre "LATE-1" is not registered\\n$`,
      ),
    );
  });

  it('answers 404 for a dead letter that does not exist and 400 for an id that cannot be one', async () => {
    expect(await reception.request('GET', '/dead-letters/999999')).toMatchObject({
      status: 404,
      body: { message: 'dead letter 999999 does not exist' },
    });
    expect((await reception.post('/dead-letters/abc/replay', undefined)).status).toBe(400);
  });
});
