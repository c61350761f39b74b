import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'happy-dom',
      include: ['src/**/*.spec.ts'],
      // component tests mount Element Plus; on a busy 2-core CI machine a few take longer than the 5 s default
      testTimeout: 20_000,
      css: false,
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
);
