// The `notifications` key of the message trees (registered in src/i18n/zh-CN.ts and en.ts).
export const notificationsZhCN = {
  title: '邮件通知',
  intro: '选择您在本工作区希望收到哪些邮件。',
  emailOff: '本工作区尚未设置邮件发送（SMTP），管理员设置后这些选项才会生效。',
  kinds: {
    TASK_ASSIGNED: '新任务',
    TASK_SLA_REMINDER: '任务即将到期提醒',
    TASK_ESCALATION: '逾期任务升级',
  },
  hints: {
    TASK_ASSIGNED: '有任务分配给您，或有您（或您所在的组）可认领的任务时。',
    TASK_SLA_REMINDER: '您的任务快到截止时间时。',
    TASK_ESCALATION: '他人的任务逾期并升级给您时。',
  },
  timeZone: '邮件中的时间按此时区显示',
  timeZoneAuto: '按语言自动（中文：北京时间；英文：UTC）',
  useBrowserZone: '使用本机时区（{zone}）',
  saved: '已保存',
};

export const notificationsEn: typeof notificationsZhCN = {
  title: 'Email notifications',
  intro: 'Choose which mail you get in this workspace.',
  emailOff: 'This workspace has not set up sending mail (SMTP) yet; these choices take effect once an admin does.',
  kinds: {
    TASK_ASSIGNED: 'New tasks',
    TASK_SLA_REMINDER: 'Due-date reminders',
    TASK_ESCALATION: 'Overdue task escalations',
  },
  hints: {
    TASK_ASSIGNED: 'A task is assigned to you, or waiting for you or your group to claim it.',
    TASK_SLA_REMINDER: 'A task of yours is close to its due date.',
    TASK_ESCALATION: 'Someone else’s task is overdue and escalated to you.',
  },
  timeZone: 'Times in mail are shown in',
  timeZoneAuto: 'By language (Chinese: Beijing time; English: UTC)',
  useBrowserZone: 'Use this device’s zone ({zone})',
  saved: 'Saved',
};
