import type { FormComponent, FormSchema } from '../schema/form-schema.types';
import { validateSubmission } from './validate-submission';
import { checkValueType } from './value-checks';

const form = (...components: FormComponent[]): FormSchema => ({ type: 'default', components });
const region = (extra: Partial<FormComponent> = {}): FormComponent => ({ type: 'region', key: 'address', ...extra });
const lookup = (extra: Partial<FormComponent> = {}): FormComponent => ({
  type: 'recordlookup',
  key: 'customer',
  formKey: 'customers',
  ...extra,
});
const ID = '7f3c1e2a-9b4d-4c1e-8a2b-3c4d5e6f7a8b';

describe('checkValueType: region', () => {
  it.each([
    { title: 'a district', field: region(), value: { code: '110105', names: ['北京市', '北京市', '朝阳区'] } },
    { title: 'a city without districts', field: region(), value: { code: '441900', names: ['广东省', '东莞市'] } },
    {
      title: 'a province at level province',
      field: region({ level: 'province' }),
      value: { code: '440000', names: ['广东省'] },
    },
  ])('accepts $title', ({ field, value }) => {
    // when
    const violation = checkValueType(field, value);

    // then
    expect(violation).toBeNull();
  });

  it.each([
    { title: 'a bare code', field: region(), value: '110105' },
    { title: 'a list of names', field: region(), value: ['北京市', '朝阳区'] },
    { title: 'a code of 4 digits', field: region(), value: { code: '1101', names: ['北京市'] } },
    { title: 'a numeric code', field: region(), value: { code: 110105, names: ['北京市'] } },
    { title: 'no names', field: region(), value: { code: '110105', names: [] } },
    { title: 'an empty name', field: region(), value: { code: '110105', names: ['北京市', ' '] } },
    { title: 'four levels', field: region(), value: { code: '110105', names: ['a', 'b', 'c', 'd'] } },
    {
      title: 'a city at level province',
      field: region({ level: 'province' }),
      value: { code: '440300', names: ['广东省', '深圳市'] },
    },
    { title: 'extra properties', field: region(), value: { code: '110105', names: ['北京市'], street: 'x' } },
  ])('refuses $title', ({ field, value }) => {
    // when
    const violation = checkValueType(field, value);

    // then
    expect(violation).toEqual({ rule: 'type', params: { expected: 'a region { code, names }' } });
  });
});

describe('checkValueType: recordlookup', () => {
  it.each([
    { title: 'one id', field: lookup(), value: ID },
    { title: 'a list with multiple', field: lookup({ multiple: true }), value: [ID, ID] },
    { title: 'either with a FEEL multiple', field: lookup({ multiple: '=many' }), value: [ID] },
  ])('accepts $title', ({ field, value }) => {
    expect(checkValueType(field, value)).toBeNull();
  });

  it.each([
    { title: 'a list without multiple', field: lookup(), value: [ID], expected: 'a record id' },
    { title: 'one id with multiple', field: lookup({ multiple: true }), value: ID, expected: 'a list of record ids' },
    { title: 'a number', field: lookup(), value: 42, expected: 'a record id' },
    { title: 'a record object', field: lookup(), value: { id: ID }, expected: 'a record id' },
    {
      title: 'an empty id in a list',
      field: lookup({ multiple: true }),
      value: [ID, ''],
      expected: 'a list of record ids',
    },
  ])('refuses $title', ({ field, value, expected }) => {
    expect(checkValueType(field, value)).toEqual({ rule: 'type', params: { expected } });
  });
});

describe('validateSubmission with region and recordlookup fields', () => {
  it('keeps valid values and names each bad field with rule type', () => {
    // given
    const schema = form(region(), lookup(), region({ key: 'billing' }), lookup({ key: 'contacts', multiple: true }));

    // when
    const result = validateSubmission(schema, {
      address: { code: '310104', names: ['上海市', '上海市', '徐汇区'] },
      customer: ID,
      billing: 'Shanghai',
      contacts: ID,
    });

    // then
    expect(result.errors.map((error) => [error.key, error.rule])).toEqual([
      ['billing', 'type'],
      ['contacts', 'type'],
    ]);
    expect(result.errors[0].message['zh-CN']).toContain('region');
    expect(result.data).toMatchObject({ address: { code: '310104' }, customer: ID });
  });

  it('treats a missing required region as required, not as a type error', () => {
    const result = validateSubmission(form(region({ validate: { required: true } })), { address: null });
    expect(result.errors).toEqual([expect.objectContaining({ key: 'address', rule: 'required' })]);
  });
});
