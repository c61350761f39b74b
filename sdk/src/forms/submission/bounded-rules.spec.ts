import { isBoundedFeel } from '../../feel/bounded-feel.js';
import { hasBoundedRules } from './bounded-rules.js';
import type { FormSchema } from '../schema/form-schema.types.js';

const form = (components: unknown[]): FormSchema => ({ type: 'default', components } as unknown as FormSchema);

describe('isBoundedFeel', () => {
  it.each([
    ['=decision = "approve"'],
    ['=string length(trigger) > 3'],
    ['=if amount > 1000 then "manager" else "team"'],
    ['=sum(items.price) > 100'],
    ['=list contains(tags, "vip")'],
  ])('bounded: %s', (expression) => expect(isBoundedFeel(expression)).toBe(true));

  it.each([
    ['=for i in 1..100000000 return i'],
    ['=some x in items satisfies x > 1'],
    ['=every x in items satisfies x > 1'],
    ['={f: function(n) f(n)}.f(1)'],
    ['=list contains(1..1000000000, x)'],
    ['=matches(name, "(a+)+$")'],
    ['=replace(name, "(a|a)*b", "")'],
    ['=split(name, "(a+)+")'],
    ['=(((('],
  ])('unbounded: %s', (expression) => expect(isBoundedFeel(expression)).toBe(false));
});

describe('hasBoundedRules', () => {
  it('is true for a form whose conditions and rules cannot loop', () => {
    expect(hasBoundedRules(form([
      { type: 'radio', key: 'decision', values: [{ label: 'Yes', value: 'yes' }], validate: { required: true } },
      { type: 'textfield', key: 'reason', conditional: { hide: '=decision = "yes"' }, validate: { required: '=decision != "yes"', maxLength: 200 } },
    ]))).toBe(true);
  });

  it('is false with a looping expression anywhere, a template or a pattern', () => {
    expect(hasBoundedRules(form([{ type: 'expression', key: 'n', expression: '=count(for i in 1..10 return i)' }]))).toBe(false);
    expect(hasBoundedRules(form([{ type: 'text', text: 'Hello {{name}}' }]))).toBe(false);
    expect(hasBoundedRules(form([{ type: 'textfield', key: 'code', validate: { pattern: '^(a+)+$' } }]))).toBe(false);
    expect(hasBoundedRules(form([{ type: 'group', components: [{ type: 'textfield', key: 'x', conditional: { hide: '=some y in ys satisfies y' } }] }]))).toBe(false);
  });
});
