import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

import { type CloudEvent, cloudEventEnvelopeSchema, eventCatalogue, type EventDefinition } from '#contracts';
import { findUnsafeInput } from '#domain';

export type ValidationOutcome =
  | { valid: true; event: CloudEvent; definition: EventDefinition }
  /** `unknownType`: a well-formed CloudEvent whose type this release does not know (it may be parked). */
  | { valid: false; reason: string; unknownType?: CloudEvent };

// ajv-formats is CommonJS with a default export; under NodeNext its callable sits on `.default`.
const addFormats = addFormatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 };

/** Validates events against the envelope and their type's JSON Schema from libs/contracts. Compiled once. */
export class EventValidator {
  private readonly envelope: ValidateFunction;
  private readonly dataValidators = new Map<string, ValidateFunction>();
  private readonly definitions = new Map<string, EventDefinition>();

  constructor(definitions: Iterable<EventDefinition> = eventCatalogue.values()) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    addFormats.default(ajv);
    this.envelope = ajv.compile(cloudEventEnvelopeSchema);
    for (const definition of definitions) {
      this.definitions.set(definition.type, definition);
      this.dataValidators.set(definition.type, ajv.compile(definition.dataSchema));
    }
  }

  definitionOf(type: string): EventDefinition | undefined {
    return this.definitions.get(type);
  }

  /**
   * Whether an unknown type is a later version of a type this release knows, in the given namespace
   * (`no.reception.`): `no.reception.arrival.registered.v2` when `...v1` is known. Such an event comes from a
   * newer release and is parked, not dead-lettered; anything else unknown is dead-lettered.
   */
  isNewerVersionOfKnownType(type: string, namespace: string): boolean {
    if (!type.startsWith(namespace) || this.definitions.has(type)) return false;
    const versioned = /^(.+)\.v(\d+)$/.exec(type);
    if (!versioned) return false;
    const [, base, version] = versioned;
    for (let known = Number(version) - 1; known >= 1; known -= 1) {
      if (this.definitions.has(`${base}.v${known}`)) return true;
    }
    return false;
  }

  /** Parses raw message bytes and validates them; never throws. */
  parse(value: Buffer | null): ValidationOutcome {
    if (value === null || value.length === 0) return { valid: false, reason: 'empty message value' };
    let parsed: unknown;
    try {
      parsed = JSON.parse(value.toString('utf8'));
    } catch {
      // The parser's message quotes the payload, which may hold personal data: it stays out of reasons and logs.
      return { valid: false, reason: `not JSON (${value.length} bytes)` };
    }
    return this.validateUntrusted(parsed);
  }

  /** Validates a parsed event from outside: NUL characters and deep nesting are refused before the schemas. */
  validateUntrusted(candidate: unknown): ValidationOutcome {
    const unsafe = findUnsafeInput(candidate, 'event');
    if (unsafe) return { valid: false, reason: unsafe };
    return this.validate(candidate);
  }

  /**
   * Parses and validates a message consumed from a topic (logical name, without prefix): an event of a known type
   * that belongs on another topic is refused too, so it is dead-lettered rather than silently skipped.
   */
  parseOnTopic(value: Buffer | null, topic: string): ValidationOutcome {
    const outcome = this.parse(value);
    if (outcome.valid && outcome.definition.topic !== topic) {
      return {
        valid: false,
        reason: `${outcome.event.type} belongs on topic ${outcome.definition.topic}, not ${topic}`,
      };
    }
    return outcome;
  }

  validate(candidate: unknown): ValidationOutcome {
    if (!this.envelope(candidate)) {
      return { valid: false, reason: `not a CloudEvent: ${describeErrors(this.envelope.errors)}` };
    }
    const event = candidate as CloudEvent;
    const definition = this.definitions.get(event.type);
    const validateData = this.dataValidators.get(event.type);
    if (!definition || !validateData) {
      return { valid: false, reason: `unknown event type "${event.type}"`, unknownType: event };
    }
    if (!validateData(event.data)) {
      return {
        valid: false,
        reason: `${event.type} data invalid: ${describeErrors(validateData.errors, 'data')}`,
      };
    }
    return { valid: true, event, definition };
  }
}

function describeErrors(errors: ErrorObject[] | null | undefined, root = ''): string {
  if (!errors || errors.length === 0) return 'unknown schema error';
  return errors
    .map((error) => {
      const path = `${root}${error.instancePath}`.replace(/\//g, '.').replace(/^\./, '') || root || '(root)';
      const missing =
        error.keyword === 'required'
          ? ` "${(error.params as { missingProperty: string }).missingProperty}"`
          : '';
      const extra =
        error.keyword === 'additionalProperties'
          ? ` "${(error.params as { additionalProperty: string }).additionalProperty}"`
          : '';
      const forbidden = (error.schema as { description?: string } | undefined)?.description;
      if (error.keyword === 'not' && forbidden) return `${path} must not be ${forbidden}`;
      return `${path} ${error.message ?? error.keyword}${missing || extra}`;
    })
    .join('; ');
}
