/**
 * Serial-number patterns (流水号) such as `RN-{yyyy}{MM}-{0000}`: literal text, date tokens and exactly one
 * counter token whose zeros give the minimum width. The date tokens present define the period the counter
 * restarts in: `{yyyy}{MM}` restarts monthly, no date token never restarts.
 */
const TOKEN = /\{([^{}]*)\}/g;
const DATE_TOKENS = ['yyyy', 'yy', 'MM', 'dd'] as const;
type DateToken = (typeof DATE_TOKENS)[number];

export interface SerialPattern {
  source: string;
  width: number;
  dateTokens: DateToken[];
  timeZone: string;
}

/** Returns the parsed pattern, or the reason it is not one (English; the caller localises). */
export function parseSerialPattern(source: unknown, timeZone: unknown = 'UTC'): SerialPattern | { problem: string } {
  if (typeof source !== 'string' || source.length === 0 || source.length > 100) {
    return { problem: 'pattern must be text of 1–100 characters, such as RN-{yyyy}{MM}-{0000}' };
  }
  const zone = typeof timeZone === 'string' ? timeZone : 'UTC';
  if (!isTimeZone(zone)) return { problem: `unknown time zone "${zone}"` };
  let width = 0;
  let counters = 0;
  const dateTokens: DateToken[] = [];
  for (const [, token] of source.matchAll(TOKEN)) {
    if (/^0{1,12}$/.test(token)) {
      counters += 1;
      width = token.length;
    } else if ((DATE_TOKENS as readonly string[]).includes(token)) {
      dateTokens.push(token as DateToken);
    } else {
      return { problem: `unknown token {${token}}; use {yyyy}, {yy}, {MM}, {dd} and one counter like {0000}` };
    }
  }
  if (counters !== 1) return { problem: 'pattern needs exactly one counter token, such as {0000}' };
  return { source, width, dateTokens, timeZone: zone };
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (imports number 100,000 rows). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dateParts(at: Date, timeZone: string): Record<DateToken, string> {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const yyyy = get('year');
  return { yyyy, yy: yyyy.slice(-2), MM: get('month'), dd: get('day') };
}

/** The counter's period at a moment: the pattern's date tokens, finest last (`202605`). */
export function periodOf(pattern: SerialPattern, at: Date): string {
  const parts = dateParts(at, pattern.timeZone);
  const has = (token: DateToken) => pattern.dateTokens.includes(token);
  return [has('yyyy') || has('yy') ? parts.yyyy : '', has('MM') ? parts.MM : '', has('dd') ? parts.dd : ''].join('');
}

export function formatSerial(pattern: SerialPattern, at: Date, counter: number): string {
  return serialFormatter(pattern, at)(counter);
}

/** formatSerial for many numbers taken at one moment (an import's block): the date is formatted once. */
export function serialFormatter(pattern: SerialPattern, at: Date): (counter: number) => string {
  const parts = dateParts(at, pattern.timeZone);
  const pieces = pattern.source.split(TOKEN).map((piece, i) => (i % 2 === 0 ? piece : /^0+$/.test(piece) ? null : parts[piece as DateToken]));
  return (counter) => pieces.map((piece) => piece ?? String(counter).padStart(pattern.width, '0')).join('');
}

function isTimeZone(zone: string): boolean {
  if (dayFormats.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
