/**
 * The end-to-end test harness: one isolated environment (topic prefix, a schema per service) in which a test
 * starts services, sends events as the source systems do, and reads what the services publish.
 *
 *   const harness = new ServiceHarness('my-test');
 *   const reception = harness.service('reception');          // TestService; also 'settlement', 'care-centres'
 *   beforeAll(() => harness.start({ reception: {} }));       // topics, sender, probe; services with their settings
 *   afterAll(() => harness.stop());                          // stops everything, removes topics, schemas, queues
 *
 *   await harness.sender.send(type, data);                   // EventSender: send, resend, sendRaw, sent
 *   await harness.waitForConsumed();                         // every consumer caught up, outboxes sent, probe drained
 *   harness.probe.events<T>(type); harness.probe.on(topic);  // TopicProbe: every topic of the environment
 *   await reception.get<T>(path); await reception.post(path, body);   // also put, request; { status, body }
 *   // Calls carry a real token of the local Keycloak: by default of a caller apps/access-matrix.ts lets call the
 *   // route; reception.as('municipality-staff-oslo').put(...) names one; reception.anonymous sends none.
 *   await reception.query<T>(sql, parameters);                          // SQL in the service's schema
 *   await reception.start(settings); reception.spawn(settings);         // more instances, in or out of process
 */
import type { Admin } from 'kafkajs';

import { allTopicDefinitions } from '#contracts';
import { createKafka } from '#messaging';

import { waitUntil } from '../../infra/wait-until.js';
import { uncommittedMessages } from './consumer-lag.js';
import { EventSender } from './event-sender.js';
import { IsolatedEnvironment } from './isolated-environment.js';
import { type ServiceName, type ServiceSettings, TestService } from './test-service.js';
import { TopicProbe } from './topic-probe.js';

export { type ServiceName, type ServiceSettings, TestService } from './test-service.js';

export class ServiceHarness {
  readonly env: IsolatedEnvironment;
  readonly sender: EventSender;
  /** Reads every topic of the environment, dead-letter topics included, from the beginning. */
  readonly probe: TopicProbe;
  private readonly services = new Map<ServiceName, TestService>();
  private readonly admin: Admin;

  constructor(name: string) {
    this.env = new IsolatedEnvironment(name);
    this.sender = new EventSender(this.env.kafka);
    this.probe = new TopicProbe(
      this.env.kafka,
      allTopicDefinitions().map((topic) => topic.name),
    );
    this.admin = createKafka(this.env.kafka).admin();
  }

  /** Creates the topics, connects the sender and the probe, then starts one instance of each service given. */
  async start(services: Partial<Record<ServiceName, ServiceSettings>> = {}): Promise<void> {
    await this.env.createTopics();
    await Promise.all([this.sender.connect(), this.probe.start(), this.admin.connect()]);
    for (const [name, settings] of Object.entries(services) as [ServiceName, ServiceSettings][]) {
      await this.service(name).start(settings);
    }
  }

  /** The service of that name in this environment, whether or not it runs yet. */
  service(name: ServiceName): TestService {
    let service = this.services.get(name);
    if (!service) {
      service = new TestService(name, this.env);
      this.services.set(name, service);
    }
    return service;
  }

  /**
   * Waits until everything sent so far has had all its effects: every consumer group of the running services
   * has handled and committed every message on its topics, every outbox is sent (when its relay runs), and
   * the probe has read everything published. Dead-lettered events count as handled.
   */
  async waitForConsumed(timeoutMs = 60000): Promise<void> {
    const running = [...this.services.values()].filter((service) => service.running);
    let pending: string | undefined;
    await waitUntil(
      `${running.map((service) => service.name).join(', ')} to consume everything`,
      async () => (pending = await this.pendingWork(running)) === undefined,
      { timeoutMs, intervalMs: 50 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}; still pending: ${pending}`, { cause: error });
    });
    await this.probe.drain();
  }

  async stop(): Promise<void> {
    for (const service of this.services.values()) await service.stop();
    await Promise.all([this.sender.disconnect(), this.probe.stop(), this.admin.disconnect()]);
    await this.env.dispose();
  }

  /** What is still to be done, or undefined when nothing is. */
  private async pendingWork(services: TestService[]): Promise<string | undefined> {
    const relaying = services.filter((service) => service.relaying);
    const before = await Promise.all(relaying.map((service) => service.outbox()));
    const unsent = relaying.findIndex((_, index) => before[index].unsent > 0);
    if (unsent >= 0) return `${relaying[unsent].name}'s outbox holds ${before[unsent].unsent} unsent events`;
    for (const service of services) {
      const lag = await uncommittedMessages(this.admin, service.groupId);
      if (lag === undefined) return `${service.name}'s consumer group is not stable`;
      if (lag > 0) return `${service.name} has ${lag} messages not yet handled`;
    }
    // A message handled after the first look at the outboxes may have written rows that were sent since;
    // if no outbox changed, nothing was written that a consumer has not seen.
    const after = await Promise.all(relaying.map((service) => service.outbox()));
    const changed = relaying.findIndex((_, index) => after[index].written !== before[index].written);
    if (changed >= 0) return `${relaying[changed].name} wrote to its outbox meanwhile`;
    return undefined;
  }
}
