import type { FormSchema } from '@baton/sdk';
import { listFormFields } from './form-fields.util.js';
import { diffFields } from './version-report.util.js';

const schema: FormSchema = {
  components: [
    { id: 'a', type: 'textfield', key: 'customer' },
    { id: 'g', type: 'group', path: 'address', components: [{ id: 'c', type: 'textfield', key: 'city' }] },
    { id: 'flat', type: 'group', components: [{ id: 'd', type: 'textfield', key: 'contact.email' }] },
    { id: 'l', type: 'dynamiclist', path: 'items', components: [{ id: 'p', type: 'number', key: 'price' }] },
    { id: 't', type: 'text', text: 'no data' },
  ],
};

describe('listFormFields', () => {
  it('lists data paths the way form-js nests data', () => {
    // given groups with and without path, a dotted key and a dynamic list / when listed / then
    expect(listFormFields(schema).map((f) => [f.key, f.inList, f.pointer])).toEqual([
      ['customer', false, '/components/0'],
      ['address.city', false, '/components/1/components/0'],
      ['contact.email', false, '/components/2/components/0'],
      ['items', false, '/components/3'],
      ['items.price', true, '/components/3/components/0'],
    ]);
  });
});

describe('diffFields', () => {
  it('tells renamed fields (same component id) from removed and added ones', () => {
    // given a next version that renames customer, drops the city and adds a note
    const next: FormSchema = { components: [
      { id: 'a', type: 'textfield', key: 'client' },
      { id: 'l', type: 'dynamiclist', path: 'items', components: [{ id: 'p', type: 'number', key: 'price' }] },
      { id: 'd', type: 'textfield', key: 'contact.email' },
      { id: 'n', type: 'textarea', key: 'note' },
    ] };
    // when diffed
    const diff = diffFields(listFormFields(schema), listFormFields(next));
    // then
    expect(diff.renamed.map((r) => [r.from.key, r.to.key])).toEqual([['customer', 'client']]);
    expect(diff.removed.map((f) => f.key)).toEqual(['address.city']);
    expect(diff.added.map((f) => f.key)).toEqual(['note']);
  });
});
