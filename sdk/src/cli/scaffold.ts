/** The files of a new plugin: a working connector, its test (node:test on the built output), manifest and tsconfig. */
export function scaffoldFiles(id: string, sdkVersion: string): Record<string, string> {
  const type = `${id}:hello`;
  return {
    'package.json': `${JSON.stringify({
      name: `baton-plugin-${id}`,
      version: '0.1.0',
      private: true,
      main: 'dist/index.js',
      scripts: { build: 'tsc -p tsconfig.json', test: 'tsc -p tsconfig.json && node --test dist/' },
      baton: { id, name: { 'zh-CN': id, en: id }, sdk: `^${sdkVersion}`, connectors: [type], secrets: [], permissions: { outboundHosts: [] } },
      dependencies: { '@baton/sdk': `^${sdkVersion}`, zod: '^4.0.0' },
      devDependencies: { typescript: '^5.9.0', '@types/node': '^20.0.0' },
    }, null, 2)}\n`,
    'tsconfig.json': `${JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'node16', moduleResolution: 'node16', strict: true, outDir: 'dist', rootDir: 'src', declaration: true, skipLibCheck: true, types: ['node'] },
      include: ['src'],
    }, null, 2)}\n`,
    'src/index.ts': `import { defineConnector, definePlugin } from '@baton/sdk';
import { z } from 'zod';

/** A first connector: replace it with yours. Inputs and outputs are zod schemas; their types are inferred. */
export const hello = defineConnector({
  type: '${type}',
  version: '0.1.0',
  name: { 'zh-CN': '问候', en: 'Hello' },
  inputs: z.object({ name: z.string().min(1).describe('Name') }),
  outputs: z.object({ greeting: z.string() }),
  async execute(ctx, input) {
    ctx.logger.info('greeting ' + input.name);
    return { greeting: 'Hello, ' + input.name };
  },
});

export default definePlugin({ connectors: [hello] });
`,
    'src/index.test.ts': `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskingLogger, runConnector } from '@baton/sdk';
import { hello } from './index.js';

const ctx = { jobId: 'job-1', workspaceId: 'ws', processInstanceId: 'pi', elementId: 'task', attempt: 1,
  logger: maskingLogger([], () => undefined), fetch, resolveHost: async (host: string) => host, signal: new AbortController().signal };

test('greets', async () => {
  assert.deepEqual(await runConnector(hello, { name: 'Ada' }, ctx), { greeting: 'Hello, Ada' });
});

test('refuses an empty name', async () => {
  await assert.rejects(runConnector(hello, { name: '' }, ctx), /INVALID_INPUT/);
});
`,
    'README.md': `# baton-plugin-${id}\n\nA Baton connector plugin. \`npm test\` builds and tests it; \`baton-plugin validate\` checks it; \`baton-plugin pack\`\nmakes the tarball (with its sha256) to install on a Baton server.\n`,
  };
}
