import { z } from 'zod';
import { BatonException, FieldProblem, LocalizedText } from './baton.exception.js';

/** Collects field problems for one input and throws them together as BAD_USER_INPUT. */
export class InputCheck {
  private readonly problems: FieldProblem[] = [];

  add(key: string, message: LocalizedText): this {
    this.problems.push({ key, message });
    return this;
  }

  email(key: string, value: string): this {
    if (value.length > 320 || !z.email().safeParse(value).success) {
      this.add(key, { en: 'Enter a valid email address, such as name@example.com.', 'zh-CN': '请输入有效的邮箱地址，例如 name@example.com。' });
    }
    return this;
  }

  text(key: string, value: string | null | undefined, limits: { min?: number; max: number }): this {
    const length = (value ?? '').trim().length;
    const min = limits.min ?? 1;
    if (length < min) {
      this.add(key, min === 1
        ? { en: `${key} must not be empty.`, 'zh-CN': `${key} 不能为空。` }
        : { en: `${key} must have at least ${min} characters.`, 'zh-CN': `${key} 至少需要 ${min} 个字符。` });
    } else if (length > limits.max) {
      this.add(key, { en: `${key} must have at most ${limits.max} characters.`, 'zh-CN': `${key} 最多 ${limits.max} 个字符。` });
    }
    return this;
  }

  uuid(key: string, value: string): this {
    if (!z.uuid().safeParse(value).success) {
      this.add(key, { en: `${key} is not a valid id.`, 'zh-CN': `${key} 不是有效的 ID。` });
    }
    return this;
  }

  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const text = {
      en: 'Please correct: ' + this.problems.map((p) => `${p.key}: ${p.message.en}`).join(' '),
      'zh-CN': '请修改：' + this.problems.map((p) => `${p.key}：${p.message['zh-CN']}`).join(' '),
    };
    throw new BatonException('BAD_USER_INPUT', 'INVALID_INPUT', text, this.problems);
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
