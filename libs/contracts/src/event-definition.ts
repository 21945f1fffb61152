import type { JsonSchema } from './json-schema.js';

/** One event type: where it travels, what its data must look like, and which field keys it. */
export interface EventDefinition {
  type: string;
  topic: string;
  description: string;
  /** The data field whose value is the Kafka message key and the CloudEvent subject (the aggregate id). */
  keyField: string;
  dataSchema: JsonSchema;
}
