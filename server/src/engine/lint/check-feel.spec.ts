import { checkFeel } from './check-feel.js';

describe('checkFeel', () => {
  it.each([
    'amount > 1000',
    'conditionVariable=false',
    'loopAmount != totalLoops',
    'string length(name) > 3 and contains(name, "x")',
    'get or else(discount, 0) * 2',
    'is defined(customer) and not(is empty(items))',
    '{double: function(n) n * 2, r: double(2)}.r',
    'count(items[price > 10]) >= 1',
    'date and time("2024-01-01T00:00:00Z") + duration("P1D")',
  ])('accepts %s', (expression) => {
    // given a valid FEEL expression / when checked / then nothing is reported
    expect(checkFeel(expression)).toEqual([]);
  });

  it.each([
    { title: 'a dangling operator', expression: 'amount >', issue: { kind: 'syntax' } },
    { title: 'an unclosed if', expression: 'if x then 1', issue: { kind: 'syntax' } },
    { title: 'an empty expression', expression: ' ', issue: { kind: 'syntax' } },
    { title: 'JUEL', expression: '${x == 1}', issue: { kind: 'syntax' } },
    { title: 'an unknown function', expression: 'magic(amount) > 1', issue: { kind: 'unknown-function', name: 'magic' } },
    { title: 'an unknown multi-word function', expression: 'string lenght(x)', issue: { kind: 'unknown-function', name: 'string lenght' } },
  ])('reports $title', ({ expression, issue }) => {
    // given a broken expression / when checked / then the issue is reported
    expect(checkFeel(expression)).toEqual([expect.objectContaining(issue)]);
  });
});
