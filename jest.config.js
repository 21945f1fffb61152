// Native ESM (NestJS 12 ships ES modules only), so jest runs with --experimental-vm-modules.
const libAliases = {
  '^#domain$': '<rootDir>/libs/domain/src/index.ts',
  '^#contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^#messaging$': '<rootDir>/libs/messaging/src/index.ts',
  '^#persistence$': '<rootDir>/libs/persistence/src/index.ts',
  '^#rules$': '<rootDir>/libs/rules/src/index.ts',
  '^#rules/core$': '<rootDir>/libs/rules/src/core.ts',
  '^#platform/tracing$': '<rootDir>/libs/platform/src/tracing/start-tracing.ts',
  '^#platform$': '<rootDir>/libs/platform/src/index.ts',
  '^(\\.{1,2}/.*)\\.js$': '$1',
};

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: libAliases,
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

export default {
  // Applies to every project (jest reads it from the top level only); end-to-end hooks start services.
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.mjs'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/infra', '<rootDir>/tools'],
      testMatch: ['**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
    },
  ],
};
