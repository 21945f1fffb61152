import eslint from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.infra/**',
      'coverage/**',
      'eslint.config.js',
      'jest.config.js',
      'test/support/*.mjs',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // Node's own modules, packages, the project's libraries (#contracts, …), then relative files.
      'simple-import-sort/imports': [
        'error',
        { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^#'], ['^\\.']] },
      ],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: false }],
    },
  },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The command-line tools start in a fraction of a second: only the pure libraries on their start-up path.
    files: ['tools/rules-cli.ts', 'tools/settlement-cli.ts', 'tools/settlement/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['#rules', '#messaging', '#persistence', '#platform', 'typeorm', 'kafkajs'],
          patterns: ['@nestjs/*'],
        },
      ],
    },
  },
  {
    files: ['infra/**/*.ts', 'tools/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
