export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export type Locale = 'en' | 'zh-CN';

export interface LocalizedText {
  en: string;
  'zh-CN': string;
}

export interface FieldProblem {
  key: string;
  message: LocalizedText;
  /** Which rule the value broke (`required`, `pattern`, …), where a validator names one. */
  rule?: string;
}

/**
 * Base of every feature exception. Features subclass it with their own enum of reasons and an exhaustive
 * reason → message map; the GraphQL filter turns it into an error with `extensions.code` and `fields`.
 */
export class BatonException extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly text: LocalizedText,
    readonly fields: FieldProblem[] = [],
  ) {
    super(text.en);
  }

  localized(locale: Locale): string {
    return this.text[locale];
  }
}

export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  return acceptLanguage && /^\s*zh/i.test(acceptLanguage) ? 'zh-CN' : 'en';
}
