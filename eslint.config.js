// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.services/**', '.tools/**', 'coverage/**', '*.js', '*.cjs', 'scripts/*.cjs', 'bench/labelled-sets/tools/*.js'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Only the entry points construct infrastructure; parts get it injected (src/container.ts).
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/worker.ts', 'src/container.ts', 'src/cli/**', 'src/db/data-source.ts', 'src/dev-services/**', 'src/emulator/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name=/^(Kafka|DataSource|Container)$/]", message: 'only main.ts, worker.ts, container.ts and the CLI entry points construct Kafka, DataSource or a container' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '!../domain/*'], message: 'domain/ imports nothing outside itself' }] }],
    },
  },
  {
    // The linkage model lives in a folder of domain/: its siblings one level up are still domain.
    files: ['src/domain/linkage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../../*', '!../../domain/*'], message: 'domain/ imports nothing outside itself' }] }],
    },
  },
  {
    files: ['src/emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/qbo/**', '**/domain/**', '**/ingest/**', '**/customers/**', '**/invoices/**', '**/connections/**', '**/http/**', '**/db/**', '**/config', '**/logger', '**/container'], message: 'emulator/ shares no code with the worker' }] }],
    },
  },
);
