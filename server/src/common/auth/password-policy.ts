import { LocalizedText } from '../errors/baton.exception.js';

const COMMON = new Set([
  'password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwertyuiop', 'iloveyou',
  'admin12345', 'welcome123', 'baton12345', 'passw0rd123', 'abc1234567', 'qwerty1234', 'letmein123',
]);

export const MIN_PASSWORD_LENGTH = 10;

/** Returns what is wrong with a password, or null. Long passphrases beat symbol rules (NIST SP 800-63B). */
export function passwordProblem(password: string, email?: string): LocalizedText | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return { en: `Use at least ${MIN_PASSWORD_LENGTH} characters.`, 'zh-CN': `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。` };
  }
  if (password.length > 200) return { en: 'Use at most 200 characters.', 'zh-CN': '密码最多 200 个字符。' };
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) {
    return { en: 'Use both letters and digits.', 'zh-CN': '密码需同时包含字母和数字。' };
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) {
    return { en: 'This password is too common; choose another.', 'zh-CN': '此密码过于常见，请换一个。' };
  }
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) {
    return { en: 'Do not use your email name in the password.', 'zh-CN': '密码中不要包含邮箱用户名。' };
  }
  return null;
}
