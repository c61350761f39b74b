import { z } from 'zod';
import { ConnectorContractError } from './connector-errors';
import { ConnectorContext, defineConnector, definePlugin, defineTrigger } from './define-connector';
import { connectorElementTemplate } from './element-template';
import { parsePluginManifest, validatePluginDefinition } from './plugin-manifest';
import { maskingLogger, runConnector } from './run-connector';

const greet = defineConnector({
  type: 'acme:greet',
  version: '1.2.3',
  name: { 'zh-CN': '问候', en: 'Greet' },
  inputs: z.object({
    name: z.string().min(1).describe('Name'),
    times: z.number().int().min(1).max(3).default(1),
    tone: z.enum(['plain', 'warm']).default('plain'),
    apiKey: z.string().describe('API key'),
  }),
  outputs: z.object({ text: z.string() }),
  secrets: ['apiKey'],
  async execute(ctx, input) {
    // inferred types: no casts needed, and unknown fields do not compile
    const times: number = input.times;
    const tone: 'plain' | 'warm' = input.tone;
    // @ts-expect-error not an input
    void input.unknownField;
    ctx.logger.info(`greeting with key ${input.apiKey}`);
    return { text: `${tone === 'warm' ? 'Dear ' : ''}${input.name}`.repeat(times) };
  },
});

const lines: string[] = [];
const ctx: ConnectorContext = {
  jobId: 'job-1', workspaceId: 'ws', processInstanceId: 'pi', elementId: 'task', attempt: 1,
  logger: maskingLogger(['s3cr3t-key'], (level, line) => lines.push(`${level} ${line}`)),
  fetch: () => Promise.reject(new Error('no network in this test')),
  resolveHost: () => Promise.reject(new Error('no network in this test')),
  signal: new AbortController().signal,
};

describe('runConnector', () => {
  it('validates the input, applies defaults, runs, and validates the output', async () => {
    await expect(runConnector(greet, { name: 'Ada', tone: 'warm', apiKey: 's3cr3t-key' }, ctx)).resolves.toEqual({ text: 'Dear Ada' });
  });

  it('names every invalid input field by path', async () => {
    const error = await runConnector(greet, { name: '', times: 9 }, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorContractError);
    expect((error as ConnectorContractError).code).toBe('INVALID_INPUT');
    expect((error as ConnectorContractError).problems.map((p) => p.path).sort()).toEqual(['apiKey', 'name', 'times']);
  });

  it('refuses an output that breaks the declared schema', async () => {
    const broken = defineConnector({
      type: 'acme:broken', version: '1.0.0', name: { 'zh-CN': '坏', en: 'Broken' }, inputs: z.object({}), outputs: z.object({ count: z.number() }),
      execute: async () => ({ count: 'many' as unknown as number }),
    });
    await expect(runConnector(broken, {}, ctx)).rejects.toMatchObject({ code: 'INVALID_OUTPUT', problems: [expect.objectContaining({ path: 'count' })] });
  });

  it('masks secret values in logs', async () => {
    lines.length = 0;
    await runConnector(greet, { name: 'Ada', apiKey: 's3cr3t-key' }, ctx);
    expect(lines).toEqual(['info greeting with key ***']);
  });
});

const packageJson = {
  name: '@acme/baton-greet',
  version: '1.2.3',
  main: 'dist/index.js',
  baton: { id: 'acme-greet', name: { 'zh-CN': '问候', en: 'Greetings' }, sdk: '^0.1.0', connectors: ['acme:greet'], secrets: ['ACME_API_KEY'], permissions: { outboundHosts: ['api.acme.com', '*.acme.io'] } },
};

describe('plugin manifest', () => {
  it('reads a valid package.json', () => {
    expect(parsePluginManifest(packageJson)).toMatchObject({ id: 'acme-greet', packageName: '@acme/baton-greet', version: '1.2.3', connectors: ['acme:greet'], triggers: [] });
  });

  it('lists every problem by its path', () => {
    const bad = { name: '', version: '1.2', baton: { id: 'Acme!', name: { en: 'x' }, sdk: '', connectors: ['greet'], secrets: ['lower'], permissions: { outboundHosts: ['http://x'] } } };
    const error = (() => {
      try {
        parsePluginManifest(bad);
      } catch (e) {
        return e as ConnectorContractError;
      }
      throw new Error('no error');
    })();
    expect(error.code).toBe('INVALID_MANIFEST');
    expect(error.problems.map((p) => p.path).sort()).toEqual([
      'baton.connectors.0', 'baton.id', 'baton.name.zh-CN', 'baton.permissions.outboundHosts.0', 'baton.sdk', 'baton.secrets.0', 'main', 'name', 'version',
    ]);
  });

  it('checks the exported plugin against the manifest', () => {
    const manifest = parsePluginManifest(packageJson);
    expect(validatePluginDefinition(manifest, definePlugin({ connectors: [greet] })).connectors).toHaveLength(1);
    expect(() => validatePluginDefinition(manifest, definePlugin({ connectors: [] }))).toThrow(/acme:greet: Listed in the manifest but not exported/);
    expect(() => validatePluginDefinition(manifest, { default: 1 })).toThrow(ConnectorContractError);
    const trigger = defineTrigger({ type: 'acme:ping', version: '1.0.0', name: { 'zh-CN': '提醒', en: 'Ping' }, payload: z.object({}) });
    expect(() => validatePluginDefinition({ ...manifest, triggers: ['acme:pong'] }, definePlugin({ connectors: [greet], triggers: [trigger] }))).toThrow(/acme:pong/);
  });
});

describe('connectorElementTemplate', () => {
  it('describes the connector as a Camunda element template', () => {
    const template = connectorElementTemplate(greet);
    expect(template).toMatchObject({ id: 'acme:greet', name: 'Greet', version: 10203, elementType: { value: 'bpmn:ServiceTask' } });
    const properties = template.properties as Record<string, unknown>[];
    expect(properties[0]).toEqual({ type: 'Hidden', value: 'acme:greet', binding: { type: 'zeebe:taskDefinition', property: 'type' } });
    expect(properties).toContainEqual(expect.objectContaining({ label: 'Name', binding: { type: 'zeebe:input', name: 'name' }, constraints: { notEmpty: true } }));
    expect(properties).toContainEqual(expect.objectContaining({ type: 'Dropdown', value: 'plain', binding: { type: 'zeebe:input', name: 'tone' } }));
    expect(properties).toContainEqual(expect.objectContaining({ value: '{{secrets.API_KEY}}', binding: { type: 'zeebe:taskHeader', key: 'apiKey' } }));
    expect(properties.some((p) => JSON.stringify(p.binding).includes('"name":"apiKey"'))).toBe(false);
  });
});
