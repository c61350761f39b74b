export type MailLocale = 'zh-CN' | 'en';

/** Handlebars sources of one mail in one language: the subject and text are not escaped, the HTML body is. */
export interface MailTemplate {
  subject: string;
  html: string;
  text: string;
}

export type LocalizedTemplates = Record<MailLocale, MailTemplate>;
