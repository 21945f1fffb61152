import { randomUUID } from 'node:crypto';

import type { CloudEvent, EventDefinition } from '#contracts';

/** Builds a CloudEvent whose subject (and Kafka key) is the aggregate id named by the event's key field. */
export function buildEvent<TData extends object>(
  source: string,
  definition: EventDefinition,
  data: TData,
  now: Date = new Date(),
): CloudEvent<TData> {
  const key = (data as Record<string, unknown>)[definition.keyField];
  const subject = typeof key === 'number' && Number.isInteger(key) ? String(key) : key;
  if (typeof subject !== 'string' || subject.length === 0) {
    throw new Error(`${definition.type} needs "${definition.keyField}" to key it`);
  }
  return {
    specversion: '1.0',
    id: randomUUID(),
    source,
    type: definition.type,
    time: now.toISOString(),
    subject,
    datacontenttype: 'application/json',
    data,
  };
}
