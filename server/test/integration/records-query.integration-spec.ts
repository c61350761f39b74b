import { RunningBaton } from '../../src/bootstrap.js';
import { startTestApp } from './app.js';
import { deployed, RECORDS, submitted } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { Session, signUp } from './identity.js';

const dealsForm = {
  id: 'deals',
  components: [
    { id: 'c1', type: 'textfield', key: 'customer' },
    { id: 'c2', type: 'number', key: 'amount' },
    { id: 'c3', type: 'select', key: 'stage', values: [{ label: 'Lead', value: 'lead' }, { label: 'Won', value: 'won' }, { label: 'Lost', value: 'lost' }] },
    { id: 'c4', type: 'taglist', key: 'tags', values: [{ label: 'VIP', value: 'vip' }, { label: 'Renewal', value: 'renewal' }] },
    { id: 'c5', type: 'datetime', subtype: 'date', key: 'due' },
    { id: 'c6', type: 'checkbox', key: 'signed' },
    { id: 'c7', type: 'group', path: 'address', components: [{ id: 'c8', type: 'textfield', key: 'city' }] },
    { id: 'c9', type: 'dynamiclist', path: 'items', components: [{ id: 'c10', type: 'textfield', key: 'product' }, { id: 'c11', type: 'number', key: 'price' }] },
  ],
};

const DEALS = [
  { customer: 'Acme', amount: 1200, stage: 'won', tags: ['vip'], due: '2026-03-01', signed: true, address: { city: '上海' }, items: [{ product: 'Seats', price: 100 }, { product: 'Support', price: 1100 }] },
  { customer: 'Globex', amount: 300, stage: 'lead', tags: [], due: '2026-04-15', signed: false, address: { city: 'Beijing' }, items: [] },
  { customer: 'Initech 100%', amount: 5000, stage: 'won', tags: ['vip', 'renewal'], due: '2026-05-20', signed: true, address: { city: '上海市' }, items: [{ product: 'Seats', price: 5000 }] },
  { customer: 'Umbrella', amount: 50, stage: 'lost', tags: ['renewal'], due: null, signed: false, address: { city: '' }, items: [{ product: 'Trial', price: 0 }] },
  { customer: 'Hooli', stage: null, tags: [], signed: false, address: { city: 'Shenzhen' } },
];

let baton: RunningBaton;
let url: string;
let owner: Session;

interface Page { nodes: { id: string; deletedAt: string | null; data: { customer: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean }; totalCount: number }
const query = (variables: Record<string, unknown>) => gql<{ records: Page }>(url, RECORDS, { formKey: 'deals', ...variables }, { token: owner.token });
const customers = async (variables: Record<string, unknown>) => {
  const result = await query(variables);
  expect(result.errors).toBeUndefined();
  return result.data!.records.nodes.map((n) => n.data.customer);
};

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Query Co' });
  await deployed(url, owner, dealsForm);
  for (const deal of DEALS) await submitted(url, owner, 'deals', deal);
});
afterAll(() => baton?.stop());

describe('records: filter operators', () => {
  const ASC = { field: 'customer', direction: 'ASC' };
  it.each([
    { title: 'eq on text', where: [{ field: 'stage', op: 'eq', value: 'won' }], expected: ['Acme', 'Initech 100%'] },
    { title: 'eq on a boolean', where: [{ field: 'signed', op: 'eq', value: true }], expected: ['Acme', 'Initech 100%'] },
    { title: 'ne (missing values count as different)', where: [{ field: 'stage', op: 'ne', value: 'won' }], expected: ['Globex', 'Hooli', 'Umbrella'] },
    { title: 'gt on a number', where: [{ field: 'amount', op: 'gt', value: 300 }], expected: ['Acme', 'Initech 100%'] },
    { title: 'gte on a number', where: [{ field: 'amount', op: 'gte', value: 300 }], expected: ['Acme', 'Globex', 'Initech 100%'] },
    { title: 'lt on a number', where: [{ field: 'amount', op: 'lt', value: 300 }], expected: ['Umbrella'] },
    { title: 'lte on a date', where: [{ field: 'due', op: 'lte', value: '2026-04-15' }], expected: ['Acme', 'Globex'] },
    { title: 'between numbers', where: [{ field: 'amount', op: 'between', value: [100, 2000] }], expected: ['Acme', 'Globex'] },
    { title: 'between dates', where: [{ field: 'due', op: 'between', value: ['2026-04-01', '2026-12-31'] }], expected: ['Globex', 'Initech 100%'] },
    { title: 'contains in text, case-insensitive', where: [{ field: 'customer', op: 'contains', value: 'ME' }], expected: ['Acme'] },
    { title: 'contains with LIKE wildcards taken literally', where: [{ field: 'customer', op: 'contains', value: '100%' }], expected: ['Initech 100%'] },
    { title: 'contains an option of a tag list', where: [{ field: 'tags', op: 'contains', value: 'renewal' }], expected: ['Initech 100%', 'Umbrella'] },
    { title: 'in', where: [{ field: 'stage', op: 'in', value: ['lead', 'lost'] }], expected: ['Globex', 'Umbrella'] },
    { title: 'empty', where: [{ field: 'amount', op: 'empty', value: true }], expected: ['Hooli'] },
    { title: 'not empty on a group field', where: [{ field: 'address.city', op: 'empty', value: false }], expected: ['Acme', 'Globex', 'Hooli', 'Initech 100%'] },
    { title: 'eq on a group field (nested path)', where: [{ field: 'address.city', op: 'eq', value: '上海' }], expected: ['Acme'] },
    { title: 'gt inside a dynamic list (any row)', where: [{ field: 'items.price', op: 'gt', value: 1000 }], expected: ['Acme', 'Initech 100%'] },
    { title: 'eq inside a dynamic list', where: [{ field: 'items.product', op: 'eq', value: 'Seats' }], expected: ['Acme', 'Initech 100%'] },
    { title: 'ne inside a dynamic list (no row)', where: [{ field: 'items.product', op: 'ne', value: 'Seats' }], expected: ['Globex', 'Hooli', 'Umbrella'] },
    { title: 'an empty dynamic list', where: [{ field: 'items', op: 'empty', value: true }], expected: ['Globex', 'Hooli'] },
    { title: 'createdAt after a date', where: [{ field: 'createdAt', op: 'gt', value: '2000-01-01T00:00:00Z' }], expected: ['Acme', 'Globex', 'Hooli', 'Initech 100%', 'Umbrella'] },
    { title: 'several conditions (all must hold)', where: [{ field: 'stage', op: 'eq', value: 'won' }, { field: 'tags', op: 'contains', value: 'renewal' }], expected: ['Initech 100%'] },
  ])('$title', async ({ where, expected }) => {
    // given five deals / when filtered / then exactly the matching ones come back
    expect(await customers({ filter: { conditions: where }, sort: ASC })).toEqual(expected);
  });

  it('combines conditions with match: ANY (满足任一条件), ALL being the default', async () => {
    const where = [{ field: 'stage', op: 'eq', value: 'lost' }, { field: 'amount', op: 'gt', value: 1000 }];
    const ASC = { field: 'customer', direction: 'ASC' };
    expect(await customers({ filter: { conditions: where, match: 'ANY' }, sort: ASC })).toEqual(['Acme', 'Initech 100%', 'Umbrella']);
    expect(await customers({ filter: { conditions: where, match: 'ALL' }, sort: ASC })).toEqual([]);
    expect(await customers({ filter: { conditions: where }, sort: ASC })).toEqual([]);
    expect(await customers({ filter: { conditions: where.slice(0, 1), match: 'ANY' }, sort: ASC })).toEqual(['Umbrella']);
  });

  it('searches every text and number value, not the keys (ILIKE over search_text)', async () => {
    expect(await customers({ filter: { search: '上海' }, sort: ASC })).toEqual(['Acme', 'Initech 100%']);
    expect(await customers({ filter: { search: 'support' }, sort: ASC })).toEqual(['Acme']);
    expect(await customers({ filter: { search: '5000' }, sort: ASC })).toEqual(['Initech 100%']);
    expect(await customers({ filter: { search: 'customer' }, sort: ASC })).toEqual([]);
  });
});

describe('records: sort and pagination', () => {
  it('pages through records sorted by a field with a keyset cursor, no record twice or missed', async () => {
    // given five deals sorted by amount, highest first (Hooli has none: last)
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    // when fetched two at a time
    do {
      const result = await query({ sort: { field: 'amount', direction: 'DESC' }, first: 2, after });
      const page: Page = result.data!.records;
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((n) => n.data.customer));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    // then every deal appears once, in order, over three pages
    expect(pages).toBe(3);
    expect(seen).toEqual(['Initech 100%', 'Acme', 'Globex', 'Umbrella', 'Hooli']);
  });

  it('lists newest first by default and pages by createdAt', async () => {
    const first = await query({ first: 3 });
    const rest = await query({ first: 3, after: first.data!.records.pageInfo.endCursor });
    expect([...first.data!.records.nodes, ...rest.data!.records.nodes].map((n) => n.data.customer)).toEqual(['Hooli', 'Umbrella', 'Initech 100%', 'Globex', 'Acme']);
    expect(rest.data!.records.pageInfo.hasNextPage).toBe(false);
  });
});

describe('records: recycle bin', () => {
  it('lists deleted records only when asked, and counts them apart', async () => {
    // given a deal moved to the recycle bin
    const umbrella = (await query({ filter: { conditions: [{ field: 'customer', op: 'eq', value: 'Umbrella' }] } })).data!.records.nodes[0];
    await gql(url, `mutation($id: ID!) { deleteRecord(id: $id) { id } }`, { id: umbrella.id }, { token: owner.token });
    // when live and deleted records are listed / then each list holds its own
    const live = await query({});
    const bin = await query({ filter: { deleted: true } });
    expect(live.data!.records.totalCount).toBe(4);
    expect(bin.data!.records.nodes.map((n) => [n.data.customer, Boolean(n.deletedAt)])).toEqual([['Umbrella', true]]);
    await gql(url, `mutation($id: ID!) { restoreRecord(id: $id) { id } }`, { id: umbrella.id }, { token: owner.token });
    expect((await query({})).data!.records.totalCount).toBe(5);
  });
});

describe('records: bad queries', () => {
  it.each([
    { title: 'an unknown field', variables: { filter: { conditions: [{ field: 'price', op: 'eq', value: 1 }] } }, fields: ['filter.conditions[0].field'] },
    { title: 'an injection attempt as a field', variables: { filter: { conditions: [{ field: "amount') OR 1=1 --", op: 'eq', value: 1 }] } }, fields: ['filter.conditions[0].field'] },
    { title: 'in without a list', variables: { filter: { conditions: [{ field: 'stage', op: 'in', value: 'won' }] } }, fields: ['filter.conditions[0].value'] },
    { title: 'between with one bound', variables: { filter: { conditions: [{ field: 'amount', op: 'between', value: [1] }] } }, fields: ['filter.conditions[0].value'] },
    { title: 'gt with an object', variables: { filter: { conditions: [{ field: 'amount', op: 'gt', value: { $gt: 1 } }] } }, fields: ['filter.conditions[0].value'] },
    { title: 'empty without a boolean', variables: { filter: { conditions: [{ field: 'amount', op: 'empty', value: 'yes' }] } }, fields: ['filter.conditions[0].value'] },
    { title: 'eq on a whole dynamic list', variables: { filter: { conditions: [{ field: 'items', op: 'eq', value: 1 }] } }, fields: ['filter.conditions[0].op'] },
    { title: 'contains on createdAt', variables: { filter: { conditions: [{ field: 'createdAt', op: 'contains', value: '2026' }] } }, fields: ['filter.conditions[0].op'] },
    { title: 'sorting by a field inside a list', variables: { sort: { field: 'items.price' } }, fields: ['sort.field'] },
    { title: 'sorting by an unknown field', variables: { sort: { field: 'nope' } }, fields: ['sort.field'] },
    { title: 'a made-up cursor', variables: { after: 'bm90LWEtY3Vyc29y' }, fields: ['after'] },
  ])('refuses $title with BAD_USER_INPUT naming it', async ({ variables, fields }) => {
    const result = await query(variables);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(fields);
  });

  it('refuses a cursor made for another sort', async () => {
    const byAmount = await query({ sort: { field: 'amount' }, first: 1 });
    const result = await query({ first: 1, after: byAmount.data!.records.pageInfo.endCursor });
    expect(fieldsOf(result)).toEqual(['after']);
  });

  it('answers NOT_FOUND for an unknown form', async () => {
    expect(codeOf(await gql(url, RECORDS, { formKey: 'nope' }, { token: owner.token }))).toBe('NOT_FOUND');
  });
});
