/**
 * The integrators' contract.
 *
 *   npm run contracts -- asyncapi [--out file]   the AsyncAPI 3 document (every topic, event type, schema, party)
 *   npm run contracts -- check                   breaking changes against the published schemas
 *   npm run contracts -- publish                 publish the current schemas (refused while a change breaks consumers)
 *   npm run contracts -- examples                write a starting example for event types that have none
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { asyncApiDocument } from '#contracts';

import { writeMissingExamples } from './contracts/example-events.js';
import { checkAgainstPublished, publish, readPublished } from './contracts/published-schemas.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });

function report(check: ReturnType<typeof checkAgainstPublished>): boolean {
  for (const problem of check.breaking) console.error(`✘ ${problem}`);
  for (const type of check.unpublished) console.log(`+ ${type} is not published yet`);
  return check.breaking.length === 0;
}

switch (positionals[0]) {
  case 'asyncapi': {
    const text = `${JSON.stringify(asyncApiDocument(), null, 2)}\n`;
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    break;
  }
  case 'check':
    if (!report(checkAgainstPublished(readPublished()))) process.exit(1);
    break;
  case 'publish': {
    const check = publish();
    if (!report(check)) {
      console.error('Nothing was published: add a new version of the event type instead of changing it.');
      process.exit(1);
    }
    console.log('Published the current event schemas.');
    break;
  }
  case 'examples':
    for (const file of writeMissingExamples()) console.log(`wrote ${file}`);
    break;
  default:
    console.error('Say what to do: asyncapi, check, publish or examples (see the top of tools/contracts.ts)');
    process.exit(2);
}
