import type { FormComponent, FormSchema } from '../schema/form-schema.types';
import { validateSubmission } from './validate-submission';
import { cloneJson } from './value-path';

const form = (...components: FormComponent[]): FormSchema => ({ type: 'default', components });

describe('cloneJson', () => {
  it('gives texts, numbers, booleans, null and undefined back, and copies objects and lists deeply', () => {
    // given
    const nested = { a: [{ b: 1 }], d: new Date('2026-01-02T00:00:00Z') };
    // when
    const copy = cloneJson(nested);
    // then
    expect([cloneJson('x'), cloneJson(1.5), cloneJson(false), cloneJson(null), cloneJson(undefined)]).toEqual([
      'x',
      1.5,
      false,
      null,
      undefined,
    ]);
    expect(copy).toEqual(nested);
    expect(copy).not.toBe(nested);
    expect(copy.a[0]).not.toBe(nested.a[0]);
    expect(Object.prototype.toString.call(copy.d)).toBe('[object Date]');
    expect(copy.d).not.toBe(nested.d);
    expect(() => cloneJson(() => 1)).toThrow();
  });
});

describe('validateSubmission without expressions or hide conditions (the import fast path)', () => {
  it('leaves the input alone and shares no object with it', () => {
    // given a list and a tag list in the data
    const schema = form(
      { type: 'textfield', key: 'name', validate: { required: true } },
      { type: 'taglist', key: 'tags', values: [{ label: 'A', value: 'a' }] },
      { type: 'dynamiclist', path: 'items', components: [{ type: 'number', key: 'qty' }] },
    );
    const data = { name: 'x', tags: ['a'], items: [{ qty: 2 }] };
    const before = JSON.stringify(data);
    // when
    const result = validateSubmission(schema, data);
    // then
    expect(result).toMatchObject({ valid: true, data: { name: 'x', tags: ['a'], items: [{ qty: 2 }] } });
    expect(result.data.tags).not.toBe(data.tags);
    expect((result.data.items as unknown[])[0]).not.toBe(data.items[0]);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('still hides, computes and checks when a form has a hide condition or an expression field', () => {
    // given
    const schema = form(
      { type: 'number', key: 'qty' },
      { type: 'expression', key: 'double', expression: '=qty * 2' },
      { type: 'textfield', key: 'note', validate: { required: true }, conditional: { hide: '=qty > 1' } },
    );
    // when / then
    expect(validateSubmission(schema, { qty: 3 })).toMatchObject({ valid: true, data: { qty: 3, double: 6 } });
    expect(validateSubmission(schema, { qty: 1 })).toMatchObject({
      valid: false,
      errors: [{ key: 'note', rule: 'required' }],
    });
  });
});
