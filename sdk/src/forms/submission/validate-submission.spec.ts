import type { FormComponent, FormSchema } from '../schema/form-schema.types';
import { validateSubmission } from './validate-submission';

const form = (...components: FormComponent[]): FormSchema => ({ type: 'default', components });

describe('validateSubmission', () => {
  it.each([
    {
      title: 'missing required text',
      field: { type: 'textfield', key: 'f', validate: { required: true } },
      value: undefined,
      rule: 'required',
    },
    {
      title: 'unchecked required checkbox',
      field: { type: 'checkbox', key: 'f', validate: { required: true } },
      value: false,
      rule: 'required',
    },
    {
      title: 'empty required checklist',
      field: { type: 'checklist', key: 'f', values: [], validate: { required: true } },
      value: [],
      rule: 'required',
    },
    { title: 'number below min', field: { type: 'number', key: 'f', validate: { min: 5 } }, value: 0, rule: 'min' },
    { title: 'number above max', field: { type: 'number', key: 'f', validate: { max: 5 } }, value: 6, rule: 'max' },
    {
      title: 'text too short',
      field: { type: 'textfield', key: 'f', validate: { minLength: 3 } },
      value: ' ab ',
      rule: 'minLength',
    },
    {
      title: 'text too long',
      field: { type: 'textarea', key: 'f', validate: { maxLength: 2 } },
      value: 'abc',
      rule: 'maxLength',
    },
    {
      title: 'pattern mismatch',
      field: { type: 'textfield', key: 'f', validate: { pattern: '^C-[0-9]+$' } },
      value: 'X-1',
      rule: 'pattern',
    },
    {
      title: 'bad email',
      field: { type: 'textfield', key: 'f', validate: { validationType: 'email' } },
      value: 'a@',
      rule: 'email',
    },
    {
      title: 'bad phone',
      field: { type: 'textfield', key: 'f', validate: { validationType: 'phone' } },
      value: '12345',
      rule: 'phone',
    },
    { title: 'text in a number', field: { type: 'number', key: 'f' }, value: 'abc', rule: 'type' },
    {
      title: 'too many decimals',
      field: { type: 'number', key: 'f', decimalDigits: 1 },
      value: 1.25,
      rule: 'decimalDigits',
    },
    { title: 'off increment', field: { type: 'number', key: 'f', increment: 0.1 }, value: 0.35, rule: 'increment' },
    {
      title: 'unknown option',
      field: { type: 'select', key: 'f', values: [{ label: 'A', value: 'a' }] },
      value: 'b',
      rule: 'option',
    },
    { title: 'bad date', field: { type: 'datetime', key: 'f', subtype: 'date' }, value: '31/12/2024', rule: 'type' },
    { title: 'FEEL max', field: { type: 'number', key: 'f', validate: { max: '=limit' } }, value: 11, rule: 'max' },
    {
      title: 'FEEL custom rule',
      field: {
        type: 'number',
        key: 'f',
        validate: { custom: [{ condition: '=value <= limit', message: 'over the limit' }] },
      },
      value: 11,
      rule: 'custom',
    },
  ] as Array<{ title: string; field: FormComponent; value: unknown; rule: string }>)(
    'rejects $title with rule $rule',
    ({ field, value, rule }) => {
      // given
      const schema = form(field);

      // when
      const result = validateSubmission(schema, { f: value }, { limit: 10 });

      // then
      expect(result.valid).toBe(false);
      expect(result.errors).toEqual([expect.objectContaining({ key: 'f', rule })]);
      expect(result.errors[0].message.en).toEqual(expect.any(String));
      expect(result.errors[0].message['zh-CN']).toEqual(expect.any(String));
    },
  );

  it('accepts valid values and keeps only the form fields', () => {
    // given
    const schema = form(
      { type: 'textfield', key: 'email', validate: { required: true, validationType: 'email' } },
      { type: 'number', key: 'amount', validate: { min: 0, max: 10 }, increment: 0.5 },
    );

    // when
    const result = validateSubmission(schema, { email: 'a@b.cn', amount: 2.5, injected: 'x' });

    // then
    expect(result).toEqual({ valid: true, errors: [], data: { email: 'a@b.cn', amount: 2.5 } });
  });

  it('makes a field conditionally required with a FEEL expression (Baton extension)', () => {
    // given
    const schema = form(
      { type: 'number', key: 'amount' },
      { type: 'textarea', key: 'reason', validate: { required: '=amount > 1000' } },
    );

    // when
    const small = validateSubmission(schema, { amount: 10 });
    const large = validateSubmission(schema, { amount: 5000 });

    // then
    expect(small.valid).toBe(true);
    expect(large.errors).toEqual([expect.objectContaining({ key: 'reason', rule: 'required' })]);
  });

  it('neither validates nor submits disabled fields', () => {
    // given
    const schema = form({ type: 'textfield', key: 'code', disabled: true, validate: { required: true } });

    // when
    const result = validateSubmission(schema, { code: '' });

    // then
    expect(result).toEqual({ valid: true, errors: [], data: {} });
  });

  it('names fields inside groups and dynamic lists by their data path', () => {
    // given
    const schema = form(
      {
        type: 'group',
        path: 'address',
        components: [{ type: 'textfield', key: 'city', validate: { required: true } }],
      },
      { type: 'dynamiclist', path: 'items', components: [{ type: 'number', key: 'amount', validate: { min: 1 } }] },
    );

    // when
    const result = validateSubmission(schema, { address: {}, items: [{ amount: 3 }, { amount: 0 }] });

    // then
    expect(result.errors.map((error) => `${error.key}:${error.rule}`)).toEqual([
      'address.city:required',
      'items[1].amount:min',
    ]);
    expect(result.data).toEqual({ address: { city: '' }, items: [{ amount: 3 }, { amount: 0 }] });
  });

  it('evaluates row expressions with this and the row variables', () => {
    // given
    const schema = form({
      type: 'dynamiclist',
      path: 'lines',
      components: [
        { type: 'number', key: 'qty' },
        { type: 'number', key: 'price' },
        { type: 'expression', key: 'total', expression: '=qty * this.price', computeOn: 'change' },
      ],
    });

    // when
    const result = validateSubmission(schema, {
      lines: [
        { qty: 2, price: 3 },
        { qty: 1, price: 5, total: 999 },
      ],
    });

    // then
    expect(result.data).toEqual({
      lines: [
        { qty: 2, price: 3, total: 6 },
        { qty: 1, price: 5, total: 5 },
      ],
    });
  });

  it('checks options from valuesKey and valuesExpression', () => {
    // given
    const schema = form(
      { type: 'radio', key: 'product', valuesKey: 'products' },
      { type: 'taglist', key: 'tags', valuesExpression: '=for t in ["a", "b"] return {label: t, value: t}' },
    );

    // when
    const result = validateSubmission(
      schema,
      { product: 'c', tags: ['a', 'z'] },
      { products: [{ label: 'A', value: 'a' }] },
    );

    // then
    expect(result.errors.map((error) => `${error.key}:${error.rule}`)).toEqual(['product:option', 'tags:option']);
  });

  it('reports a broken FEEL limit as an expression error instead of throwing', () => {
    // given
    const schema = form({ type: 'number', key: 'f', validate: { max: '=1 +' } });

    // when
    const result = validateSubmission(schema, { f: 3 });

    // then
    expect(result.errors).toEqual([expect.objectContaining({ key: 'f', rule: 'expression' })]);
  });
});
