import { readFileSync } from 'node:fs';
import { evaluate } from 'feelin';

/**
 * feelin is patched at install (patches/feelin+8.2.0.patch, applied by patch-package in the root postinstall): an
 * expression is parsed and built once per text, dialect and context shape, then run against each context. These
 * cases would fail if a built expression kept anything of an earlier run (values, closures, warnings).
 */
describe('feelin, patched to reuse built expressions', () => {
  it('is the patched build (npm install ran the postinstall)', () => {
    const source = readFileSync(require.resolve('feelin'), 'utf8');
    expect(source).toContain('Patched for Baton');
  });

  it('answers each context with its own values, interleaved', () => {
    const cases: [string, Record<string, unknown>, unknown][] = [
      ['a + b', { a: 1, b: 2 }, 3],
      ['for x in items return x * k', { items: [1, 2], k: 3 }, [3, 6]],
      ['a + b', { a: 10, b: 5 }, 15],
      ['{f: function(n) n + k, r: f(1)}.r', { k: 1 }, 2],
      ['for x in items return x * k', { items: [4], k: 2 }, [8]],
      ['{f: function(n) n + k, r: f(1)}.r', { k: 5 }, 6],
      ['items[item > limit]', { items: [1, 5, 9], limit: 4 }, [5, 9]],
      ['items[item > limit]', { items: [1, 5, 9], limit: 6 }, [9]],
      ['some x in items satisfies x > limit', { items: [1, 2], limit: 1 }, true],
      ['some x in items satisfies x > limit', { items: [1, 2], limit: 5 }, false],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [expression, context, expected] of cases) expect(evaluate(expression, context).value).toEqual(expected);
    }
  });

  it('parses again when the context names differ (names with spaces depend on them)', () => {
    expect(evaluate('order total > 100', { 'order total': 150 }).value).toBe(true);
    expect(evaluate('order total > 100', { 'order total': 50 }).value).toBe(false);
    expect(evaluate('order total > 100', {}).value).toBeNull();
  });

  it('builds afresh for a context too large to key by its shape (a long list of records)', () => {
    const items = Array.from({ length: 5_000 }, (_, i) => ({ id: i, amount: i % 10 }));
    expect(evaluate('count(items[amount > limit])', { items, limit: 8 }).value).toBe(500);
    expect(evaluate('count(items[amount > limit])', { items, limit: 4 }).value).toBe(2_500);
  });

  it('reports each run\'s warnings only', () => {
    const first = evaluate('missing + 1', {});
    const second = evaluate('missing + 1', {});
    expect(first.warnings.map((w) => w.type)).toEqual(['NO_VARIABLE_FOUND', 'INVALID_TYPE']);
    expect(second.warnings.map((w) => w.type)).toEqual(['NO_VARIABLE_FOUND', 'INVALID_TYPE']);
    expect(first.warnings).not.toBe(second.warnings);
    expect(evaluate('missing + 1', { missing: 1 })).toEqual({ value: 2, warnings: [] });
  });
});
