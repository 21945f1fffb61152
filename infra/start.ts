import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

import { HTTP_PORT, LOCAL_KEYCLOAK, readConfigurationOrExit } from '#platform';

import { readWebConfig } from '../apps/web/src/web.config.js';
import { checkConfiguration, serviceEnvironment } from './configuration-check.js';
import { bringUpInfrastructure, infrastructureSettingsFromEnv } from './infrastructure.js';
import { repositoryRoot } from './paths.js';
import { services } from './services.js';
import { waitUntil } from './wait-until.js';

async function healthy(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  return response.ok;
}

async function main(): Promise<void> {
  readConfigurationOrExit('npm start', () => checkConfiguration(process.env));
  if (process.env[HTTP_PORT.name])
    console.warn(`${HTTP_PORT.name} is not used by npm start: each service listens on its own port.`);
  const settings = infrastructureSettingsFromEnv();
  await bringUpInfrastructure(settings);
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const web = { name: 'web', port: readWebConfig(process.env).httpPort, entry: 'dist/apps/web/src/main.js' };
  for (const service of [...services, web]) {
    const child = spawn(process.execPath, [path.join(repositoryRoot(), service.entry)], {
      env: service === web ? process.env : serviceEnvironment(process.env, service.port),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    for (const stream of [child.stdout, child.stderr]) {
      readline
        .createInterface({ input: stream })
        .on('line', (line) => console.log(`[${service.name}] ${line}`));
    }
    child.on('exit', (code) => {
      if (!stopping) {
        console.error(`[${service.name}] exited with code ${code}; stopping the others`);
        stop();
        process.exitCode = 1;
      }
    });
  }

  await Promise.all(
    [...services, web].map((service) =>
      waitUntil(`${service.name} /health`, () => healthy(service.port), { timeoutMs: 120000 }),
    ),
  );
  console.log('\nAll services are up:');
  for (const service of services) {
    console.log(
      `  ${service.name.padEnd(13)} http://127.0.0.1:${service.port}  (health: /health, API docs: /docs)`,
    );
  }
  console.log(
    `  ${'workbench'.padEnd(13)} http://127.0.0.1:${web.port}  (open it in a browser; sign in as e.g. analyst, password refugees-dev)`,
  );
  if (!settings.authIssuersConfigured) {
    console.log(
      `  ${'identity'.padEnd(13)} ${LOCAL_KEYCLOAK.issuer}  (a token: npm run -s token -- --user policy-approver-imdi)`,
    );
  }
  console.log(
    '\nPress Ctrl+C to stop the services (the Kafka broker and Keycloak keep running; npm run infra:down stops them).',
  );
}

main().catch((error: Error) => {
  console.error(`Start failed: ${error.message}`);
  process.exit(1);
});
