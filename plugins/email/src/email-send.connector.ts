import { isIP } from 'node:net';
import { connectorFile, defineConnector } from '@baton/sdk';
import Handlebars from 'handlebars';
import nodemailer from 'nodemailer';
import { z } from 'zod';

/** `a@example.com` or `Name <a@example.com>` (display names may be Chinese). */
const isAddress = (value: string): boolean => z.email().safeParse(/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).success;

const addresses = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[,;，；]/)).map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(z.string().refine(isAddress, 'Invalid email address')));

const localized = z.union([z.string(), z.object({ 'zh-CN': z.string().optional(), en: z.string().optional() })]);

const inputs = z.object({
  smtpHost: z.string().min(1).describe('SMTP host'),
  smtpPort: z.number().int().min(1).max(65535).default(587).describe('SMTP port'),
  smtpSecure: z.boolean().default(false).describe('TLS from the start (port 465); otherwise STARTTLS when offered'),
  smtpUser: z.string().optional().describe('SMTP user'),
  smtpPassword: z.string().optional().describe('SMTP password'),
  from: z.string().min(3).describe('From'),
  replyTo: z.string().optional().describe('Reply-To'),
  to: addresses.describe('To'),
  cc: addresses.default([]).describe('Cc'),
  bcc: addresses.default([]).describe('Bcc'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN').describe('Language of the templates'),
  subject: localized.describe('Subject (Handlebars)'),
  html: localized.optional().describe('HTML body (Handlebars, values escaped)'),
  text: localized.optional().describe('Text body (Handlebars)'),
  data: z.record(z.string(), z.unknown()).default({}).describe('Template data'),
  // record files by id (a filepicker field's value, e.g. `=contract`) arrive here as name, type and bytes: see `files`
  attachments: z.array(connectorFile).max(20).default([]).describe('Attachments (file ids of record fields)'),
});

const outputs = z.object({ messageId: z.string(), accepted: z.array(z.string()), rejected: z.array(z.string()) });

/** The template for the locale, falling back to the other language, then to the plain string. */
function pick(template: z.infer<typeof localized> | undefined, locale: 'zh-CN' | 'en'): string | undefined {
  if (template === undefined || typeof template === 'string') return template;
  return template[locale] ?? template[locale === 'en' ? 'zh-CN' : 'en'];
}

const render = (template: string | undefined, data: object, escape: boolean): string | undefined =>
  template === undefined ? undefined : Handlebars.compile(template, { noEscape: !escape, strict: false })(data);

/**
 * Sends one message over SMTP (nodemailer); the Message-ID is derived from the job id, so a retried job reuses it.
 * Attachments are record files by id (the host reads them from the workspace's file store) or inline base64.
 */
export const emailSend = defineConnector({
  type: 'baton:email:send',
  version: '0.1.0',
  name: { 'zh-CN': '发送邮件', en: 'Send email' },
  description: { 'zh-CN': '通过 SMTP 发送中英文模板邮件，可带附件', en: 'Sends a templated zh-CN/en message over SMTP, with attachments' },
  inputs,
  outputs,
  secrets: ['smtpPassword'],
  files: ['attachments'],
  async execute(ctx, input) {
    if (input.to.length + input.cc.length + input.bcc.length === 0) throw new Error('No recipient: give to, cc or bcc.');
    const html = render(pick(input.html, input.locale), input.data, true);
    const text = render(pick(input.text, input.locale), input.data, false);
    if (html === undefined && text === undefined) throw new Error('Give an html or a text body.');
    // the SMTP host passes the SSRF rule (allow-list aside, no loopback, private or metadata address) and the
    // connection goes to the address that was checked; TLS still verifies the host name
    const address = await ctx.resolveHost(input.smtpHost, input.smtpPort);
    const transport = nodemailer.createTransport({
      host: address, port: input.smtpPort, secure: input.smtpSecure,
      tls: isIP(input.smtpHost) ? undefined : { servername: input.smtpHost },
      auth: input.smtpUser ? { user: input.smtpUser, pass: input.smtpPassword ?? '' } : undefined,
      connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000,
    });
    try {
      const info = await transport.sendMail({
        messageId: `<${ctx.jobId}@baton.local>`,
        from: input.from, replyTo: input.replyTo, to: input.to, cc: input.cc, bcc: input.bcc,
        subject: render(pick(input.subject, input.locale), input.data, false) ?? '',
        html, text,
        attachments: input.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.contentBase64, 'base64'), contentType: a.contentType })),
      });
      ctx.logger.info(`sent ${info.messageId} to ${info.accepted.length} recipient(s)`);
      const list = (values: (string | { address: string })[]) => values.map((v) => (typeof v === 'string' ? v : v.address));
      return { messageId: info.messageId, accepted: list(info.accepted), rejected: list(info.rejected) };
    } finally {
      transport.close();
    }
  },
});
