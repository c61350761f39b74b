import { checkFeelSyntax, listFeelVariables } from './check-feel-syntax';
import { FeelError, FeelErrorCode } from './feel-error';

describe('checkFeelSyntax', () => {
  it('accepts valid FEEL without evaluating it', () => {
    // given: a variable that would fail at run time
    const expression = '=unknownFunction(x) + 1';

    // when
    const check = checkFeelSyntax(expression);

    // then
    expect(check).toEqual({ valid: true });
  });

  it.each([
    { title: 'dangling operator', expression: '1 +', from: 3 },
    { title: 'unclosed parenthesis', expression: '(1 + 2', from: 6 },
    { title: 'operator in wrong place', expression: 'a + * 2', from: 4 },
    { title: 'second line', expression: 'a +\n * 2', from: 5 },
  ])('reports $title at its position', ({ expression, from }) => {
    // when
    const check = checkFeelSyntax(expression);

    // then
    expect(check.valid).toBe(false);
    if (!check.valid) {
      expect(check.position.from).toBe(from);
      expect(check.message).toEqual(expect.any(String));
    }
  });

  it('reports line and column', () => {
    // when
    const check = checkFeelSyntax('a +\n * 2');

    // then
    expect(check).toEqual(expect.objectContaining({ valid: false, line: 2, column: 2 }));
  });

  it('parses unary tests when asked', () => {
    // then
    expect(checkFeelSyntax('> 3, < 10', { unaryTests: true })).toEqual({ valid: true });
  });

  it('reports an over-long expression as invalid', () => {
    // when
    const check = checkFeelSyntax('x'.repeat(50), { budget: { maxExpressionLength: 10 } });

    // then
    expect(check.valid).toBe(false);
  });
});

describe('listFeelVariables', () => {
  it.each([
    { expression: '=a.b + c', variables: ['a', 'c'] },
    { expression: 'count(users) > 1', variables: ['users'] },
    { expression: 'for x in xs return x + y', variables: ['xs', 'y'] },
    { expression: 'some item in list satisfies item.v > limit', variables: ['list', 'limit'] },
    { expression: '{a: 1, b: a + z}', variables: ['z'] },
    { expression: 'function(p) p + q', variables: ['q'] },
    { expression: 'list[item > min]', variables: ['list', 'min'] },
    { expression: 'if approved then amount else 0', variables: ['approved', 'amount'] },
    { expression: 'concatenate(myList2, myList3)', variables: ['myList2', 'myList3'] },
  ])('$expression reads $variables', ({ expression, variables }) => {
    // then
    expect(listFeelVariables(expression)).toEqual(variables);
  });

  it('recognises names with spaces when the context declares them', () => {
    // then
    expect(listFeelVariables('order total > 10', { context: { 'order total': 0 } })).toEqual(['order total']);
  });

  it('throws a SYNTAX FeelError for invalid text', () => {
    // then
    expect(() => listFeelVariables('1 +')).toThrow(FeelError);
    try {
      listFeelVariables('1 +');
    } catch (error) {
      expect((error as FeelError).code).toBe(FeelErrorCode.SYNTAX);
    }
  });
});
