import { DiagnosticSeverity, Parser } from '@asyncapi/parser';

import { eventCatalogue } from '../event-catalogue.js';
import { asyncApiDocument, messageId } from './asyncapi-document.js';

const ERROR: number = DiagnosticSeverity.Error;

describe('the AsyncAPI document', () => {
  const document = asyncApiDocument();

  it('is valid AsyncAPI 3 (no errors from @asyncapi/parser)', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    const errors = diagnostics.filter((diagnostic) => (diagnostic.severity as number) === ERROR);
    expect(errors.map((error) => `${error.path.join('.')}: ${error.message}`)).toEqual([]);
    expect(parsed).toBeDefined();
  });

  it('has every event type on its topic with its schema, key and parties', () => {
    const messages = (
      document.components as { messages: Record<string, { name: string; description?: string }> }
    ).messages;
    for (const definition of eventCatalogue.values()) {
      expect(messages[messageId(definition)]?.name).toBe(definition.type);
      expect(messages[messageId(definition)]?.description).toMatch(/^Published by /);
    }
  });
});
