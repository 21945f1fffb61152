export * from './cloud-event.js';
export * from './json-schema.js';
export * from './common-schemas.js';
export * from './topics.js';
export * from './event-definition.js';
export * from './event-catalogue.js';
export * from './events/reception-events.js';
