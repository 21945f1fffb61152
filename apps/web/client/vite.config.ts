import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// The workbench's front-end: built into dist/web, which the web server (apps/web/src) serves.
export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
  test: {
    root,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
