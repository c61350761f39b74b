import { NotificationKind } from '../notification-kind.js';
import { formatDate, isTimeZone } from '../utils/format-date.util.js';
import { renderMail } from './render-mail.js';

const task = {
  recipientName: '王芳', workspaceName: 'Acme <研发>', taskName: '审批 <折扣> & 合同', processName: '续费审批',
  link: 'https://baton.example/inbox/p-1/t-1', isAssignee: true,
};

describe('renderMail', () => {
  it('renders a task mail in zh-CN: values escaped in HTML only, the link and the settings footer in both bodies', () => {
    // given a task assigned to a Chinese-speaking member, when rendered
    const mail = renderMail(NotificationKind.TASK_ASSIGNED, 'zh-CN', { ...task, dueDate: '2026年3月1日 GMT+8 18:00' }, 'https://baton.example/account');
    // then the subject and text carry the raw values, the HTML escapes them
    expect(mail.subject).toBe('分配给您的任务：审批 <折扣> & 合同（续费审批）');
    expect(mail.text).toContain('流程“续费审批”中的任务“审批 <折扣> & 合同”已分配给您。');
    expect(mail.text).toContain('截止时间：2026年3月1日 GMT+8 18:00');
    expect(mail.text).toContain('打开任务：https://baton.example/inbox/p-1/t-1');
    expect(mail.text).toContain('您收到此邮件是因为您是 Acme <研发> 的成员。 在账号设置中管理邮件通知: https://baton.example/account');
    expect(mail.html).toContain('<strong>审批 &lt;折扣&gt; &amp; 合同</strong>');
    expect(mail.html).toContain('<a href="https://baton.example/inbox/p-1/t-1">打开任务</a>');
    expect(mail.html).toContain('<html lang="zh-CN">');
    expect(mail.html).not.toContain('<折扣>');
  });

  it('words a candidate mail differently and leaves the due date out when there is none', () => {
    // given a task waiting to be claimed, without a due date, when rendered in English
    const mail = renderMail(NotificationKind.TASK_ASSIGNED, 'en', { ...task, isAssignee: false, recipientName: 'Li Lei' }, 'https://baton.example/account');
    // then
    expect(mail.subject).toBe('New task to claim: 审批 <折扣> & 合同 (续费审批)');
    expect(mail.text).toContain('is waiting for you or your group to claim it');
    expect(mail.text).not.toContain('Due:');
    expect(mail.html).not.toContain('Due:');
  });

  it.each([
    { kind: NotificationKind.TASK_SLA_REMINDER, en: 'Task due soon: ', zh: '任务即将到期：' },
    { kind: NotificationKind.TASK_ESCALATION, en: 'Overdue task escalated to you: ', zh: '任务已逾期并升级给您：' },
  ])('renders $kind in both languages', ({ kind, en, zh }) => {
    // given an SLA event, when rendered, then each language has its subject and both bodies
    for (const [locale, prefix] of [['en', en], ['zh-CN', zh]] as const) {
      const mail = renderMail(kind, locale, { ...task, dueDate: 'soon', assigneeName: 'Li Lei' }, 'https://baton.example/account');
      expect(mail.subject.startsWith(prefix)).toBe(true);
      expect(mail.text).toContain(task.link);
      expect(mail.html).toContain(`href="${task.link}"`);
    }
  });

  it('renders an invitation without a settings link', () => {
    // given an invitation, when rendered
    const mail = renderMail(NotificationKind.INVITATION, 'en', {
      inviterName: 'Zhang Wei', workspaceName: 'Acme', role: 'Member', link: 'https://baton.example/invite/abc', expiresAt: 'March 8, 2026',
    });
    // then the accept link is there and no opt-out link is offered
    expect(mail.subject).toBe('Zhang Wei invited you to Acme');
    expect(mail.text).toContain('Accept the invitation: https://baton.example/invite/abc');
    expect(mail.text).toContain('Sent by Baton on behalf of Acme.');
    expect(mail.html).not.toContain('account settings');
  });
});

describe('formatDate', () => {
  const at = new Date('2026-03-01T10:00:00Z');
  it.each([
    { locale: 'zh-CN' as const, zone: 'Asia/Shanghai', expected: ['2026年3月1日', '18:00'] },
    { locale: 'en' as const, zone: 'America/New_York', expected: ['March 1, 2026', '05:00', 'EST'] },
    { locale: 'zh-CN' as const, zone: null, expected: ['18:00'] },
    { locale: 'en' as const, zone: 'Not/AZone', expected: ['10:00', 'UTC'] },
  ])('$locale in $zone', ({ locale, zone, expected }) => {
    // given a UTC instant, when formatted for a reader, then it shows their wall-clock time
    const text = formatDate(at, locale, zone);
    for (const part of expected) expect(text).toContain(part);
  });

  it.each(['Asia/Shanghai', 'UTC', 'Europe/Berlin'])('accepts the zone %s', (zone) => expect(isTimeZone(zone)).toBe(true));
  it.each(['', 'Mars/Olympus', 'Asia/Shanghai; DROP', 'x'.repeat(65)])('refuses the zone "%s"', (zone) => expect(isTimeZone(zone)).toBe(false));
});
