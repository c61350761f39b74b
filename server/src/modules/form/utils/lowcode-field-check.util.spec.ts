import { checkFormSchema } from './form-schema-check.util.js';

const keysOf = (component: Record<string, unknown>) => {
  const checked = checkFormSchema({ id: 'orders', components: [component] });
  return 'problems' in checked ? checked.problems.map((p) => p.key) : [];
};
const lookup = (extra: Record<string, unknown> = {}) => ({ type: 'recordlookup', key: 'customer', formKey: 'customers', ...extra });

describe('record lookup and region fields at deploy', () => {
  it('accepts a lookup with display fields, a filter and a fill map, and a region with a level', () => {
    // given
    const full = lookup({ displayFields: ['name', 'city'], filter: { conditions: [{ field: 'status', op: 'eq', value: 'active' }], match: 'ALL' }, fill: { phone: 'mobile' } });

    // then
    expect(keysOf(full)).toEqual([]);
    expect(keysOf({ type: 'region', key: 'address', level: 'city' })).toEqual([]);
  });

  it.each([
    { title: 'no formKey', component: lookup({ formKey: undefined }), key: 'schema/components/0/formKey' },
    { title: 'a formKey with a space', component: lookup({ formKey: 'my form' }), key: 'schema/components/0/formKey' },
    { title: 'display fields that are not keys', component: lookup({ displayFields: 'name' }), key: 'schema/components/0/displayFields' },
    { title: 'a fill map to a number', component: lookup({ fill: { phone: 3 } }), key: 'schema/components/0/fill' },
    { title: 'a fill list', component: lookup({ fill: ['phone'] }), key: 'schema/components/0/fill' },
    { title: 'a filter with an unknown operator', component: lookup({ filter: { conditions: [{ field: 'a', op: 'like', value: 1 }] } }), key: 'schema/components/0/filter' },
    { title: 'a filter with an unknown property', component: lookup({ filter: { where: 'a = 1' } }), key: 'schema/components/0/filter' },
    { title: 'a region level of street', component: { type: 'region', key: 'address', level: 'street' }, key: 'schema/components/0/level' },
  ])('names $key for $title', ({ component, key }) => {
    expect(keysOf(component)).toEqual([key]);
  });
});
