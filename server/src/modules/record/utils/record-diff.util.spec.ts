import { diffRecordData } from './record-diff.util.js';

describe('diffRecordData', () => {
  it('lists changed leaves by path and lists as a whole, ignoring key order', () => {
    // given two versions of a record whose list rows come back from JSONB with reordered keys
    const before = { amount: 1, address: { city: 'A', zip: '1' }, items: [{ product: 'x', price: 1 }], tags: ['a'] };
    const after = { amount: 2, address: { city: 'B', zip: '1' }, items: [{ price: 1, product: 'x' }], tags: ['a', 'b'], note: 'new' };
    // when diffed / then
    expect(diffRecordData(before, after)).toEqual([
      { key: 'address.city', before: 'A', after: 'B' },
      { key: 'amount', before: 1, after: 2 },
      { key: 'note', before: null, after: 'new' },
      { key: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('finds nothing between equal data', () => {
    expect(diffRecordData({ a: { b: [1, { c: 2, d: 3 }] } }, { a: { b: [1, { d: 3, c: 2 }] } })).toEqual([]);
  });
});
