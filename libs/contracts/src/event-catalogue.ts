import type { EventDefinition } from './event-definition.js';
import { careCentreEventDefinitions } from './events/care-centre-events.js';
import { receptionEventDefinitions } from './events/reception-events.js';
import { receptionLifecycleEventDefinitions } from './events/reception-lifecycle-events.js';
import { resettlementEventDefinitions } from './events/resettlement-events.js';
import { ruleEventDefinitions } from './events/rule-events.js';
import { settlementEventDefinitions } from './events/settlement-events.js';

export const eventCatalogue: ReadonlyMap<string, EventDefinition> = new Map(
  [
    ...receptionEventDefinitions,
    ...receptionLifecycleEventDefinitions,
    ...settlementEventDefinitions,
    ...resettlementEventDefinitions,
    ...careCentreEventDefinitions,
    ...ruleEventDefinitions,
  ].map((definition) => [definition.type, definition]),
);

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return eventCatalogue.get(type);
}
