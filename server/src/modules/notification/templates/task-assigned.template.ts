import type { LocalizedTemplates } from './template-types.js';

/** A new task for the recipient: assigned to them, or waiting for them to claim it (candidate user or group). */
export const taskAssigned: LocalizedTemplates = {
  'zh-CN': {
    subject: '{{#if isAssignee}}分配给您的任务{{else}}待认领任务{{/if}}：{{taskName}}（{{processName}}）',
    html: `<p>{{recipientName}}，您好：</p>
<p>{{#if isAssignee}}流程“{{processName}}”中的任务<strong>{{taskName}}</strong>已分配给您。{{else}}流程“{{processName}}”中有一项任务<strong>{{taskName}}</strong>等待您或您所在的组认领。{{/if}}</p>
{{#if dueDate}}<p>截止时间：{{dueDate}}</p>{{/if}}
<p><a href="{{link}}">打开任务</a></p>`,
    text: `{{recipientName}}，您好：

{{#if isAssignee}}流程“{{processName}}”中的任务“{{taskName}}”已分配给您。{{else}}流程“{{processName}}”中有一项任务“{{taskName}}”等待您或您所在的组认领。{{/if}}
{{#if dueDate}}截止时间：{{dueDate}}
{{/if}}
打开任务：{{link}}`,
  },
  en: {
    subject: '{{#if isAssignee}}Task assigned to you{{else}}New task to claim{{/if}}: {{taskName}} ({{processName}})',
    html: `<p>Hello {{recipientName}},</p>
<p>{{#if isAssignee}}The task <strong>{{taskName}}</strong> in “{{processName}}” has been assigned to you.{{else}}The task <strong>{{taskName}}</strong> in “{{processName}}” is waiting for you or your group to claim it.{{/if}}</p>
{{#if dueDate}}<p>Due: {{dueDate}}</p>{{/if}}
<p><a href="{{link}}">Open the task</a></p>`,
    text: `Hello {{recipientName}},

{{#if isAssignee}}The task "{{taskName}}" in "{{processName}}" has been assigned to you.{{else}}The task "{{taskName}}" in "{{processName}}" is waiting for you or your group to claim it.{{/if}}
{{#if dueDate}}Due: {{dueDate}}
{{/if}}
Open the task: {{link}}`,
  },
};
