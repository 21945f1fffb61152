/**
 * An operator's view of a service's dead letters, over its HTTP API.
 *
 *   npm run dead-letters -- list [--status open|replayed|all]      (the reception service unless --service)
 *   npm run dead-letters -- show <id> --service care-centres
 *   npm run dead-letters -- replay <id> --url https://reception.example
 *
 * The calls carry a token of the local Keycloak's operator user unless --token gives one.
 */
import { parseArgs } from 'node:util';

import { localKeycloakToken } from '#platform';

const PORTS: Record<string, number> = { settlement: 3001, reception: 3002, 'care-centres': 3003 };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    service: { type: 'string', default: 'reception' },
    url: { type: 'string' },
    status: { type: 'string', default: 'open' },
    token: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const [command, id] = positionals;
  const port = PORTS[values.service];
  if (!port && !values.url) throw new Error(`--service must be one of ${Object.keys(PORTS).join(', ')}`);
  const base = (values.url ?? `http://127.0.0.1:${port}`).replace(/\/$/, '');
  const token = values.token ?? (await localKeycloakToken({ user: 'operator' }));
  const call = async (method: string, path: string) => {
    const response = await fetch(`${base}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as unknown;
  };
  if (command === 'list' && !id) {
    const letters = (await call('GET', `/dead-letters?status=${encodeURIComponent(values.status)}`)) as {
      id: string;
      failedAt: string | null;
      originalTopic: string;
      eventType: string | null;
      reason: string;
      replayCount: number;
    }[];
    if (letters.length === 0) console.log(`No ${values.status} dead letters.`);
    for (const letter of letters) {
      console.log(
        `${letter.id}\t${letter.failedAt ?? '?'}\t${letter.originalTopic}\t${letter.eventType ?? '(unreadable)'}` +
          `\treplayed ${letter.replayCount}×\t${letter.reason}`,
      );
    }
  } else if (command === 'show' && id) {
    console.log(JSON.stringify(await call('GET', `/dead-letters/${encodeURIComponent(id)}`), null, 2));
  } else if (command === 'replay' && id) {
    const replay = (await call('POST', `/dead-letters/${encodeURIComponent(id)}/replay`)) as {
      topic: string;
    };
    console.log(`Dead letter ${id} sent back to ${replay.topic}.`);
  } else {
    throw new Error('Say what to do: list, show <id> or replay <id> (see the top of tools/dead-letters.ts)');
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
