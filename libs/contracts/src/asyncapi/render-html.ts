import { eventCatalogue } from '../event-catalogue.js';
import { partiesOf } from '../event-parties.js';
import { deadLetterTopicOf, Topics } from '../topics.js';
import { CONTRACT_VERSION } from './asyncapi-document.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The contract as a page for people: each topic with its events, what keys them, who publishes and consumes
 * them, and the schema of their data. Plain HTML, no scripts, so it works wherever the service answers.
 */
export function contractPage(): string {
  const sections = Object.values(Topics).map((topic) => {
    const events = [...eventCatalogue.values()].filter((definition) => definition.topic === topic.name);
    const rows = events
      .map((definition) => {
        const parties = partiesOf(definition.type);
        return `<section><h3 id="${escape(definition.type)}">${escape(definition.type)}</h3>
<p>${escape(definition.description)}</p>
<dl><dt>Key</dt><dd><code>${escape(definition.keyField)}</code></dd>
<dt>Published by</dt><dd>${escape(parties?.publishers.join(', ') ?? '')}</dd>
<dt>Consumed by</dt><dd>${escape(parties?.consumers.join(', ') || 'no service')}</dd></dl>
<details><summary>Schema of <code>data</code></summary><pre>${escape(JSON.stringify(definition.dataSchema, null, 2))}</pre></details></section>`;
      })
      .join('\n');
    return `<section><h2>${escape(topic.name)}</h2><p>${escape(topic.description)}; ${topic.partitions} partitions; dead letters on <code>${escape(deadLetterTopicOf(topic.name))}</code>.</p>
${rows || '<p>No event types.</p>'}</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Event contract ${CONTRACT_VERSION}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}pre{background:#f4f4f4;padding:1rem;overflow:auto}dt{font-weight:bold}</style></head>
<body><h1>Event contract ${CONTRACT_VERSION}</h1>
<p>Every event is a CloudEvents 1.0 structured JSON message; its type carries the version. The machine-readable contract is the AsyncAPI 3 document at <a href="asyncapi.json">asyncapi.json</a>.</p>
${sections.join('\n')}
</body></html>
`;
}
