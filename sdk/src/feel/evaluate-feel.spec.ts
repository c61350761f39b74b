import { evaluateFeel, isFeelExpression, stripFeelPrefix, unaryTest } from './evaluate-feel';
import { FeelError, FeelErrorCode } from './feel-error';

function captureError(action: () => unknown): FeelError {
  try {
    action();
  } catch (error) {
    if (error instanceof FeelError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a FeelError');
}

describe('evaluateFeel', () => {
  it('evaluates an expression against its context', () => {
    // given
    const context = { amount: 120, discount: 0.1 };

    // when
    const result = evaluateFeel('amount * (1 - discount)', context);

    // then
    expect(result.value).toBeCloseTo(108);
    expect(result.warnings).toEqual([]);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('strips the leading = of Camunda expressions', () => {
    // when
    const result = evaluateFeel('=a + 1', { a: 1 });

    // then
    expect(result.value).toBe(2);
  });

  it('returns null with a warning for an unknown variable, as FEEL does', () => {
    // when
    const result = evaluateFeel('missing + 1');

    // then
    expect(result.value).toBeNull();
    expect(result.warnings.map((warning) => warning.type)).toContain('NO_VARIABLE_FOUND');
  });

  it.each([
    { title: 'unbalanced parenthesis', expression: '(1 + 2', code: FeelErrorCode.SYNTAX },
    { title: 'dangling operator', expression: '= 1 +', code: FeelErrorCode.SYNTAX },
    { title: 'over-long expression', expression: '1 + '.repeat(3000) + '1', code: FeelErrorCode.BUDGET },
    { title: 'over-large result', expression: 'for i in 1..1000 return "abcdefghij"', code: FeelErrorCode.BUDGET },
  ])('rejects $title with $code', ({ expression, code }) => {
    // when
    const error = captureError(() => evaluateFeel(expression, {}, { budget: { maxResultSize: 5_000 } }));

    // then
    expect(error.code).toBe(code);
    expect(error.expression).toBe(expression);
  });

  it('reports the position of a syntax error', () => {
    // when
    const error = captureError(() => evaluateFeel('a + * 2'));

    // then
    expect(error.code).toBe(FeelErrorCode.SYNTAX);
    expect(error.position).toEqual(expect.objectContaining({ from: expect.any(Number), to: expect.any(Number) }));
  });

  it('rejects an evaluation that ran past the time budget (measured after the fact)', () => {
    // given: a loop that takes clearly longer than a zero budget
    const expression = 'count(for i in 1..20000 return i * 2)';

    // when
    const error = captureError(() => evaluateFeel(expression, {}, { budget: { maxDurationMs: 0 } }));

    // then
    expect(error.code).toBe(FeelErrorCode.BUDGET);
    expect(error.message).toMatch(/ms/);
  });

  it('turns an exception thrown by a context function into an EVALUATION error', () => {
    // given
    const context = {
      explode: () => {
        throw new Error('boom');
      },
    };

    // when
    let thrown: unknown = null;
    let value: unknown = 'not evaluated';
    try {
      value = evaluateFeel('explode()', context).value;
    } catch (error) {
      thrown = error;
    }

    // then: feelin turns a failing function into null plus a warning, or throws; nothing escapes unwrapped
    if (thrown) {
      expect(thrown).toBeInstanceOf(FeelError);
      expect((thrown as FeelError).code).toBe(FeelErrorCode.EVALUATION);
    } else {
      expect(value).toBeNull();
    }
  });
});

describe('unaryTest', () => {
  it.each([
    { tests: '> 10', input: 11, expected: true },
    { tests: '> 10', input: 9, expected: false },
    { tests: '[1..5]', input: 3, expected: true },
    { tests: '"a", "b"', input: 'c', expected: false },
    { tests: '=flag', input: null, expected: true },
  ])('$tests with input $input is $expected', ({ tests, input, expected }) => {
    // when
    const result = unaryTest(tests, { '?': input, flag: true });

    // then
    expect(result.value).toBe(expected);
  });
});

describe('stripFeelPrefix / isFeelExpression', () => {
  it.each([
    { text: '=a', stripped: 'a', isExpression: true },
    { text: '  =a', stripped: 'a', isExpression: true },
    { text: 'a', stripped: 'a', isExpression: false },
    { text: 'a = b', stripped: 'a = b', isExpression: false },
  ])('"$text"', ({ text, stripped, isExpression }) => {
    // then
    expect(stripFeelPrefix(text)).toBe(stripped);
    expect(isFeelExpression(text)).toBe(isExpression);
  });
});
