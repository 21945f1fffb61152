/**
 * OpenTelemetry tracing, started before anything else is loaded (`#platform/tracing`, imported first by each
 * service's main.ts): HTTP in and out (an incoming W3C `traceparent` is continued), PostgreSQL queries, and Kafka
 * produce and consume, sent over OTLP/HTTP. With OTEL_ENABLED unset or false nothing of OpenTelemetry is loaded.
 * Deliberately free of the rest of the platform library, which loads the modules to be instrumented.
 */
import type { ServiceName } from '../config/config-variable.js';
import { EnvReader } from '../config/env-reader.js';
import { OTEL_ENABLED, OTEL_EXPORTER_OTLP_ENDPOINT } from '../config/observability-variables.js';

export interface TracingSettings {
  enabled: boolean;
  /** The OTLP/HTTP collector; `/v1/traces` is added. */
  endpoint: string;
}

/** Stops tracing, sending what is still buffered. */
export type StopTracing = () => Promise<void>;

let running: StopTracing | undefined;

/** Sends the spans still buffered and stops tracing (at shutdown); nothing when tracing is off. */
export async function stopTracing(): Promise<void> {
  const stop = running;
  running = undefined;
  await stop?.();
}

/** Reads OTEL_ENABLED and OTEL_EXPORTER_OTLP_ENDPOINT; a bad value is reported with the rest at start-up. */
export function tracingSettingsFromEnv(
  service: ServiceName,
  env: NodeJS.ProcessEnv = process.env,
): TracingSettings {
  const read = new EnvReader(env, service);
  const enabled = read.optional(OTEL_ENABLED) ?? false;
  const endpoint = read.optional(OTEL_EXPORTER_OTLP_ENDPOINT) ?? 'http://127.0.0.1:4318';
  return { enabled, endpoint };
}

export async function startTracing(service: ServiceName, settings: TracingSettings): Promise<StopTracing> {
  if (!settings.enabled) return () => Promise.resolve();
  // The services import kafkajs (and more) as ES modules, which require hooks do not see: the loader hook does.
  const { register } = await import('node:module');
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [
    { NodeTracerProvider },
    { BatchSpanProcessor },
    { resourceFromAttributes },
    { OTLPTraceExporter },
    { registerInstrumentations },
    { HttpInstrumentation },
    { PgInstrumentation },
    { KafkaJsInstrumentation },
  ] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/instrumentation'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-pg'),
    import('@opentelemetry/instrumentation-kafkajs'),
  ]);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: `${settings.endpoint.replace(/\/$/, '')}/v1/traces` }),
        { scheduledDelayMillis: 1000 },
      ),
    ],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Probes and scrapes would drown everything else.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)/.test(request.url ?? ''),
      }),
      new PgInstrumentation({ requireParentSpan: true }),
      new KafkaJsInstrumentation(),
    ],
  });
  running = () => provider.shutdown();
  return stopTracing;
}
