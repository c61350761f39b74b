import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

describe('i18n messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    // given both message trees, when their leaf keys are listed, then they match one for one
    const zh = leafKeys(zhCN).sort();
    const english = leafKeys(en).sort();
    expect(english.filter((key) => !zh.includes(key))).toEqual([]);
    expect(zh.filter((key) => !english.includes(key))).toEqual([]);
    expect(zh.length).toBeGreaterThan(50);
  });

  it('has no empty message in either locale', () => {
    for (const messages of [zhCN, en]) {
      const empty = leafKeys(messages).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
