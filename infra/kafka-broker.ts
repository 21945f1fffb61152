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

import { createKafka, type KafkaSecurity } from '#messaging';

import { stopProcessGroup } from './background-process.js';
import { DEFAULT_LOCAL_KAFKA_VERSION, majorLineOf } from './kafka-version.js';
import { infraStateDirectory, repositoryRoot } from './paths.js';
import { waitUntil } from './wait-until.js';

// A fixed cluster id keeps the storage reusable across runs (22 characters, base64url).
const CLUSTER_ID = 'rfgSettlementLocal0001';

/** Which broker: its Kafka release, ports and state folder (jars, data, log, pid). */
export interface LocalBrokerOptions {
  version: string;
  port: number;
  controllerPort: number;
  directory: string;
}

export const DEFAULT_BROKER_OPTIONS: LocalBrokerOptions = {
  version: DEFAULT_LOCAL_KAFKA_VERSION,
  port: 9092,
  controllerPort: 9093,
  directory: path.join(infraStateDirectory(), 'kafka'),
};

function pidFile(options: Pick<LocalBrokerOptions, 'directory'>): string {
  return path.join(options.directory, 'broker.pid');
}

export function brokerLogFile(
  options: Pick<LocalBrokerOptions, 'directory'> = DEFAULT_BROKER_OPTIONS,
): string {
  return path.join(options.directory, 'broker.log');
}

/**
 * The jars of one release. 3.9.1's stay in `libs`, where they were before releases were selectable, so an
 * existing checkout does not fetch them again.
 */
function libsDirectory({ directory, version }: LocalBrokerOptions): string {
  return path.join(directory, version === '3.9.1' ? 'libs' : `libs-${version}`);
}

/**
 * The data of one major line: 3.x keeps `data`, as before; 4.x gets `data-4`, so switching releases never
 * hands one line's storage to the other (and a running 3.9 broker's data is never touched).
 */
function dataDirectory({ directory, version }: LocalBrokerOptions): string {
  const line = majorLineOf(version);
  return path.join(directory, line === '3' ? 'data' : `data-${line}`);
}

/** True when a Kafka broker answers a metadata request at the given addresses. */
export async function brokerAnswers(brokers: string[], security?: KafkaSecurity): Promise<boolean> {
  const admin = createKafka(
    { brokers, clientId: 'infra-probe', security },
    { retries: 0, quiet: true },
  ).admin();
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
function assembleBrokerClasspath(libs: string, version: string): void {
  if (existsSync(libs) && readdirSync(libs).includes(`kafka_2.13-${version}.jar`)) return;
  console.log(`  assembling Apache Kafka ${version} from Maven Central (first run of this release only)...`);
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      path.join(repositoryRoot(), 'infra/kafka/pom.xml'),
      'dependency:copy-dependencies',
      `-Dkafka.version=${version}`,
      `-Dkafka.libs.dir=${libs}`,
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0)
    throw new Error('Maven could not assemble the Kafka broker (is Java 17 and Maven installed?)');
}

function writeServerProperties(options: LocalBrokerOptions, dataDir: string): string {
  const template = readFileSync(
    path.join(repositoryRoot(), 'infra/kafka/server.properties.template'),
    'utf8',
  );
  const properties = template
    .replaceAll('${BROKER_PORT}', String(options.port))
    .replaceAll('${CONTROLLER_PORT}', String(options.controllerPort))
    .replaceAll('${DATA_DIR}', dataDir);
  const file = path.join(options.directory, 'server.properties');
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
 * Starts the project's own single-node KRaft broker (Apache Kafka 4.x unless KAFKA_LOCAL_VERSION says
 * otherwise) on 127.0.0.1:9092 in the background, unless a broker already answers there, of whichever
 * release. Its data stays in .infra/kafka/data-<major> between runs.
 */
export async function startLocalBroker(
  options: LocalBrokerOptions = DEFAULT_BROKER_OPTIONS,
): Promise<'already-running' | 'started'> {
  const brokers = [`127.0.0.1:${options.port}`];
  if (await brokerAnswers(brokers)) return 'already-running';

  const started = Date.now();
  const libs = libsDirectory(options);
  const dataDir = dataDirectory(options);
  mkdirSync(dataDir, { recursive: true });
  assembleBrokerClasspath(libs, options.version);
  const classpath = `${libs}/*`;
  const propertiesFile = writeServerProperties(options, dataDir);
  formatStorage(classpath, propertiesFile);

  const log = openSync(brokerLogFile(options), 'a');
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
  writeFileSync(pidFile(options), String(broker.pid));

  let exited = false;
  broker.once('exit', () => (exited = true));
  await waitUntil(
    `the Kafka ${options.version} broker on ${brokers[0]}`,
    async () => {
      if (exited) throw new Error(`Kafka exited during start-up; see ${brokerLogFile(options)}`);
      return brokerAnswers(brokers);
    },
    { timeoutMs: 120000, intervalMs: 500 },
  ).catch((error: Error) => {
    const tail = readFileSync(brokerLogFile(options), 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${error.message}\n--- last lines of ${brokerLogFile(options)} ---\n${tail}`);
  });
  console.log(
    `  Kafka ${options.version} broker started in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${broker.pid})`,
  );
  return 'started';
}

export function stopLocalBroker(
  options: Pick<LocalBrokerOptions, 'directory'> = DEFAULT_BROKER_OPTIONS,
): Promise<boolean> {
  return stopProcessGroup(pidFile(options), 'kafka.Kafka', 'the Kafka broker');
}
