import { Topics } from '#contracts';
import type { ServiceApp, ServiceConfig } from '#platform';
import { createReceptionApp } from '../../apps/reception/src/reception.app.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { createSettlementApp } from '../../apps/settlement/src/settlement.app.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import { waitUntil } from '../../infra/wait-until.js';
import { EventSender } from './event-sender.js';
import { IsolatedEnvironment } from './isolated-environment.js';
import { TopicProbe } from './topic-probe.js';

interface ServiceKind {
  create(config: ServiceConfig): Promise<ServiceApp>;
  readConfig(env: NodeJS.ProcessEnv): ServiceConfig;
  probedTopics: string[];
}

/** A service running in this process against an isolated environment, with an event sender and a topic probe. */
export class ServiceHarness {
  readonly env: IsolatedEnvironment;
  readonly sender: EventSender;
  readonly probe: TopicProbe;
  service?: ServiceApp;
  private readonly others: ServiceApp[] = [];
  private serviceEnv: Record<string, string> = {};

  constructor(
    name: string,
    private readonly kind: ServiceKind,
  ) {
    this.env = new IsolatedEnvironment(name);
    this.sender = new EventSender(this.env.kafka);
    this.probe = new TopicProbe(this.env.kafka, [...kind.probedTopics, Topics.ruleAnnouncements.name]);
  }

  async start(serviceEnv: Record<string, string> = {}): Promise<void> {
    await this.env.createTopics();
    await Promise.all([this.sender.connect(), this.probe.start()]);
    this.serviceEnv = serviceEnv;
    this.service = await this.kind.create(this.kind.readConfig(this.env.serviceEnv(serviceEnv)));
  }

  /** Another instance of the service with the same settings: same consumer group, same schema. */
  async startAnotherInstance(): Promise<ServiceApp> {
    const instance = await this.kind.create(this.kind.readConfig(this.env.serviceEnv(this.serviceEnv)));
    this.others.push(instance);
    return instance;
  }

  /** Closes every running instance (the infrastructure and the environment stay). */
  async stopAllInstances(): Promise<void> {
    for (const instance of this.others.splice(0)) await instance.app.close();
    await this.service?.app.close();
    this.service = undefined;
  }

  async stop(): Promise<void> {
    for (const instance of this.others) await instance.app.close();
    await this.service?.app.close();
    await Promise.all([this.sender.disconnect(), this.probe.stop()]);
    await this.env.dispose();
  }

  async get<T>(path: string, instance: ServiceApp = this.service!): Promise<T> {
    const response = await fetch(`${instance.url}${path}`);
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async post(
    path: string,
    body: unknown,
    instance: ServiceApp = this.service!,
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${instance.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const parsed: unknown = await response.json();
    return { status: response.status, body: parsed };
  }

  async processedCount(): Promise<number> {
    const [row] = await this.env.query<{ count: string }>('SELECT count(*) FROM processed_events');
    return Number(row.count);
  }

  /** Waits until the service has processed this many events in total (dead letters are not counted). */
  async waitForProcessed(count: number): Promise<void> {
    await waitUntil(`${count} processed events`, async () => (await this.processedCount()) >= count, {
      timeoutMs: 30000,
      intervalMs: 50,
    });
  }

  /** Waits until the outbox is empty and the probe has read everything published so far. */
  async waitForQuiet(): Promise<void> {
    await waitUntil(
      'the outbox to be sent',
      async () => {
        const [row] = await this.env.query<{ count: string }>(
          'SELECT count(*) FROM outbox WHERE published_at IS NULL',
        );
        return Number(row.count) === 0;
      },
      { timeoutMs: 30000, intervalMs: 50 },
    );
    await this.probe.drain();
  }
}

export class ReceptionHarness extends ServiceHarness {
  constructor(name: string) {
    super(name, {
      create: createReceptionApp,
      readConfig: readReceptionConfig,
      probedTopics: [Topics.receptionEscalations.name, `${Topics.receptionCentres.name}.dlq`],
    });
  }
}

export class SettlementHarness extends ServiceHarness {
  constructor(name: string) {
    super(name, {
      create: createSettlementApp,
      readConfig: readSettlementConfig,
      probedTopics: [
        Topics.settlementMunicipalities.name,
        Topics.settlementEscalations.name,
        `${Topics.settlementMunicipalities.name}.dlq`,
        `${Topics.settlementNeed.name}.dlq`,
      ],
    });
  }
}
