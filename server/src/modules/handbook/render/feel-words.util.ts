import type { Locale } from '../../../common/errors/baton.exception.js';

/** Labels of the variables a condition may name (form field keys → labels). */
export type Labels = ReadonlyMap<string, string>;

const OPS: Record<string, { en: string; zh: string }> = {
  '>=': { en: 'is at least', zh: '大于或等于' },
  '<=': { en: 'is at most', zh: '小于或等于' },
  '!=': { en: 'is not', zh: '不等于' },
  '=': { en: 'is', zh: '等于' },
  '>': { en: 'is greater than', zh: '大于' },
  '<': { en: 'is less than', zh: '小于' },
};

const COMPARISON = /^([A-Za-z_][\w.]*)\s*(>=|<=|!=|=|>|<)\s*("[^"]*"|-?\d+(?:\.\d+)?|true|false|null|[A-Za-z_][\w.]*)$/;
const NAME = /^[A-Za-z_][\w.]*$/;

/**
 * A FEEL condition in plain words for the handbook: comparisons of variables with literals joined by `and`/`or`,
 * `not(x)` and bare booleans. Anything else is returned as null, and the caller shows the expression itself.
 */
export function conditionInWords(expression: string, labels: Labels, lang: Locale): string | null {
  const text = expression.trim().replace(/^=/, '').trim();
  for (const [word, en, zh] of [['or', ' or ', ' 或 '], ['and', ' and ', ' 且 ']] as const) {
    const parts = splitTopLevel(text, word);
    if (parts.length > 1) {
      const words = parts.map((part) => conditionInWords(part, labels, lang));
      return words.every((w): w is string => w !== null) ? words.join(lang === 'zh-CN' ? zh : en) : null;
    }
  }
  if (text.startsWith('(') && text.endsWith(')') && balanced(text.slice(1, -1))) return conditionInWords(text.slice(1, -1), labels, lang);
  const negated = /^not\s*\((.*)\)$/s.exec(text);
  if (negated && balanced(negated[1])) {
    const inner = negated[1].trim();
    if (NAME.test(inner)) return lang === 'zh-CN' ? `${label(inner, labels)}为否` : `${label(inner, labels)} is no`;
    const words = conditionInWords(inner, labels, lang);
    return words === null ? null : lang === 'zh-CN' ? `并非（${words}）` : `not (${words})`;
  }
  if (NAME.test(text) && !['true', 'false', 'null'].includes(text)) return lang === 'zh-CN' ? `${label(text, labels)}为是` : `${label(text, labels)} is yes`;
  const match = COMPARISON.exec(text);
  if (!match) return null;
  const [, left, op, right] = match;
  const value = literal(right, labels, lang);
  return lang === 'zh-CN' ? `${label(left, labels)}${OPS[op].zh} ${value}` : `${label(left, labels)} ${OPS[op].en} ${value}`;
}

function label(name: string, labels: Labels): string {
  return labels.get(name) ?? name;
}

function literal(value: string, labels: Labels, lang: Locale): string {
  if (value === 'true') return lang === 'zh-CN' ? '是' : 'yes';
  if (value === 'false') return lang === 'zh-CN' ? '否' : 'no';
  if (value === 'null') return lang === 'zh-CN' ? '空' : 'empty';
  if (value.startsWith('"')) return `“${value.slice(1, -1)}”`;
  return NAME.test(value) ? label(value, labels) : value;
}

/** Splits on a keyword outside quotes and parentheses. */
function splitTopLevel(text: string, keyword: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (quoted) continue;
    if (c === '(' || c === '[') depth++;
    if (c === ')' || c === ']') depth--;
    if (depth === 0 && text.startsWith(` ${keyword} `, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + keyword.length + 2;
      i = start - 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

const UNITS: [RegExp, string, string][] = [
  [/(\d+)Y/, 'year', '年'], [/(\d+)M(?![^T]*T)/, 'month', '个月'], [/(\d+)W/, 'week', '周'], [/(\d+)D/, 'day', '天'],
];
const TIME_UNITS: [RegExp, string, string][] = [[/(\d+)H/, 'hour', '小时'], [/(\d+)M/, 'minute', '分钟'], [/(\d+)S/, 'second', '秒']];

/** `P2D` → "2 days" / "2天", `PT4H30M` → "4 hours 30 minutes"; null when not an ISO 8601 duration. */
export function durationInWords(iso: string, lang: Locale): string | null {
  const match = /^P(?!$)([^T]*)(?:T(.+))?$/.exec(iso.trim());
  if (!match) return null;
  const parts: string[] = [];
  const add = (n: string, en: string, zh: string) => parts.push(lang === 'zh-CN' ? `${n}${zh}` : `${n} ${en}${n === '1' ? '' : 's'}`);
  for (const [re, en, zh] of UNITS) {
    const m = re.exec(match[1]);
    if (m) add(m[1], en, zh);
  }
  for (const [re, en, zh] of TIME_UNITS) {
    const m = match[2] ? re.exec(match[2]) : null;
    if (m) add(m[1], en, zh);
  }
  return parts.length ? parts.join(lang === 'zh-CN' ? '' : ' ') : null;
}

/** A due date expression in words: `=now() + duration("P2D")` → "2 days after the task starts". */
export function deadlineInWords(expression: string, lang: Locale): string | null {
  const text = expression.trim().replace(/^=/, '').trim();
  const relative = /^now\(\)\s*\+\s*duration\(\s*"([^"]+)"\s*\)$/.exec(text);
  if (relative) {
    const words = durationInWords(relative[1], lang);
    return words && (lang === 'zh-CN' ? `任务开始后 ${words}` : `${words} after the task starts`);
  }
  const fixed = /^"?(\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?)"?$/.exec(text.replace(/^date and time\(\s*|\s*\)$/g, ''));
  return fixed ? fixed[1] : null;
}
