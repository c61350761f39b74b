import { listFormFields } from '../../form/utils/form-fields.util.js';
import { fieldValues } from './field-values.util.js';

const schema = {
  components: [
    { type: 'recordlookup', key: 'customer' },
    { type: 'group', path: 'billing', components: [{ type: 'recordlookup', key: 'contact' }] },
    { type: 'dynamiclist', path: 'items', components: [{ type: 'recordlookup', key: 'product' }] },
  ],
};
const field = (key: string) => listFormFields(schema).find((f) => f.key === key)!;

describe('fieldValues', () => {
  it('finds a top-level, a grouped and a per-row value with the key an error names', () => {
    // given
    const data = { customer: 'c1', billing: { contact: 'p1' }, items: [{ product: 'a' }, {}, { product: 'b' }] };

    // when
    const found = ['customer', 'billing.contact', 'items.product'].map((key) => fieldValues(data, field(key)));

    // then
    expect(found).toEqual([
      [{ key: 'customer', value: 'c1' }],
      [{ key: 'billing.contact', value: 'p1' }],
      [{ key: 'items[0].product', value: 'a' }, { key: 'items[2].product', value: 'b' }],
    ]);
  });

  it('leaves out missing, null and empty values and malformed containers', () => {
    expect(fieldValues({ customer: '' }, field('customer'))).toEqual([]);
    expect(fieldValues({ billing: 'x' }, field('billing.contact'))).toEqual([]);
    expect(fieldValues({ items: { product: 'a' } }, field('items.product'))).toEqual([]);
  });
});
