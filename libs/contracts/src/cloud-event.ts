import type { JsonSchema } from './json-schema.js';

/** CloudEvents 1.0, structured JSON mode: the whole event travels as the Kafka message value. */
export interface CloudEvent<TData = unknown, TType extends string = string> {
  specversion: '1.0';
  id: string;
  source: string;
  type: TType;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  data: TData;
}

export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';

export const cloudEventEnvelopeSchema: JsonSchema = {
  $id: 'https://schemas.refugee-settlement.no/cloudevent-envelope.json',
  type: 'object',
  required: ['specversion', 'id', 'source', 'type', 'time', 'subject', 'datacontenttype', 'data'],
  properties: {
    specversion: { const: '1.0' },
    id: { type: 'string', minLength: 1, maxLength: 200 },
    source: { type: 'string', minLength: 1, maxLength: 500 },
    type: { type: 'string', pattern: '^[a-z0-9]+(\\.[a-z0-9-]+)+\\.v[0-9]+$' },
    time: { type: 'string', format: 'date-time' },
    subject: { type: 'string', minLength: 1, maxLength: 200 },
    datacontenttype: { const: 'application/json' },
    data: {},
  },
  additionalProperties: true,
};
