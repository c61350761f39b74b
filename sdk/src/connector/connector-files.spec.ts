import { z } from 'zod';
import { ConnectorContractError } from './connector-errors';
import { connectorFile, OpenFile, resolveConnectorFiles } from './connector-files';
import { defineConnector, definePlugin } from './define-connector';
import { parsePluginManifest, validatePluginDefinition } from './plugin-manifest';

const A = '0b7e7f8e-4a53-4c1e-9a63-3a1d2c4b5e6f';
const B = '9f0c2d1e-8b7a-4c6d-9e5f-1a2b3c4d5e6f';
const store: Record<string, { name: string; contentType: string; content: Buffer }> = {
  [A]: { name: '合同.pdf', contentType: 'application/pdf', content: Buffer.from('pdf-bytes') },
  [B]: { name: 'b.txt', contentType: 'text/plain', content: Buffer.alloc(600) },
};
const opened: string[] = [];
const open: OpenFile = async (id) => {
  opened.push(id);
  return store[id] ?? null;
};
beforeEach(() => (opened.length = 0));

const send = defineConnector({
  type: 'test:send', version: '1.0.0', name: { 'zh-CN': '发送', en: 'Send' },
  inputs: z.object({ attachments: z.array(connectorFile).default([]), note: z.string().optional() }),
  outputs: z.object({}),
  files: ['attachments'],
  execute: async () => ({}),
});

describe('resolveConnectorFiles', () => {
  it('turns a filepicker id, a list of ids and { fileId } items into name, type and base64 bytes', async () => {
    const inline = { filename: 'x.txt', contentBase64: 'eA==' };
    const out = await resolveConnectorFiles(send, { attachments: [A, { fileId: B }, inline], note: A }, open);
    expect(out.attachments).toEqual([
      { filename: '合同.pdf', contentType: 'application/pdf', contentBase64: Buffer.from('pdf-bytes').toString('base64') },
      { filename: 'b.txt', contentType: 'text/plain', contentBase64: Buffer.alloc(600).toString('base64') },
      inline,
    ]);
    // only declared file fields are read: the id in `note` stays text and is never opened
    expect(out.note).toBe(A);
    expect(opened).toEqual([A, B]);
    // one id (a single filepicker's value) becomes a list of one file
    expect((await resolveConnectorFiles(send, { attachments: A }, open)).attachments).toEqual([expect.objectContaining({ filename: '合同.pdf' })]);
  });

  it('names each unknown id (another workspace’s file reads as unknown) and the total over the limit', async () => {
    const unknown = '11111111-2222-4333-8444-555555555555';
    const error = await resolveConnectorFiles(send, { attachments: [A, unknown] }, open).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorContractError);
    expect((error as ConnectorContractError).problems).toEqual([{ path: 'attachments.1', message: { en: `No file ${unknown} in this workspace.`, 'zh-CN': `本工作区没有文件 ${unknown}。` } }]);
    const tooBig = await resolveConnectorFiles(send, { attachments: [A, B] }, open, 500).catch((e: unknown) => e);
    expect((tooBig as ConnectorContractError).problems[0]).toMatchObject({ path: 'attachments', message: { en: expect.stringContaining('over the 500-byte limit') } });
  });

  it('leaves values that are no file reference for the connector’s schema to judge', async () => {
    const out = await resolveConnectorFiles(send, { attachments: ['not-a-uuid', { fileId: A, extra: 1 }] }, open);
    expect(out.attachments).toEqual(['not-a-uuid', { fileId: A, extra: 1 }]);
    expect(opened).toEqual([]);
  });
});

describe('file fields in a plugin definition', () => {
  const manifest = parsePluginManifest({ name: 'pp', version: '1.0.0', main: 'index.js', baton: { id: 'pp', name: { 'zh-CN': 'pp', en: 'pp' }, sdk: '^0.1.0', connectors: ['test:send'] } });

  it('must be inputs, and not secrets', () => {
    const bad = defineConnector({ ...send, files: ['nope' as 'note'], secrets: ['note'] });
    const both = defineConnector({ ...send, files: ['note'], secrets: ['note'] });
    expect(() => validatePluginDefinition(manifest, definePlugin({ connectors: [send] }))).not.toThrow();
    expect(() => validatePluginDefinition(manifest, definePlugin({ connectors: [bad] }))).toThrow(/File field "nope" is not an input/);
    expect(() => validatePluginDefinition(manifest, definePlugin({ connectors: [both] }))).toThrow(/cannot be both a secret and a file field/);
  });
});
