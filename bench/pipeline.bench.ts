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
  const definitions = [
    ...allTopicDefinitions(),
    { name: PASSTHROUGH_TOPIC, partitions: 6, description: 'raw passthrough output' },
  ];
  // A loaded broker may answer "does not host this topic-partition" while it creates them: try again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await ensureTopics(createKafka(kafka, { quiet: true }), kafka, definitions);
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
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
): Promise<{ seconds: number; peakRssMb: number; cpuSeconds: number }> {
  const env = await environment(`svc${instances}`);
  try {
    await produceReceptionEvents(env.kafka, total);
    const processes = Array.from({ length: instances }, () => startReception(env.kafka, env.schema));
    try {
      const applied = `SELECT count(*)::int AS count, extract(epoch FROM max(processed_at) - min(processed_at)) AS seconds
                       FROM "${env.schema}".processed_events`;
      const cpu = () => processes.reduce((sum, process) => sum + process.cpuSeconds(), 0);
      let cpuAtStart: number | undefined;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        for (const process of processes) process.throwIfExited();
        const [row] = await pool
          .query<{ count: number; seconds: string | null }>(applied)
          .then((result) => result.rows)
          .catch(() => [{ count: 0, seconds: null }]);
        // CPU from the first event applied on, so start-up (Nest, migrations, rule sets) is left out.
        if (row.count > 0) cpuAtStart ??= cpu();
        if (row.count >= total)
          return {
            seconds: Number(row.seconds),
            peakRssMb: Math.max(...processes.map((process) => process.peakRssMb())),
            cpuSeconds: cpu() - (cpuAtStart ?? 0),
          };
      }
    } finally {
      await Promise.all(processes.map((process) => process.stop()));
    }
  } finally {
    await dispose(pool, env);
  }
}

async function rawRun(pool: pg.Pool, total: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const env = await environment('raw');
  try {
    await produceReceptionEvents(env.kafka, total);
    const before = process.cpuUsage();
    const seconds = await rawPassthroughSeconds(env.kafka, PASSTHROUGH_TOPIC, total);
    const used = process.cpuUsage(before);
    return { seconds, cpuSeconds: (used.user + used.system) / 1e6 };
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
const perThousand = (cpuSeconds: number, events: number) => ((1000 * cpuSeconds) / events).toFixed(3);

async function main(): Promise<void> {
  const { sizes, pairAt } = parseArguments();
  const pool = new pg.Pool({ connectionString: testDatabaseUrl(), max: 2 });
  const rows: string[][] = [];
  const results: { total: number; raw: number; service: number }[] = [];
  let oneInstance: number | undefined;
  let peak = 0;
  try {
    for (const total of sizes) {
      const raw = await rawRun(pool, total);
      const service = await serviceRun(pool, total, 1);
      peak = Math.max(peak, service.peakRssMb);
      if (total === pairAt) oneInstance = service.seconds;
      results.push({ total, raw: raw.seconds, service: service.seconds });
      rows.push([
        String(total),
        String(rate(total, raw.seconds)),
        String(rate(total, service.seconds)),
        `${((100 * raw.seconds) / service.seconds).toFixed(1)} %`,
        `${service.seconds.toFixed(1)} s`,
        `${perThousand(raw.cpuSeconds, total)} / ${perThousand(service.cpuSeconds, total)}`,
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
    console.log(
      '(CPU of the Node.js process only: the raw consumer in this one, the service in its own; the broker and PostgreSQL are not counted. On a loaded machine the events/s fall with the CPU left over; the CPU per event does not.)',
    );
    const largest = results.at(-1)!;
    const share = (100 * largest.raw) / largest.service;
    const verdict = (met: boolean) => (met ? 'met' : 'not met');
    console.log(
      `\n${largest.total} events in ${largest.service.toFixed(1)} s (target for 100 000: under 60 s, ${largest.total >= 100000 ? verdict(largest.service < 60) : 'not measured at this size'}); service at ${share.toFixed(1)} % of raw eachBatch (target ≥ 10 %: ${verdict(share >= 10)}; aim 50 %); peak RSS ${peak} MB (target < 256 MB: ${verdict(peak < 256)})`,
    );
    if (oneInstance === undefined) oneInstance = (await serviceRun(pool, pairAt, 1)).seconds;
    const two = await serviceRun(pool, pairAt, 2);
    const ratio = oneInstance / two.seconds;
    console.log(
      `Two instances against one at ${pairAt} events: ${rate(pairAt, oneInstance)} → ${rate(pairAt, two.seconds)} events/s, ${ratio.toFixed(2)}× (target ≥ 1.6×${ratio >= 1.6 ? '' : ': not met'})`,
    );
  } finally {
    await pool.end();
  }
}

await main();
