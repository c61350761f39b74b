import { InputCheck } from '../../../common/errors/input.js';

/** Variables arrive as GraphQL JSON; the engine stores JSON per name, so only an object of names is accepted. */
export const MAX_VARIABLES_BYTES = 1_000_000;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,254}$/;

export function checkVariables(value: unknown, key = 'variables', check = new InputCheck()): InputCheck {
  if (value === undefined || value === null) return check;
  if (typeof value !== 'object' || Array.isArray(value)) {
    return check.add(key, { en: 'Variables must be a JSON object of names to values, e.g. {"amount": 1200}.', 'zh-CN': '变量必须是名称到值的 JSON 对象，例如 {"amount": 1200}。' });
  }
  const bad = Object.keys(value).filter((name) => !NAME.test(name));
  if (bad.length > 0) {
    check.add(key, {
      en: `Variable names must start with a letter or "_" and contain only letters, digits and "_": ${bad.slice(0, 5).join(', ')}.`,
      'zh-CN': `变量名须以字母或“_”开头，且只含字母、数字和“_”：${bad.slice(0, 5).join('，')}。`,
    });
  }
  if (JSON.stringify(value).length > MAX_VARIABLES_BYTES) {
    check.add(key, { en: `Variables must be smaller than ${MAX_VARIABLES_BYTES} bytes.`, 'zh-CN': `变量须小于 ${MAX_VARIABLES_BYTES} 字节。` });
  }
  return check;
}

export function variablesOrEmpty(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Ids are UUIDs: a malformed one is bad input, not a database error. */
export function checkId(key: string, id: string, check = new InputCheck()): InputCheck {
  return check.uuid(key, id);
}
