import type { LocalizedTemplates } from './template-types.js';

/** A task is overdue and escalated to the recipient (a manager, a supervising group). */
export const taskEscalation: LocalizedTemplates = {
  'zh-CN': {
    subject: '任务已逾期并升级给您：{{taskName}}（{{processName}}）',
    html: `<p>{{recipientName}}，您好：</p>
<p>流程“{{processName}}”中的任务<strong>{{taskName}}</strong>{{#if dueDate}}已于 {{dueDate}} 到期，{{/if}}尚未完成，现升级给您处理。</p>
{{#if assigneeName}}<p>当前处理人：{{assigneeName}}</p>{{/if}}
<p><a href="{{link}}">打开任务</a></p>`,
    text: `{{recipientName}}，您好：

流程“{{processName}}”中的任务“{{taskName}}”{{#if dueDate}}已于 {{dueDate}} 到期，{{/if}}尚未完成，现升级给您处理。
{{#if assigneeName}}当前处理人：{{assigneeName}}
{{/if}}
打开任务：{{link}}`,
  },
  en: {
    subject: 'Overdue task escalated to you: {{taskName}} ({{processName}})',
    html: `<p>Hello {{recipientName}},</p>
<p>The task <strong>{{taskName}}</strong> in “{{processName}}” is not done{{#if dueDate}} although it was due {{dueDate}}{{/if}}, and has been escalated to you.</p>
{{#if assigneeName}}<p>Currently with: {{assigneeName}}</p>{{/if}}
<p><a href="{{link}}">Open the task</a></p>`,
    text: `Hello {{recipientName}},

The task "{{taskName}}" in "{{processName}}" is not done{{#if dueDate}} although it was due {{dueDate}}{{/if}}, and has been escalated to you.
{{#if assigneeName}}Currently with: {{assigneeName}}
{{/if}}
Open the task: {{link}}`,
  },
};
