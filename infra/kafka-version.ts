import { EnvReader, textVariable } from '#platform';

/** The Apache Kafka release `npm run infra:up` / `npm start` assemble and run when no KAFKA_BROKERS is given. */
export const DEFAULT_LOCAL_KAFKA_VERSION = '4.3.1';

export const KAFKA_LOCAL_VERSION = textVariable({
  name: 'KAFKA_LOCAL_VERSION',
  description:
    'the Apache Kafka release of the local broker (KRaft); 3.9.x is still accepted. Each major line keeps its own data folder',
  readBy: ['npm start'],
  default: { value: DEFAULT_LOCAL_KAFKA_VERSION },
  pattern: /^(?:3\.9|4\.\d+)\.\d+$/,
  expected: 'a Kafka release from 3.9.0 on, such as 4.3.1 or 3.9.1',
});

/** The local broker's release, from KAFKA_LOCAL_VERSION. */
export function localKafkaVersion(env: NodeJS.ProcessEnv = process.env): string {
  const read = new EnvReader(env);
  const version = read.value(KAFKA_LOCAL_VERSION);
  read.done();
  return version;
}

/** The major line of a release: "3" or "4". Storage is kept apart per line, so a switch never reuses the other's. */
export function majorLineOf(version: string): string {
  return version.split('.')[0];
}
