import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

import type { KafkaSettings } from '#messaging';

import { testDatabaseUrl } from '../infra/test-database.js';

export interface ReceptionProcess {
  /** The highest resident memory of the process so far (VmHWM), in MB. */
  peakRssMb(): number;
  /** CPU seconds the process has used so far (user and system). */
  cpuSeconds(): number;
  throwIfExited(): void;
  stop(): Promise<void>;
}

/** The reception service from dist as its own process, on the bench's topics and schema. */
export function startReception(kafka: KafkaSettings, schema: string): ReceptionProcess {
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/reception/src/main.js'], {
    env: {
      ...process.env,
      KAFKA_BROKERS: kafka.brokers.join(','),
      KAFKA_TOPIC_PREFIX: kafka.topicPrefix,
      DATABASE_URL: testDatabaseUrl(),
      DATABASE_SCHEMA: schema,
      HTTP_PORT: '0',
      LOG_LEVEL: 'warn',
      KAFKA_SESSION_TIMEOUT_MS: '10000',
      RULES_WATCH_FILES: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!])
    stream.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let peak = 0;
  const peakRssMb = (): number => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kilobytes = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, Math.round(kilobytes / 1024));
    } catch {
      // exited: the last reading stands
    }
    return peak;
  };
  let cpu = 0;
  const cpuSeconds = (): number => {
    try {
      // Fields after the command name: state is the 3rd, utime the 14th and stime the 15th (clock ticks of 1/100 s).
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      cpu = (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // exited: the last reading stands
    }
    return cpu;
  };
  return {
    peakRssMb,
    cpuSeconds,
    throwIfExited: () => {
      if (child.exitCode !== null)
        throw new Error(`reception exited with ${child.exitCode}:\n${output.join('')}`);
    },
    stop: async () => {
      peakRssMb();
      cpuSeconds();
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
