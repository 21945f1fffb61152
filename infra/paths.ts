import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file whether it runs from source or from dist/. */
export function repositoryRoot(): string {
  let directory = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(directory, 'nest-cli.json'))) {
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('Cannot find the repository root (nest-cli.json)');
    directory = parent;
  }
  return directory;
}

export function infraStateDirectory(): string {
  return path.join(repositoryRoot(), '.infra');
}
