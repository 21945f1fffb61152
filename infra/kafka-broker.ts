import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

import { createKafka } from '#messaging';

import { stopProcessGroup } from './background-process.js';
import { infraStateDirectory, repositoryRoot } from './paths.js';
import { waitUntil } from './wait-until.js';

const BROKER_PORT = 9092;
const CONTROLLER_PORT = 9093;
// A fixed cluster id keeps the storage reusable across runs (22 characters, base64url).
const CLUSTER_ID = 'rfgSettlementLocal0001';

function kafkaDirectory(): string {
  return path.join(infraStateDirectory(), 'kafka');
}

function pidFile(): string {
  return path.join(kafkaDirectory(), 'broker.pid');
}

export function brokerLogFile(): string {
  return path.join(kafkaDirectory(), 'broker.log');
}

/** True when a Kafka broker answers a metadata request at the given addresses. */
export async function brokerAnswers(brokers: string[]): Promise<boolean> {
  const admin = createKafka({ brokers, clientId: 'infra-probe' }, { retries: 0, quiet: true }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/** Copies the broker's jars from Maven Central (cached in ~/.m2) unless they are there already. */
function assembleBrokerClasspath(libs: string): void {
  if (existsSync(libs) && readdirSync(libs).some((file) => file.startsWith('kafka_2.13-'))) return;
  console.log('  assembling Apache Kafka from Maven Central (first run only)...');
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      path.join(repositoryRoot(), 'infra/kafka/pom.xml'),
      'dependency:copy-dependencies',
      `-Dkafka.libs.dir=${libs}`,
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0)
    throw new Error('Maven could not assemble the Kafka broker (is Java 17 and Maven installed?)');
}

function writeServerProperties(dataDir: string): string {
  const template = readFileSync(
    path.join(repositoryRoot(), 'infra/kafka/server.properties.template'),
    'utf8',
  );
  const properties = template
    .replaceAll('${BROKER_PORT}', String(BROKER_PORT))
    .replaceAll('${CONTROLLER_PORT}', String(CONTROLLER_PORT))
    .replaceAll('${DATA_DIR}', dataDir);
  const file = path.join(kafkaDirectory(), 'server.properties');
  writeFileSync(file, properties);
  return file;
}

function formatStorage(classpath: string, propertiesFile: string): void {
  const result = spawnSync(
    'java',
    [
      '-cp',
      classpath,
      'kafka.tools.StorageTool',
      'format',
      '-t',
      CLUSTER_ID,
      '-c',
      propertiesFile,
      '--ignore-formatted',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Kafka storage format failed:\n${result.stderr || result.stdout}`);
}

/**
 * Starts the project's own single-node KRaft broker on 127.0.0.1:9092 in the background, unless one
 * already answers there. Its data stays in .infra/kafka/data between runs.
 */
export async function startLocalBroker(): Promise<'already-running' | 'started'> {
  const brokers = [`127.0.0.1:${BROKER_PORT}`];
  if (await brokerAnswers(brokers)) return 'already-running';

  const started = Date.now();
  const directory = kafkaDirectory();
  const libs = path.join(directory, 'libs');
  const dataDir = path.join(directory, 'data');
  mkdirSync(dataDir, { recursive: true });
  assembleBrokerClasspath(libs);
  const classpath = `${libs}/*`;
  const propertiesFile = writeServerProperties(dataDir);
  formatStorage(classpath, propertiesFile);

  const log = openSync(brokerLogFile(), 'a');
  const broker = spawn(
    'java',
    [
      '-Xms256m',
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-Djava.awt.headless=true',
      `-Dlog4j.configuration=file:${path.join(repositoryRoot(), 'infra/kafka/log4j.properties')}`,
      '-cp',
      classpath,
      'kafka.Kafka',
      propertiesFile,
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  broker.unref();
  writeFileSync(pidFile(), String(broker.pid));

  let exited = false;
  broker.once('exit', () => (exited = true));
  await waitUntil(
    'the Kafka broker on 127.0.0.1:9092',
    async () => {
      if (exited) throw new Error(`Kafka exited during start-up; see ${brokerLogFile()}`);
      return brokerAnswers(brokers);
    },
    { timeoutMs: 120000, intervalMs: 500 },
  ).catch((error: Error) => {
    const tail = readFileSync(brokerLogFile(), 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${error.message}\n--- last lines of ${brokerLogFile()} ---\n${tail}`);
  });
  console.log(
    `  Kafka broker started in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${broker.pid})`,
  );
  return 'started';
}

export function stopLocalBroker(): Promise<boolean> {
  return stopProcessGroup(pidFile(), 'kafka.Kafka', 'the Kafka broker');
}
