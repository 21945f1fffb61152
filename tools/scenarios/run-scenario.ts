import type { Admin } from 'kafkajs';

import type { Scenario } from './scenario.js';

export interface ScenarioRun {
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

export interface ScenarioTarget {
  /** Sends one event as the source systems would. */
  send(type: string, data: Record<string, unknown>): Promise<void>;
  /** Resolves once the services have processed everything sent so far. */
  caughtUp(): Promise<void>;
  onPhase?(name: string, events: number): void;
  /** After each event sent: how many of the phase's have been sent. */
  onSent?(sent: number, ofPhase: number): void;
}

/** Publishes a scenario phase by phase, waiting after each for the services to catch up. */
export async function runScenario(scenario: Scenario, target: ScenarioTarget): Promise<ScenarioRun> {
  const started = performance.now();
  let events = 0;
  for (const phase of scenario.phases) {
    target.onPhase?.(phase.name, phase.events.length);
    let sent = 0;
    for (const event of phase.events) {
      await target.send(event.type, event.data);
      target.onSent?.((sent += 1), phase.events.length);
    }
    events += phase.events.length;
    await target.caughtUp();
  }
  const seconds = (performance.now() - started) / 1000;
  return { events, seconds, eventsPerSecond: events / seconds };
}

/** Messages on the topics that the consumer group has not committed yet. */
export async function consumerLag(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  let lag = 0;
  for (const topic of topics) {
    const ends = new Map(
      (await admin.fetchTopicOffsets(topic)).map((partition) => [
        partition.partition,
        BigInt(partition.high),
      ]),
    );
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    for (const partition of committed.partitions) {
      const end = ends.get(partition.partition) ?? 0n;
      const at = partition.offset === '-1' ? 0n : BigInt(partition.offset);
      if (end > at) lag += Number(end - at);
    }
  }
  return lag;
}
