import Handlebars from 'handlebars';
import { NotificationKind } from '../notification-kind.js';
import { invitation } from './invitation.template.js';
import { footers, layout } from './layout.template.js';
import { taskAssigned } from './task-assigned.template.js';
import { taskEscalation } from './task-escalation.template.js';
import { taskSlaReminder } from './task-sla-reminder.template.js';
import type { LocalizedTemplates, MailLocale } from './template-types.js';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

const TEMPLATES: Record<NotificationKind, LocalizedTemplates> = {
  [NotificationKind.TASK_ASSIGNED]: taskAssigned,
  [NotificationKind.TASK_SLA_REMINDER]: taskSlaReminder,
  [NotificationKind.TASK_ESCALATION]: taskEscalation,
  [NotificationKind.INVITATION]: invitation,
};

// Our own instance: no helper or partial registered elsewhere changes what these templates do.
const handlebars = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

function run(source: string, data: object, escape: boolean): string {
  const key = `${escape ? 'h' : 't'}:${source}`;
  let template = compiled.get(key);
  if (!template) {
    template = handlebars.compile(source, { noEscape: !escape, strict: false });
    compiled.set(key, template);
  }
  return template(data);
}

/**
 * One notification mail in the recipient's language: the subject and the text body unescaped, the HTML body with
 * every value escaped, both in the common frame with a footer. `settingsLink` (the account page) is where a member
 * turns a kind off; invitations have none.
 */
export function renderMail(kind: NotificationKind, locale: MailLocale, data: Record<string, unknown>, settingsLink?: string): RenderedMail {
  const template = TEMPLATES[kind][locale];
  const subject = run(template.subject, data, false).replace(/\s+/g, ' ').trim();
  const footerText = footers[locale];
  const frame = {
    lang: locale, subject,
    footer: run(settingsLink ? footerText.member : footerText.invitation, data, false),
    settingsLink, settingsLabel: footerText.settings,
  };
  return {
    subject,
    html: run(layout.html, { ...frame, body: run(template.html, data, true) }, true),
    text: run(layout.text, { ...frame, body: run(template.text, data, false) }, false),
  };
}
