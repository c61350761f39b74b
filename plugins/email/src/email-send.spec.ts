import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ConnectorContext, maskingLogger, parsePluginManifest, runConnector, validatePluginDefinition } from '@baton/sdk';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import plugin, { emailSend } from './index.js';

interface Received {
  envelope: { from: string; to: string[] };
  mail: ParsedMail;
}

let server: SMTPServer;
let port: number;
const received: Received[] = [];
const logs: string[] = [];

beforeAll(async () => {
  // A real SMTP server on loopback: AUTH PLAIN/LOGIN checked, no TLS (so the test needs no certificates).
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === 'baton' && auth.password === 'smtp-s3cret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    async onData(stream, session, callback) {
      const mail = await simpleParser(stream);
      received.push({ envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) }, mail });
      callback();
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  received.length = 0;
  logs.length = 0;
});

const ctx = (jobId = 'job-7'): ConnectorContext => ({
  jobId, workspaceId: 'ws', processInstanceId: 'pi', elementId: 'notify', attempt: 1,
  logger: maskingLogger(['smtp-s3cret'], (level, line) => logs.push(`${level} ${line}`)),
  fetch: () => Promise.reject(new Error('unused')),
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

  it('ships a manifest that matches its export', () => {
    const manifest = parsePluginManifest(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')));
    expect(validatePluginDefinition(manifest, plugin).connectors.map((c) => c.type)).toEqual(['baton:email:send']);
  });
});
