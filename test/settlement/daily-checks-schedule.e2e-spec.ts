import { Queue } from 'bullmq';

import { DEFAULT_REDIS_URL, redisConnectionOptions } from '#platform';

import {
  DAILY_CHECKS_SCHEDULER,
  SETTLEMENT_CHECKS_QUEUE,
} from '../../apps/settlement/src/escalations/settlement-checks.queue.js';
import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';

describe('the daily settlement checks as a BullMQ job scheduler', () => {
  const harness = new ServiceHarness('schedule');
  const settlement = harness.service('settlement');
  // Every second instead of every morning, so the test sees several runs.
  const settings = { SETTLEMENT_CHECKS_CRON: '* * * * * *' };
  let queue: Queue;
  const runs = () =>
    settlement.query<{ job_id: string; instance_id: string }>(
      'SELECT job_id, instance_id FROM check_runs ORDER BY run_id',
    );

  beforeAll(async () => {
    await harness.start({ settlement: settings });
    await settlement.start(settings);
    queue = new Queue(SETTLEMENT_CHECKS_QUEUE, {
      connection: redisConnectionOptions(process.env.REDIS_URL ?? DEFAULT_REDIS_URL),
      prefix: `${harness.env.topicPrefix}bull`,
    });
  });

  afterAll(async () => {
    await harness.stop();
    await queue.close();
  });

  it('keeps one schedule for two instances and runs each tick once', async () => {
    await waitUntil('four scheduled runs', async () => (await runs()).length >= 4, {
      timeoutMs: 30000,
      intervalMs: 200,
    });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((scheduler) => scheduler.key)).toEqual([DAILY_CHECKS_SCHEDULER]);
    const jobIds = (await runs()).map((run) => run.job_id);
    expect(new Set(jobIds).size).toBe(jobIds.length);
  });

  it('survives a restart of every instance', async () => {
    await settlement.stop();
    expect((await queue.getJobSchedulers()).map((scheduler) => scheduler.key)).toEqual([
      DAILY_CHECKS_SCHEDULER,
    ]);
    const before = (await runs()).length;
    await settlement.start(settings);
    await waitUntil('runs after the restart', async () => (await runs()).length >= before + 2, {
      timeoutMs: 30000,
      intervalMs: 200,
    });
    const jobIds = (await runs()).map((run) => run.job_id);
    expect(new Set(jobIds).size).toBe(jobIds.length);
  });
});
