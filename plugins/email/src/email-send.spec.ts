import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConnectorContext, maskingLogger, parsePluginManifest, runConnector, validatePluginDefinition } from '@baton/sdk';
import { resolvePublicHost, SsrfError } from '@baton/sdk/net';
import { runConnectorForTest } from '@baton/sdk/testing';
import plugin, { emailSend } from './index.js';
import { Received, startSmtpSink } from './test-support/smtp-sink.js';

let smtpServer: Awaited<ReturnType<typeof startSmtpSink>>;
let port: number;
let received: Received[];
const logs: string[] = [];

beforeAll(async () => {
  smtpServer = await startSmtpSink();
  ({ port, received } = smtpServer);
});
afterAll(() => smtpServer.close());
beforeEach(() => {
  received.length = 0;
  logs.length = 0;
});

/** What the host gives a job; the allow-list opens the loopback SMTP server of this test (as an admin would). */
const ctx = (jobId = 'job-7', allowHosts = [`127.0.0.1:${port}`]): ConnectorContext => ({
  jobId, workspaceId: 'ws', processInstanceId: 'pi', elementId: 'notify', attempt: 1,
  logger: maskingLogger(['smtp-s3cret'], (level, line) => logs.push(`${level} ${line}`)),
  fetch: () => Promise.reject(new Error('unused')),
  resolveHost: (host, smtpPort) => resolvePublicHost(host, smtpPort, allowHosts),
  signal: new AbortController().signal,
});

const smtp = () => ({ smtpHost: '127.0.0.1', smtpPort: port, smtpUser: 'baton', smtpPassword: 'smtp-s3cret' });

describe('baton:email:send', () => {
  it('delivers to to/cc/bcc with both bodies from zh-CN templates, non-ASCII names and an attachment', async () => {
    const pdf = Buffer.from('%PDF-1.4 续约合同');
    const out = await runConnector(emailSend, {
      ...smtp(),
      from: '"接力 Baton" <noreply@baton.example>', replyTo: 'sales@baton.example',
      to: '王芳 <wang.fang@example.com>, li.lei@example.com', cc: ['finance@example.com'], bcc: 'audit@example.com',
      locale: 'zh-CN',
      subject: { 'zh-CN': '续费审批：{{customer}}', en: 'Renewal approval: {{customer}}' },
      html: { 'zh-CN': '<p>客户 <b>{{customer}}</b> 折扣 {{discount}}%</p>' },
      text: { 'zh-CN': '客户 {{customer}} 折扣 {{discount}}%' },
      data: { customer: '华为 <R&D>', discount: 18 },
      attachments: [{ filename: '合同.pdf', contentBase64: pdf.toString('base64'), contentType: 'application/pdf' }],
    }, ctx());
    expect(out).toMatchObject({ messageId: '<job-7@baton.local>', rejected: [] });
    expect(received).toHaveLength(1);
    const [{ envelope, mail }] = received;
    expect(envelope.to.sort()).toEqual(['audit@example.com', 'finance@example.com', 'li.lei@example.com', 'wang.fang@example.com']);
    expect(mail.subject).toBe('续费审批：华为 <R&D>');
    expect(mail.from?.value[0]).toMatchObject({ name: '接力 Baton', address: 'noreply@baton.example' });
    expect((mail.to as { value: { name: string; address: string }[] }).value[0]).toMatchObject({ name: '王芳', address: 'wang.fang@example.com' });
    expect(mail.html).toContain('<b>华为 &lt;R&amp;D&gt;</b>');
    expect(mail.text?.trim()).toBe('客户 华为 <R&D> 折扣 18%');
    expect(mail.attachments[0]).toMatchObject({ filename: '合同.pdf', contentType: 'application/pdf' });
    expect(mail.attachments[0].content.equals(pdf)).toBe(true);
    expect(mail.messageId).toBe('<job-7@baton.local>');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(logs.join('\n')).not.toContain('smtp-s3cret');
  });

  it('uses the English template when asked, falling back to the other language', async () => {
    await runConnector(emailSend, { ...smtp(), from: 'noreply@baton.example', to: 'a@example.com', locale: 'en', subject: { 'zh-CN': '提醒', en: 'Reminder' }, text: { 'zh-CN': '请处理' } }, ctx());
    expect(received[0].mail.subject).toBe('Reminder');
    expect(received[0].mail.text?.trim()).toBe('请处理');
  });

  it('fails on a wrong SMTP password, so the job is retried and then becomes an incident', async () => {
    await expect(runConnector(emailSend, { ...smtp(), smtpPassword: 'wrong', from: 'n@baton.example', to: 'a@example.com', subject: 'x', text: 'y' }, ctx())).rejects.toThrow(/Invalid login|Invalid username/i);
    expect(received).toHaveLength(0);
  });

  it('names invalid inputs: bad addresses, no body', async () => {
    await expect(runConnector(emailSend, { ...smtp(), from: 'n@baton.example', to: 'not-an-address', subject: 'x', text: 'y' }, ctx())).rejects.toMatchObject({
      code: 'INVALID_INPUT', problems: [expect.objectContaining({ path: 'to.0' })],
    });
    await expect(runConnector(emailSend, { ...smtp(), from: 'n@baton.example', to: 'a@example.com', subject: 'x' }, ctx())).rejects.toThrow('Give an html or a text body.');
  });

  it('attaches record files by id (a filepicker value or { fileId }) with their bytes and non-ASCII names', async () => {
    const contract = { id: '0b7e7f8e-4a53-4c1e-9a63-3a1d2c4b5e6f', name: '续约合同.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7 合同正文') };
    const sheet = { id: '9f0c2d1e-8b7a-4c6d-9e5f-1a2b3c4d5e6f', name: 'quote.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: Buffer.from([0x50, 0x4b, 3, 4, 0, 255]) };
    const files = Object.fromEntries([contract, sheet].map((f) => [f.id, f]));
    // given two workspace files, one as a bare id and one as { fileId }
    await runConnectorForTest(emailSend, {
      inputs: { smtpHost: '127.0.0.1', smtpPort: port, smtpUser: 'baton', from: 'n@baton.example', to: 'a@example.com', subject: '合同', text: '见附件', attachments: [contract.id, { fileId: sheet.id }] },
      secrets: { smtpPassword: 'smtp-s3cret' }, files, allowHosts: [`127.0.0.1:${port}`],
    });
    // then both arrive with their names, types and exact bytes
    const attachments = received[0].mail.attachments;
    expect(attachments.map((a) => a.filename)).toEqual(['续约合同.pdf', 'quote.xlsx']);
    expect(attachments[0].contentType).toBe('application/pdf');
    expect(attachments[0].content.equals(contract.content)).toBe(true);
    expect(attachments[1].content.equals(sheet.content)).toBe(true);
  });

  it('refuses a file id the workspace does not have, naming the item, and sends nothing', async () => {
    const run = runConnectorForTest(emailSend, {
      inputs: { smtpHost: '127.0.0.1', smtpPort: port, from: 'n@baton.example', to: 'a@example.com', subject: 'x', text: 'y', attachments: ['11111111-2222-4333-8444-555555555555'] },
      allowHosts: [`127.0.0.1:${port}`],
    });
    await expect(run).rejects.toMatchObject({ code: 'INVALID_INPUT', problems: [expect.objectContaining({ path: 'attachments.0' })] });
    expect(received).toHaveLength(0);
  });

  it.each([
    ['the loopback SMTP server when no allow-list names it', '127.0.0.1', 'blocked-address'],
    ['the cloud metadata address', '169.254.169.254', 'blocked-address'],
    ['an IPv4-mapped loopback address', '::ffff:127.0.0.1', 'blocked-address'],
    ['a private address', '10.0.0.25', 'blocked-address'],
  ])('refuses to connect to %s (SSRF)', async (_title, host, reason) => {
    const error = await runConnector(emailSend, { ...smtp(), smtpHost: host, from: 'n@baton.example', to: 'a@example.com', subject: 'x', text: 'y' }, ctx('job-8', [])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SsrfError);
    expect((error as SsrfError).reason).toBe(reason);
    expect(received).toHaveLength(0);
  });

  it('ships a manifest that matches its export', () => {
    const manifest = parsePluginManifest(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')));
    expect(validatePluginDefinition(manifest, plugin).connectors.map((c) => c.type)).toEqual(['baton:email:send']);
  });
});
