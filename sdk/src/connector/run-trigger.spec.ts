import { z } from 'zod';
import { ConnectorContractError } from './connector-errors';
import { defineTrigger } from './define-connector';
import { runTrigger } from './run-trigger';

const ctx = { workspaceId: 'ws', logger: { info: () => undefined, warn: () => undefined, error: () => undefined } };
const leadCreated = defineTrigger({
  type: 'acme:lead-created',
  version: '1.0.0',
  name: { 'zh-CN': '新线索', en: 'Lead created' },
  payload: z.object({ id: z.string(), email: z.email() }),
  // the payload is typed from the schema: no casts
  map: (_ctx, payload) => ({ messageName: 'lead', correlationKey: payload.id.length, variables: { email: payload.email }, messageId: `d-${payload.id}` }),
});

describe('runTrigger', () => {
  it('checks the payload, maps it and settles the message (key as text)', async () => {
    // given a valid payload / when run / then the mapped message
    await expect(runTrigger(leadCreated, { id: 'L1', email: 'a@b.cn' }, ctx)).resolves.toEqual({ messageName: 'lead', correlationKey: '2', variables: { email: 'a@b.cn' }, messageId: 'd-L1' });
  });

  it('without map, publishes an object payload as variables under the trigger type', async () => {
    const plain = defineTrigger({ type: 'acme:ping', version: '1.0.0', name: { 'zh-CN': '提醒', en: 'Ping' }, payload: z.object({ n: z.number() }) });
    await expect(runTrigger(plain, { n: 1 }, ctx)).resolves.toEqual({ messageName: 'acme:ping', correlationKey: null, variables: { n: 1 }, messageId: null });
  });

  it.each([
    { title: 'a payload against the schema', trigger: leadCreated, payload: { id: 'L1', email: 'nope' }, code: 'INVALID_INPUT', path: 'email' },
    { title: 'a mapping with an unknown field', trigger: defineTrigger({ ...leadCreated, map: () => ({ variables: {}, extra: 1 }) as never }), payload: { id: 'L1', email: 'a@b.cn' }, code: 'INVALID_OUTPUT', path: '(payload)' },
    { title: 'variables that are not an object', trigger: defineTrigger({ ...leadCreated, map: () => ({ variables: [1] }) as never }), payload: { id: 'L1', email: 'a@b.cn' }, code: 'INVALID_OUTPUT', path: 'variables' },
  ])('refuses $title, naming the path', async ({ trigger, payload, code, path }) => {
    const error = await runTrigger(trigger, payload, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorContractError);
    expect(error).toMatchObject({ code, problems: [expect.objectContaining({ path })] });
  });

  it('lets an error thrown by map through', async () => {
    const broken = defineTrigger({ ...leadCreated, map: () => { throw new Error('format changed'); } });
    await expect(runTrigger(broken, { id: 'L1', email: 'a@b.cn' }, ctx)).rejects.toThrow('format changed');
  });
});
