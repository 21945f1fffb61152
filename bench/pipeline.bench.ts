/**
 * The pipeline end to end against raw Kafka, on the same broker and database, in one run: for each size
 * (20 000 and 100 000 events: 50 centres, then arrivals and departures, produced before anything consumes),
 * a bare kafkajs eachBatch passthrough, then the reception service from dist as its own process; then two
 * instances of the service against one on the smaller size. Prints events/s of each, the ratio, the time for
 * the largest size and the service's peak resident memory. Targets (printed, never asserted): the service at
 * least 10 % of raw eachBatch (aim 50 %), 100 000 events in under 60 s, two instances 1.6× one, under 256 MB.
 *
 *   npm run bench   (alone: npm run build && node dist/bench/pipeline.bench.js [sizes…] [--pair-at <size>])
 */
import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { allTopicDefinitions } from '#contracts';
import { createKafka, deleteTopicsWithPrefix, ensureTopics, type KafkaSettings } from '#messaging';
import { DEFAULT_KAFKA_BROKERS } from '#platform';

import { testDatabaseUrl } from '../infra/test-database.js';
import { produceReceptionEvents } from './pipeline-events.js';
import { rawPassthroughSeconds } from './raw-passthrough.js';
import { startReception } from './reception-process.js';

const PASSTHROUGH_TOPIC = 'bench.passthrough';

interface Environment {
  kafka: KafkaSettings;
  schema: string;
}

async function environment(label: string): Promise<Environment> {
  const id = randomBytes(3).toString('hex');
  const kafka: KafkaSettings = {
    brokers: (process.env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS).split(','),
    clientId: 'pipeline-bench',
    topicPrefix: `bench-${label}-${id}.`,
  };
  await ensureTopics(createKafka(kafka), kafka, [
    ...allTopicDefinitions(),
    { name: PASSTHROUGH_TOPIC, partitions: 6, description: 'raw passthrough output' },
  ]);
  return { kafka, schema: `bench_${label.replace(/-/g, '_')}_${id}` };
}

async function dispose(pool: pg.Pool, { kafka, schema }: Environment): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await deleteTopicsWithPrefix(createKafka(kafka, { quiet: true }), kafka.topicPrefix);
}

/** Starts `instances` processes of the service on pre-produced events; seconds from first to last event applied. */
async function serviceRun(
  pool: pg.Pool,
  total: number,
  instances: number,
): Promise<{ seconds: number; peakRssMb: number }> {
  const env = await environment(`svc${instances}`);
  try {
    await produceReceptionEvents(env.kafka, total);
    const processes = Array.from({ length: instances }, () => startReception(env.kafka, env.schema));
    try {
      const applied = `SELECT count(*)::int AS count, extract(epoch FROM max(processed_at) - min(processed_at)) AS seconds
                       FROM "${env.schema}".processed_events`;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        for (const process of processes) process.throwIfExited();
        const [row] = await pool
          .query<{ count: number; seconds: string | null }>(applied)
          .then((result) => result.rows)
          .catch(() => [{ count: 0, seconds: null }]);
        if (row.count >= total)
          return {
            seconds: Number(row.seconds),
            peakRssMb: Math.max(...processes.map((process) => process.peakRssMb())),
          };
      }
    } finally {
      await Promise.all(processes.map((process) => process.stop()));
    }
  } finally {
    await dispose(pool, env);
  }
}

async function rawRun(pool: pg.Pool, total: number): Promise<number> {
  const env = await environment('raw');
  try {
    await produceReceptionEvents(env.kafka, total);
    return await rawPassthroughSeconds(env.kafka, PASSTHROUGH_TOPIC, total);
  } finally {
    await dispose(pool, env);
  }
}

function parseArguments(): { sizes: number[]; pairAt: number } {
  const args = process.argv.slice(2);
  const pairIndex = args.indexOf('--pair-at');
  const pairAt = pairIndex >= 0 ? Number(args[pairIndex + 1]) : 20000;
  const sizes = args.filter((_, index) => index !== pairIndex && index !== pairIndex + 1).map(Number);
  return { sizes: sizes.length > 0 ? sizes : [20000, 100000], pairAt };
}

const rate = (events: number, seconds: number) => Math.round(events / seconds);

async function main(): Promise<void> {
  const { sizes, pairAt } = parseArguments();
  const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
  const rows: string[][] = [];
  let oneInstance: number | undefined;
  let peak = 0;
  try {
    for (const total of sizes) {
      const raw = await rawRun(pool, total);
      const service = await serviceRun(pool, total, 1);
      peak = Math.max(peak, service.peakRssMb);
      if (total === pairAt) oneInstance = service.seconds;
      rows.push([
        String(total),
        String(rate(total, raw)),
        String(rate(total, service.seconds)),
        `${((100 * raw) / service.seconds).toFixed(1)} %`,
        `${service.seconds.toFixed(1)} s`,
        `${service.peakRssMb} MB`,
      ]);
      console.log(`  ${rows.at(-1)!.join(' | ')}`);
    }
    console.log('\nPipeline: raw kafkajs eachBatch passthrough against the reception service end to end');
    console.log(
      '| events | raw events/s | service events/s | service / raw | service time | service peak RSS |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    const largest = rows.at(-1)!;
    console.log(
      `\n${largest[0]} events in ${largest[4]} (target under 60 s for 100 000); service at ${largest[3]} of raw eachBatch (target ≥ 10 %, aim 50 %); peak RSS ${peak} MB (target < 256 MB)`,
    );
    if (oneInstance === undefined) oneInstance = (await serviceRun(pool, pairAt, 1)).seconds;
    const two = await serviceRun(pool, pairAt, 2);
    console.log(
      `Two instances against one at ${pairAt} events: ${rate(pairAt, oneInstance)} → ${rate(pairAt, two.seconds)} events/s, ${(oneInstance / two.seconds).toFixed(2)}× (target ≥ 1.6×)`,
    );
  } finally {
    await pool.end();
  }
}

await main();
