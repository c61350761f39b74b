import type { LocalizedTemplates } from './template-types.js';

/** A task of the recipient's is due soon. */
export const taskSlaReminder: LocalizedTemplates = {
  'zh-CN': {
    subject: '任务即将到期：{{taskName}}（{{processName}}）',
    html: `<p>{{recipientName}}，您好：</p>
<p>流程“{{processName}}”中的任务<strong>{{taskName}}</strong>将于 {{dueDate}} 到期，请及时处理。</p>
<p><a href="{{link}}">打开任务</a></p>`,
    text: `{{recipientName}}，您好：

流程“{{processName}}”中的任务“{{taskName}}”将于 {{dueDate}} 到期，请及时处理。

打开任务：{{link}}`,
  },
  en: {
    subject: 'Task due soon: {{taskName}} ({{processName}})',
    html: `<p>Hello {{recipientName}},</p>
<p>The task <strong>{{taskName}}</strong> in “{{processName}}” is due {{dueDate}}.</p>
<p><a href="{{link}}">Open the task</a></p>`,
    text: `Hello {{recipientName}},

The task "{{taskName}}" in "{{processName}}" is due {{dueDate}}.

Open the task: {{link}}`,
  },
};
