import type { JsonSchema } from './json-schema.js';

/** One event type: where it travels, what its data must look like, and which field keys it. */
export interface EventDefinition {
  type: string;
  topic: string;
  description: string;
  /** The data field (a string or a whole number) whose value is the Kafka message key and the CloudEvent subject. */
  keyField: string;
  dataSchema: JsonSchema;
}
