import { createServer, type Server } from 'node:http';

import { CareCentreEventTypes } from '#contracts';

import { waitUntil } from '../../infra/wait-until.js';
import { ServiceHarness } from '../support/service-harness.js';
import type { ServiceProcess } from '../support/service-process.js';

interface ExportedSpan {
  scope: string;
  name: string;
  traceId: string;
  kind: number;
}

/** An OTLP/HTTP collector (JSON) that keeps every span it is sent. */
class SpanCollector {
  readonly spans: ExportedSpan[] = [];
  private readonly server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const exported = JSON.parse(body) as {
        resourceSpans: { scopeSpans: { scope: { name: string }; spans: Omit<ExportedSpan, 'scope'>[] }[] }[];
      };
      for (const { scopeSpans } of exported.resourceSpans)
        for (const { scope, spans } of scopeSpans)
          for (const span of spans) this.spans.push({ ...span, scope: scope.name });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  from(scope: string): ExportedSpan[] {
    return this.spans.filter((span) => span.scope === scope);
  }
}

function listeningUrl(child: ServiceProcess): string | undefined {
  const match = /Listening on (http:\/\/[^\s"]+)/.exec(child.output.join(''));
  return match?.[1].replace('[::1]', '127.0.0.1');
}

/** With OTEL_ENABLED=true a service sends its traces: HTTP (continuing the caller's trace), Kafka and PostgreSQL. */
describe('OpenTelemetry tracing', () => {
  const harness = new ServiceHarness('tracing');
  const collector = new SpanCollector();

  beforeAll(() => harness.start());

  afterAll(async () => {
    await harness.stop();
    await collector.stop();
  });

  it('traces HTTP requests, consumed events and their queries to the OTLP endpoint', async () => {
    const endpoint = await collector.start();
    const child = harness
      .service('care-centres')
      .spawn({ OTEL_ENABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, LOG_LEVEL: 'log' });
    await waitUntil('the service to listen', () => Promise.resolve(listeningUrl(child) !== undefined), {
      timeoutMs: 60000,
    });
    await harness.waitForConsumed();

    const traceId = '0af7651916cd43dd8448eb211c80319c';
    await fetch(`${listeningUrl(child)}/rules`, {
      headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` },
    });
    await harness.sender.send(CareCentreEventTypes.centreRegistered, {
      centreId: 'TRC-1',
      name: 'Traced centre',
      hostMunicipalityNumber: '0301',
      statePlaces: 4,
      privatePlaces: 0,
    });
    await harness.waitForConsumed();

    await waitUntil(
      'spans of HTTP, Kafka and PostgreSQL',
      () =>
        Promise.resolve(
          collector.from('@opentelemetry/instrumentation-http').some((span) => span.traceId === traceId) &&
            collector.from('@opentelemetry/instrumentation-kafkajs').length > 0 &&
            collector.from('@opentelemetry/instrumentation-pg').length > 0,
        ),
      { timeoutMs: 30000, intervalMs: 200 },
    ).catch((error: Error) => {
      throw new Error(
        `${error.message}; spans: ${JSON.stringify(collector.spans.map((s) => `${s.scope} ${s.name}`))}`,
      );
    });
    await child.stop('SIGTERM');
  });
});
