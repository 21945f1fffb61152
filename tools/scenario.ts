/**
 * Plays a scenario against the running services (npm start), printing the escalations as they fire:
 *
 *   npm run scenario -- calm  [--scale 1]     a calm year, about 2 000 asylum seekers
 *   npm run scenario -- surge [--scale 0.1]   a surge like autumn 2015 (31 000 at scale 1), emergency places, scale-down
 *
 * Between phases it waits until the services' consumer groups have caught up. At the end it prints how many
 * events per second went through end to end, and each service's peak memory.
 */
import { parseArgs } from 'node:util';

import { CLOUD_EVENT_CONTENT_TYPE, eventDefinitionOf, Topics } from '#contracts';
import { buildEvent, createKafka, physicalTopic } from '#messaging';
import { localKeycloakToken, readKafkaConnection } from '#platform';

import { services } from '../infra/services.js';
import { waitUntil } from '../infra/wait-until.js';
import { escalationLine } from './scenarios/escalation-line.js';
import { calmYear, surge } from './scenarios/reception-year.js';
import { consumerLag, runScenario } from './scenarios/run-scenario.js';

const CONSUMED = {
  reception: [Topics.receptionCentres.name, Topics.settlementPersons.name],
  settlement: [
    Topics.settlementNeed.name,
    Topics.settlementMunicipalities.name,
    Topics.settlementPersons.name,
  ],
  'care-centres': [Topics.careCentres.name, Topics.careCentreHandovers.name, Topics.settlementPersons.name],
};
const ESCALATION_TOPICS = [
  Topics.receptionEscalations.name,
  Topics.settlementEscalations.name,
  Topics.careCentreEscalations.name,
];

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { scale: { type: 'string' } },
  });
  const scale = Number(values.scale ?? (positionals[0] === 'surge' ? '0.1' : '1'));
  const scenario =
    positionals[0] === 'surge' ? surge(scale) : positionals[0] === 'calm' ? calmYear(scale) : undefined;
  if (!scenario || !(scale > 0))
    throw new Error('Say which scenario: calm or surge (and --scale, a number above 0)');
  const settings = { ...readKafkaConnection(), clientId: 'scenario' };
  const kafka = createKafka(settings);
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  const admin = kafka.admin();
  const watcher = kafka.consumer({ groupId: `scenario-${process.pid}` });
  await Promise.all([producer.connect(), admin.connect(), watcher.connect()]);
  await watcher.subscribe({
    topics: ESCALATION_TOPICS.map((topic) => physicalTopic(settings, topic)),
    fromBeginning: false,
  });
  await watcher.run({
    eachMessage: ({ message }) => {
      console.log(`    ${escalationLine(message.value?.toString())}`);
      return Promise.resolve();
    },
  });

  const progress = new ProgressLine();
  const caughtUp = async () => {
    let quietChecks = 0;
    await waitUntil(
      'the services to catch up',
      async () => {
        let lag = 0;
        for (const [service, topics] of Object.entries(CONSUMED)) {
          lag += await consumerLag(
            admin,
            `${settings.topicPrefix}${service}`,
            topics.map((topic) => physicalTopic(settings, topic)),
          );
        }
        // Outboxes are sent within moments of a commit: a few quiet checks in a row mean the services are done.
        quietChecks = lag === 0 ? quietChecks + 1 : 0;
        if (lag > 0) progress.say(`waiting for the services: ${lag} events not yet handled`);
        return quietChecks >= 3;
      },
      { timeoutMs: 30 * 60 * 1000, intervalMs: 300 },
    );
  };

  console.log(`${scenario.description}: ${scenario.persons.length} persons`);
  const run = await runScenario(scenario, {
    send: async (type, data) => {
      const definition = eventDefinitionOf(type)!;
      const event = buildEvent('/tools/scenario', definition, data);
      await producer.send({
        topic: physicalTopic(settings, definition.topic),
        messages: [
          {
            key: event.subject,
            value: JSON.stringify(event),
            headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE },
          },
        ],
      });
    },
    caughtUp,
    onPhase: (name, events) => console.log(`  ${name}: ${events} events`),
    onSent: (sent, of) => progress.say(`sent ${sent} of ${of}`),
  });
  console.log(
    `\n${run.events} events in ${run.seconds.toFixed(1)} s end to end: ${run.eventsPerSecond.toFixed(0)} events/s`,
  );
  // Memory figures are for operators: a token of the local realm's operator (none when no Keycloak answers).
  const token = await localKeycloakToken({ user: 'operator' }).catch(() => undefined);
  for (const service of services) {
    const response = await fetch(`http://127.0.0.1:${service.port}/health/process`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    }).catch(() => undefined);
    if (!response?.ok) continue;
    const memory = (await response.json()) as { peakRssBytes: number; rssBytes: number };
    console.log(
      `  ${service.name.padEnd(13)} peak memory ${(memory.peakRssBytes / 1048576).toFixed(0)} MiB (now ${(memory.rssBytes / 1048576).toFixed(0)} MiB)`,
    );
  }
  await Promise.all([producer.disconnect(), admin.disconnect(), watcher.disconnect()]);
}

/** A progress line at most every few seconds, so a long phase shows it is moving. */
class ProgressLine {
  private last = Date.now();

  say(text: string): void {
    if (Date.now() - this.last < 5000) return;
    this.last = Date.now();
    console.log(`    … ${text}`);
  }
}

main().catch((error: Error) => {
  console.error(`scenario: ${error.message}`);
  process.exit(1);
});
