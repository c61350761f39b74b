import { defineException } from '../../common/errors/define-exception.js';

export const NotificationException = defineException('NotificationException', {
  NOT_OPTIONAL: {
    code: 'BAD_USER_INPUT',
    en: 'Notifications of kind {kind} cannot be switched off: they go to people who are not members yet.',
    zh: '{kind} 类通知不能关闭：它们发给尚未加入的人。',
  },
  NOT_A_TASK_KIND: { code: 'BAD_USER_INPUT', en: '{kind} is not a task notification.', zh: '{kind} 不是任务通知。' },
  TASK_NOT_FOUND: { code: 'NOT_FOUND', en: 'There is no task {id} in this workspace.', zh: '本工作区没有任务 {id}。' },
  SMTP_HOST_REFUSED: {
    code: 'BAD_USER_INPUT',
    en: 'SMTP host {host} is refused: {detail}. An admin can allow an internal mail server in the outbound allow-list.',
    zh: 'SMTP 主机 {host} 被拒绝：{detail}。管理员可以在出站允许列表中允许内部邮件服务器。',
  },
  NO_SMTP_SETTINGS: {
    code: 'NOT_FOUND',
    en: 'This workspace has no SMTP settings yet; an admin sets them first.',
    zh: '本工作区尚未设置 SMTP，请管理员先设置。',
  },
});
