import type { MailLocale } from './template-types.js';

/** The frame around every HTML body, and the footer every mail ends with (how to stop it, where there is a way). */
export const layout = {
  html: `<!doctype html>
<html lang="{{lang}}"><head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="font-family:-apple-system,'PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif;font-size:14px;line-height:1.6;color:#1f2329">
{{{body}}}
<hr style="border:none;border-top:1px solid #e5e6eb;margin:24px 0 12px">
<p style="color:#86909c;font-size:12px">{{footer}}{{#if settingsLink}} <a href="{{settingsLink}}" style="color:#86909c">{{settingsLabel}}</a>{{/if}}</p>
</body></html>`,
  text: `{{{body}}}

--
{{footer}}{{#if settingsLink}} {{settingsLabel}}: {{settingsLink}}{{/if}}`,
};

export const footers: Record<MailLocale, { member: string; invitation: string; settings: string }> = {
  'zh-CN': {
    member: '您收到此邮件是因为您是 {{workspaceName}} 的成员。',
    invitation: '此邮件由 Baton 代 {{workspaceName}} 发送。',
    settings: '在账号设置中管理邮件通知',
  },
  en: {
    member: 'You get this mail as a member of {{workspaceName}}.',
    invitation: 'Sent by Baton on behalf of {{workspaceName}}.',
    settings: 'Manage email notifications in your account settings',
  },
};
