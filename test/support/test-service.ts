import type { ServiceApp, ServiceConfig } from '#platform';

import { createCareCentresApp } from '../../apps/care-centres/src/care-centres.app.js';
import { readCareCentresConfig } from '../../apps/care-centres/src/care-centres.config.js';
import { createReceptionApp } from '../../apps/reception/src/reception.app.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { createSettlementApp } from '../../apps/settlement/src/settlement.app.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import type { IsolatedEnvironment } from './isolated-environment.js';
import { defaultCallerOf, tokenOf } from './local-callers.js';
import { ServiceProcess } from './service-process.js';

interface ServiceKind<TConfig extends ServiceConfig> {
  readConfig(env: NodeJS.ProcessEnv): TConfig;
  create(config: TConfig): Promise<ServiceApp>;
}

/** Each service reads and takes its own configuration type; widened so the three fit one map. */
const kind = <TConfig extends ServiceConfig>(service: ServiceKind<TConfig>) =>
  service as ServiceKind<ServiceConfig>;

const SERVICES = {
  settlement: kind({ readConfig: readSettlementConfig, create: createSettlementApp }),
  reception: kind({ readConfig: readReceptionConfig, create: createReceptionApp }),
  'care-centres': kind({ readConfig: readCareCentresConfig, create: createCareCentresApp }),
};

export type ServiceName = keyof typeof SERVICES;

/** Environment variables for one service instance, beside those that point it at the test's environment. */
export type ServiceSettings = Record<string, string>;

interface Instance {
  config: ServiceConfig;
  app?: ServiceApp;
  process?: ServiceProcess;
}

export interface OutboxState {
  unsent: number;
  /** Changes whenever a row is written: count and last position. */
  written: string;
}

export interface HttpAnswer<T> {
  status: number;
  body: T;
}

/**
 * Who makes a call: a caller of the local realm by name (`policy-approver-imdi`, `udi-integrator`), `null` for
 * no token at all, or `undefined` for the default: a caller apps/access-matrix.ts lets call the route.
 */
export type CallerName = string | null | undefined;

/** HTTP calls to a service as one caller (TestService.as, TestService.anonymous). */
export class ServiceCalls {
  constructor(
    private readonly service: TestService,
    private readonly caller: CallerName,
  ) {}

  /** Answers the body of a successful GET, and throws on any other status. */
  async get<T>(path: string, instance?: ServiceApp): Promise<T> {
    const { status, body } = await this.request<T>('GET', path, undefined, instance);
    if (status >= 300) throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  post<T = unknown>(path: string, body: unknown, instance?: ServiceApp): Promise<HttpAnswer<T>> {
    return this.request<T>('POST', path, body, instance);
  }

  put<T = unknown>(path: string, body: unknown, instance?: ServiceApp): Promise<HttpAnswer<T>> {
    return this.request<T>('PUT', path, body, instance);
  }

  /** Any call; the body is parsed when it is JSON. */
  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    instance?: ServiceApp,
  ): Promise<HttpAnswer<T>> {
    const response = await this.fetch(
      path,
      {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      instance,
    );
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') && text !== '';
    return { status: response.status, body: (json ? JSON.parse(text) : text) as T };
  }

  /** A raw fetch to the service with this caller's bearer token, for tests that read headers or send text. */
  async fetch(
    path: string,
    init: RequestInit = {},
    instance: ServiceApp = this.service.app,
  ): Promise<Response> {
    const method = init.method ?? 'GET';
    const caller = this.caller === undefined ? defaultCallerOf(this.service.name, method, path) : this.caller;
    const headers = new Headers(init.headers);
    if (caller) headers.set('authorization', `Bearer ${await tokenOf(caller)}`);
    return fetch(`${instance.url}${path}`, { ...init, method, headers });
  }
}

/**
 * One of the services in a test's environment, in its own schema and consumer group: its instances (in this
 * process, or spawned as processes a test can kill), HTTP calls to them and SQL in its schema.
 */
export class TestService {
  readonly schema: string;
  /** The consumer group every instance joins. */
  readonly groupId: string;
  private readonly instances: Instance[] = [];

  constructor(
    readonly name: ServiceName,
    private readonly env: IsolatedEnvironment,
  ) {
    this.schema = env.schemaOf(name);
    this.groupId = `${env.topicPrefix}${name}`;
  }

  /** Starts an instance in this process; every instance joins the service's consumer group and uses its schema. */
  async start(settings: ServiceSettings = {}): Promise<ServiceApp> {
    const config = SERVICES[this.name].readConfig(this.env.serviceEnv(this.name, settings));
    const app = await SERVICES[this.name].create(config);
    this.instances.push({ config, app });
    return app;
  }

  /** Starts an instance as its own process from the build output (`npm run build` first), so it can be killed. */
  spawn(settings: ServiceSettings = {}): ServiceProcess {
    const env = this.env.serviceEnv(this.name, settings);
    const child = new ServiceProcess(`dist/apps/${this.name}/src/main.js`);
    child.start(env);
    this.instances.push({ config: SERVICES[this.name].readConfig(env), process: child });
    return child;
  }

  /** Stops every instance (the schema and the environment stay). */
  async stop(): Promise<void> {
    for (const { app, process: child } of this.instances.splice(0)) {
      await app?.app.close();
      await child?.stop('SIGTERM');
    }
  }

  get running(): boolean {
    return this.live().length > 0;
  }

  /** Whether a running instance sends the outbox to Kafka (OUTBOX_RELAY_ENABLED); if none does, it stays full. */
  get relaying(): boolean {
    return this.live().some(({ config }) => config.outbox.relayEnabled);
  }

  /** The first instance started in this process. */
  get app(): ServiceApp {
    const first = this.instances.find((instance) => instance.app)?.app;
    if (!first) throw new Error(`${this.name} has no instance running in this process`);
    return first;
  }

  get url(): string {
    return this.app.url;
  }

  /** Calls as a named caller of the local realm: `settlement.as('policy-approver-imdi').post(...)`. */
  as(caller: string): ServiceCalls {
    return new ServiceCalls(this, caller);
  }

  /** Calls without a token. */
  get anonymous(): ServiceCalls {
    return new ServiceCalls(this, null);
  }

  /** Calls as the default caller: one apps/access-matrix.ts lets call the route (local-callers.ts). */
  private get calls(): ServiceCalls {
    return new ServiceCalls(this, undefined);
  }

  /** Answers the body of a successful GET, and throws on any other status. */
  get<T>(path: string, instance?: ServiceApp): Promise<T> {
    return this.calls.get<T>(path, instance);
  }

  post<T = unknown>(path: string, body: unknown, instance?: ServiceApp): Promise<HttpAnswer<T>> {
    return this.calls.post<T>(path, body, instance);
  }

  put<T = unknown>(path: string, body: unknown, instance?: ServiceApp): Promise<HttpAnswer<T>> {
    return this.calls.put<T>(path, body, instance);
  }

  /** Any call; the body is parsed when it is JSON. */
  request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    instance?: ServiceApp,
  ): Promise<HttpAnswer<T>> {
    return this.calls.request<T>(method, path, body, instance);
  }

  /** A raw fetch with the default caller's token (headers, text bodies). */
  fetch(path: string, init?: RequestInit, instance?: ServiceApp): Promise<Response> {
    return this.calls.fetch(path, init, instance);
  }

  /** Runs a query in the service's schema. */
  query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    return this.env.query<T>(sql, parameters, this.schema);
  }

  /** Events the service has handled (dead letters and events of other services are not counted). */
  async processedCount(): Promise<number> {
    const [row] = await this.query<{ count: string }>('SELECT count(*) FROM processed_events');
    return Number(row.count);
  }

  async outbox(): Promise<OutboxState> {
    const [row] = await this.query<{ unsent: string; written: string }>(
      `SELECT count(*) FILTER (WHERE published_at IS NULL) AS unsent,
              count(*) || '/' || coalesce(max(position), 0) AS written
       FROM outbox`,
    );
    return { unsent: Number(row.unsent), written: row.written };
  }

  private live(): Instance[] {
    return this.instances.filter((instance) => instance.app ?? instance.process?.running);
  }
}
