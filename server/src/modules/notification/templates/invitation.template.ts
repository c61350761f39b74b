import type { LocalizedTemplates } from './template-types.js';

/** An invitation to join a workspace, with the accept link. */
export const invitation: LocalizedTemplates = {
  'zh-CN': {
    subject: '{{inviterName}} 邀请您加入 {{workspaceName}}',
    html: `<p>您好：</p>
<p>{{inviterName}} 邀请您以<strong>{{role}}</strong>身份加入 Baton 工作区“{{workspaceName}}”。</p>
<p><a href="{{link}}">接受邀请</a></p>
<p>该链接将于 {{expiresAt}} 失效。如果您不认识邀请人，请忽略本邮件。</p>`,
    text: `您好：

{{inviterName}} 邀请您以“{{role}}”身份加入 Baton 工作区“{{workspaceName}}”。

接受邀请：{{link}}

该链接将于 {{expiresAt}} 失效。如果您不认识邀请人，请忽略本邮件。`,
  },
  en: {
    subject: '{{inviterName}} invited you to {{workspaceName}}',
    html: `<p>Hello,</p>
<p>{{inviterName}} invited you to join the Baton workspace “{{workspaceName}}” as <strong>{{role}}</strong>.</p>
<p><a href="{{link}}">Accept the invitation</a></p>
<p>The link expires {{expiresAt}}. If you do not know who sent it, ignore this mail.</p>`,
    text: `Hello,

{{inviterName}} invited you to join the Baton workspace "{{workspaceName}}" as {{role}}.

Accept the invitation: {{link}}

The link expires {{expiresAt}}. If you do not know who sent it, ignore this mail.`,
  },
};
