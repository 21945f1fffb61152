import {
  booleanVariable,
  choiceVariable,
  SERVICE_NAMES,
  textVariable,
  urlVariable,
} from './config-variable.js';

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Where each service listens, and how it reports on itself: logs and traces. */

export const HTTP_HOST = textVariable({
  name: 'HTTP_HOST',
  description:
    'the address the HTTP server binds; 127.0.0.1 keeps it local, 0.0.0.0 (or ::) serves every interface, as behind a load balancer',
  readBy: SERVICE_NAMES,
  default: { value: '127.0.0.1' },
  pattern: /^(?:[A-Za-z0-9.-]+|[0-9A-Fa-f:]+)$/,
  expected: 'a host name or an IP address such as 0.0.0.0',
});

export const LOG_FORMAT = choiceVariable({
  name: 'LOG_FORMAT',
  description:
    'json writes one JSON object per line (with request and trace ids), for log collectors; pretty writes readable lines',
  readBy: SERVICE_NAMES,
  default: { value: 'json' },
  choices: LOG_FORMATS,
});

export const OTEL_ENABLED = booleanVariable({
  name: 'OTEL_ENABLED',
  description:
    'whether the service sends OpenTelemetry traces (HTTP, PostgreSQL and event handling) to OTEL_EXPORTER_OTLP_ENDPOINT',
  readBy: SERVICE_NAMES,
  default: { value: false },
});

export const OTEL_EXPORTER_OTLP_ENDPOINT = urlVariable({
  name: 'OTEL_EXPORTER_OTLP_ENDPOINT',
  description: 'the OTLP/HTTP collector traces are sent to when OTEL_ENABLED is true (…/v1/traces is added)',
  readBy: SERVICE_NAMES,
  default: { value: 'http://127.0.0.1:4318' },
  protocols: ['http:', 'https:'],
});

export const OBSERVABILITY_VARIABLES = [HTTP_HOST, LOG_FORMAT, OTEL_ENABLED, OTEL_EXPORTER_OTLP_ENDPOINT];
