import { evaluateFeel, unaryTest } from './evaluate-feel';
import { narrowContext } from './narrow-context';

const wide = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`field${i}`, i])),
  ...extra,
});

describe('narrowContext', () => {
  it('keeps only the root names an expression reads', () => {
    // when
    const narrowed = narrowContext('field3 + items[price > field4].price', wide({ items: [] }));

    // then
    expect(Object.keys(narrowed).sort()).toEqual(['field3', 'field4', 'items']);
  });

  it('passes a context with names containing spaces whole, since only the context makes them names', () => {
    // given
    const context = wide({ 'order total': 5 });

    // when / then
    expect(narrowContext('order total * 2', context)).toBe(context);
    expect(evaluateFeel('order total * 2', context).value).toBe(10);
  });

  it('keeps the input of unary tests', () => {
    expect(unaryTest('> field10', wide({ '?': 20 })).value).toBe(true);
    expect(unaryTest('> field10', wide({ '?': 5 })).value).toBe(false);
  });
});

describe('evaluateFeel with the memo', () => {
  it('answers a repeated evaluation the same and a changed input differently', () => {
    // given
    const expression = '=if field1 > limit then "over" else "under"';

    // when
    const first = evaluateFeel(expression, wide({ limit: 0 })).value;
    const again = evaluateFeel(expression, wide({ limit: 0 })).value;
    const changed = evaluateFeel(expression, wide({ limit: 5 })).value;

    // then
    expect([first, again, changed]).toEqual(['over', 'over', 'under']);
  });

  it('does not memoise the clock', async () => {
    // given
    const first = evaluateFeel('string(now())', wide()).value;

    // when
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = evaluateFeel('string(now())', wide()).value;

    // then
    expect(later).not.toBe(first);
  });

  it('does not share list or context results between callers', () => {
    // given
    const result = evaluateFeel('[field1, field2]', wide()).value as number[];

    // when a caller changes what it got
    result.push(99);

    // then the next caller gets a fresh value
    expect(evaluateFeel('[field1, field2]', wide()).value).toEqual([1, 2]);
  });
});
