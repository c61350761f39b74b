/** Rules a submission can break; `rule` in every field error. */
export type SubmissionRule =
  | 'required'
  | 'type'
  | 'min'
  | 'max'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'email'
  | 'phone'
  | 'decimalDigits'
  | 'increment'
  | 'option'
  | 'custom'
  | 'expression';

export interface LocalizedMessage {
  en: string;
  'zh-CN': string;
}

type Params = Record<string, unknown>;

const MESSAGES: Record<SubmissionRule, (params: Params) => LocalizedMessage> = {
  required: () => ({ en: 'Field is required.', 'zh-CN': '此项为必填项。' }),
  type: ({ expected }) => ({ en: `Value must be ${String(expected)}.`, 'zh-CN': `值必须是${String(expected)}。` }),
  min: ({ limit }) => ({
    en: `Field must have minimum value of ${String(limit)}.`,
    'zh-CN': `值不能小于 ${String(limit)}。`,
  }),
  max: ({ limit }) => ({
    en: `Field must have maximum value of ${String(limit)}.`,
    'zh-CN': `值不能大于 ${String(limit)}。`,
  }),
  minLength: ({ limit }) => ({
    en: `Field must have minimum length of ${String(limit)}.`,
    'zh-CN': `长度不能少于 ${String(limit)} 个字符。`,
  }),
  maxLength: ({ limit }) => ({
    en: `Field must have maximum length of ${String(limit)}.`,
    'zh-CN': `长度不能超过 ${String(limit)} 个字符。`,
  }),
  pattern: ({ pattern }) => ({
    en: `Field must match pattern ${String(pattern)}.`,
    'zh-CN': `值必须符合格式 ${String(pattern)}。`,
  }),
  email: () => ({ en: 'Field must be a valid email.', 'zh-CN': '请输入有效的电子邮件地址。' }),
  phone: () => ({
    en: 'Field must be a valid international phone number. (e.g. +4930664040900)',
    'zh-CN': '请输入有效的国际电话号码（例如 +8613800138000）。',
  }),
  decimalDigits: ({ digits }) =>
    digits === 0
      ? { en: 'Value is expected to be an integer.', 'zh-CN': '值必须是整数。' }
      : {
          en: `Value is expected to have at most ${String(digits)} decimal digit${Number(digits) > 1 ? 's' : ''}.`,
          'zh-CN': `小数位数不能超过 ${String(digits)} 位。`,
        },
  increment: ({ increment }) => ({
    en: `Value must be a multiple of ${String(increment)}.`,
    'zh-CN': `值必须是 ${String(increment)} 的整数倍。`,
  }),
  option: () => ({ en: 'Value is not one of the allowed options.', 'zh-CN': '值不在可选项中。' }),
  custom: ({ message }) => ({ en: String(message), 'zh-CN': String(message) }),
  expression: ({ detail }) => ({
    en: `A FEEL expression of this field could not be evaluated: ${String(detail)}`,
    'zh-CN': `此字段的 FEEL 表达式无法计算：${String(detail)}`,
  }),
};

export function messageFor(rule: SubmissionRule, params: Params = {}): LocalizedMessage {
  return MESSAGES[rule](params);
}
