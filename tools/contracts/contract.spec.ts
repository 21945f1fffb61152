import 'reflect-metadata';

import type { DynamicModule, Type } from '@nestjs/common';

import { eventCatalogue, isService, partiesOf, type Service } from '#contracts';
import { EventValidator } from '#messaging';

import { readCareCentresConfig } from '../../apps/care-centres/src/care-centres.config.js';
import { CareCentresModule } from '../../apps/care-centres/src/care-centres.module.js';
import { readReceptionConfig } from '../../apps/reception/src/reception.config.js';
import { ReceptionModule } from '../../apps/reception/src/reception.module.js';
import { readSettlementConfig } from '../../apps/settlement/src/settlement.config.js';
import { SettlementModule } from '../../apps/settlement/src/settlement.module.js';
import { readExamples } from './example-events.js';
import { checkAgainstPublished, readPublished } from './published-schemas.js';

/** Nest's metadata key for an @EventPattern (what @HandlesEvent sets). */
const PATTERN_METADATA = 'microservices:pattern';

function handledTypes(module: DynamicModule): Set<string> {
  const controllers: Type[] = [
    ...(module.controllers ?? []),
    ...(module.imports ?? []).flatMap((imported) => (imported as DynamicModule).controllers ?? []),
  ];
  const types = new Set<string>();
  for (const controller of controllers) {
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const patterns = Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object) as
        unknown[] | undefined;
      // A batch handler (@HandlesEventBatch) registers `batch:<type>`: it consumes the type all the same.
      for (const pattern of patterns ?? []) types.add(String(pattern).replace(/^batch:/, ''));
    }
  }
  return types;
}

describe('the integrators’ contract', () => {
  const env = { HTTP_PORT: '0' };
  const handled: Record<Service, Set<string>> = {
    settlement: handledTypes(SettlementModule.with(readSettlementConfig(env))),
    reception: handledTypes(ReceptionModule.with(readReceptionConfig(env))),
    'care-centres': handledTypes(CareCentresModule.with(readCareCentresConfig(env))),
  };

  it('names who publishes and consumes every event type, and the services consume exactly what they handle', () => {
    for (const definition of eventCatalogue.values()) {
      const parties = partiesOf(definition.type);
      expect(parties?.publishers.length).toBeGreaterThan(0);
      const declared = (parties?.consumers ?? []).filter(isService).sort();
      const actual = (Object.keys(handled) as Service[]).filter((service) =>
        handled[service].has(definition.type),
      );
      expect([definition.type, declared]).toEqual([definition.type, actual.sort()]);
    }
  });

  it('has a valid example of every event type in examples/', () => {
    const examples = readExamples();
    const validator = new EventValidator();
    expect([...examples.keys()].sort()).toEqual([...eventCatalogue.keys()].sort());
    for (const [type, example] of examples) {
      const outcome = validator.validate(example);
      expect([type, outcome.valid ? 'valid' : outcome.reason]).toEqual([type, 'valid']);
      expect(example.type).toBe(type);
    }
  });

  it('breaks no consumer of the published schemas, and every event type is published', () => {
    expect(checkAgainstPublished(readPublished())).toEqual({ breaking: [], unpublished: [] });
  });
});
