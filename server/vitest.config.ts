import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// swc compiles decorators with metadata, which NestJS dependency injection and code-first GraphQL need.
const plugins = [swc.vite({ jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } })];

export default defineConfig({
  test: {
    globals: true,
    projects: [
      { plugins, test: { name: 'unit', globals: true, include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'] } },
      {
        plugins,
        test: {
          name: 'integration',
          globals: true,
          include: ['src/**/*.integration-spec.ts', 'test/**/*.integration-spec.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
