// @ts-check
const eslint = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.services/**', 'coverage/**', '*.js'] },
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
