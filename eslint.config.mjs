// Root lint config for the TypeScript packages (sdk, server, plugins). web/ has its own config (Vue).
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

import graphqlResolversShouldBeGuarded from './tools/eslint-rules/graphql-resolvers-should-be-guarded.js';

const baton = {
  meta: { name: 'eslint-plugin-baton' },
  rules: { 'graphql-resolvers-should-be-guarded': graphqlResolversShouldBeGuarded },
};

export default defineConfig([
  globalIgnores(['**/dist/', '**/node_modules/', '**/coverage/', '**/.nx/', '**/.baton/', 'web/']),
  {
    files: ['sdk/src/**/*.ts', 'server/src/**/*.ts', 'server/test/**/*.ts', 'plugins/**/*.ts'],
    extends: [tseslint.configs.recommended],
    plugins: { baton },
    rules: {
      // User text is evaluated as FEEL through feelin, never as JavaScript (docs/adr/0006).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // `_`-prefixed names are deliberately unused (positional arguments, destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: { 'baton/graphql-resolvers-should-be-guarded': 'error' },
  },
]);
