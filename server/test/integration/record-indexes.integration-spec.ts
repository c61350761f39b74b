import { RunningBaton } from '../../src/bootstrap.js';
import { buildRecordsQuery } from '../../src/modules/record/record.repository.js';
import { planRecordQuery, QueryPlan } from '../../src/modules/record/utils/record-query-plan.util.js';
import { listFormFields } from '../../src/modules/form/utils/form-fields.util.js';
import { SortDirection } from '../../src/modules/record/dtos/records-query.input.js';
import { startTestApp } from './app.js';
import { deployed, RECORDS } from './forms/form-helpers.js';
import { codeOf, fieldsOf, gql } from './graphql-client.js';
import { addMember, Session, signUp } from './identity.js';

const dealsForm = {
  id: 'deals',
  components: [
    { id: 'c1', type: 'textfield', key: 'customer' },
    { id: 'c2', type: 'number', key: 'amount' },
    { id: 'c3', type: 'select', key: 'stage', values: [{ label: 'Won', value: 'won' }, { label: 'Lost', value: 'lost' }] },
    { id: 'c4', type: 'taglist', key: 'tags', values: [{ label: 'VIP', value: 'vip' }] },
    { id: 'c5', type: 'group', path: 'address', components: [{ id: 'c6', type: 'textfield', key: 'city' }] },
    { id: 'c7', type: 'dynamiclist', path: 'items', components: [{ id: 'c8', type: 'number', key: 'price' }] },
  ],
};
const ROWS = 1_200;
const CITIES = ['上海', 'Beijing', 'Shenzhen'];

const SET = `mutation($k: String!, $f: [String!]!) { setRecordIndexes(formKey: $k, fields: $f) { fieldKey state error } }`;
const LIST = `query($k: String!) { recordIndexes(formKey: $k) { fieldKey state error } }`;
interface IndexRow { fieldKey: string; state: string; error: string | null }

let baton: RunningBaton;
let url: string;
let owner: Session;
let formId: string;

const setIndexes = (caller: Session, fields: string[], formKey = 'deals') => gql<{ setRecordIndexes: IndexRow[] }>(url, SET, { k: formKey, f: fields }, { token: caller.token });
const indexes = async (): Promise<IndexRow[]> => (await gql<{ recordIndexes: IndexRow[] }>(url, LIST, { k: 'deals' }, { token: owner.token })).data!.recordIndexes;
const physical = async (): Promise<{ name: string; valid: boolean; definition: string }[]> => baton.dataSource.query(
  `SELECT c.relname AS name, i.indisvalid AS valid, pg_get_indexdef(c.oid) AS definition FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
   WHERE i.indrelid = 'records'::regclass AND c.relname LIKE 'rx\\_%' AND pg_get_indexdef(c.oid) LIKE '%' || $1 || '%' ORDER BY 1`, [owner.workspaceId]);

async function settled(): Promise<IndexRow[]> {
  for (let i = 0; i < 100; i += 1) {
    const rows = await indexes();
    if (rows.every((row) => row.state === 'READY' || row.state === 'FAILED')) return rows;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error('indexes did not settle within 20 s');
}

/** The plan PostgreSQL picks for the records query the repository builds, with sorting and seq scans priced out. */
async function planOf(filter: Parameters<typeof planRecordQuery>[1], sort: Parameters<typeof planRecordQuery>[2]): Promise<string> {
  const fields = new Map(listFormFields(dealsForm as never).map((f) => [f.key, f]));
  const plan = planRecordQuery(fields, filter, sort) as QueryPlan;
  return baton.dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true), set_config('enable_seqscan', 'off', true), set_config('enable_sort', 'off', true)`, [owner.workspaceId]);
    const [sql, params] = buildRecordsQuery(em, owner.workspaceId, 'deals', plan, null).limit(51).getQueryAndParameters();
    const rows: { 'QUERY PLAN': string }[] = await em.query(`EXPLAIN ${sql}`, params);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  });
}

beforeAll(async () => {
  baton = await startTestApp();
  url = baton.url;
  owner = await signUp(url, { workspaceName: 'Index Co' });
  formId = (await deployed(url, owner, dealsForm)).id;
  // 1,200 records straight into the table: the count limit (1,000) needs more rows than submitting one by one allows.
  await baton.dataSource.query(`
    INSERT INTO records (workspace_id, form_id, form_key, data, search_text, created_at)
    SELECT $1, $2, 'deals', jsonb_build_object('customer', 'Customer ' || g, 'amount', (g * 7919) % 10000, 'stage', CASE WHEN g % 4 = 0 THEN 'won' ELSE 'lost' END,
      'address', jsonb_build_object('city', ($3::text[])[1 + g % 3])), 'Customer ' || g, now() - make_interval(secs => g)
    FROM generate_series(1, $4::int) g`, [owner.workspaceId, formId, CITIES, ROWS]);
});
afterAll(() => baton?.stop());

describe('records: search', () => {
  // Under row-level security PostgreSQL uses an index only for LEAKPROOF operators; with ILIKE marked so, a search over
  // 1,000,000 records uses its trigram index (bench/records-query.bench.mjs; on this 1,200-row table the planner
  // rightly prefers the list index, so the plan is not asserted here).
  it('has ILIKE marked leakproof by the migration, and the trigram index in place', async () => {
    expect(await baton.dataSource.query(`SELECT proleakproof FROM pg_proc WHERE proname = 'texticlike'`)).toEqual([{ proleakproof: true }]);
    expect(await baton.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_records_search'`)).toEqual([{ indexdef: expect.stringContaining('gin (search_text gin_trgm_ops)') }]);
  });
});

describe('records: counting', () => {
  it('counts exactly up to 1,000 and says so beyond', async () => {
    // given 1,200 records / when listed without a filter, then with one keeping 300
    const all = await gql<{ records: { totalCount: number; totalCountExact: boolean } }>(url, `query { records(formKey: "deals", first: 5) { totalCount totalCountExact } }`, {}, { token: owner.token });
    const won = await gql<{ records: { totalCount: number; totalCountExact: boolean } }>(url, `query { records(formKey: "deals", first: 5, filter: { conditions: [{ field: "stage", op: eq, value: "won" }] }) { totalCount totalCountExact } }`, {}, { token: owner.token });
    // then the first stops at the limit and is flagged, the second is exact
    expect(all.data!.records).toEqual({ totalCount: 1000, totalCountExact: false });
    expect(won.data!.records).toEqual({ totalCount: 300, totalCountExact: true });
  });
});

describe('setRecordIndexes', () => {
  it('builds an index per field that the records query walks for sorting and eq filters', async () => {
    // given no index, the sort by amount cannot use one
    expect(await planOf(null, { field: 'amount', direction: SortDirection.DESC })).not.toMatch(/rx_/);
    // when a builder indexes amount and the nested address.city
    const result = await setIndexes(owner, ['amount', 'address.city']);
    expect(result.errors).toBeUndefined();
    expect(result.data!.setRecordIndexes.map((row) => row.fieldKey)).toEqual(['address.city', 'amount']);
    // then both become READY, as valid partial indexes of this workspace and form
    expect(await settled()).toEqual([{ fieldKey: 'address.city', state: 'READY', error: null }, { fieldKey: 'amount', state: 'READY', error: null }]);
    const built = await physical();
    expect(built).toHaveLength(2);
    expect(built.every((index) => index.valid && index.definition.includes(`form_key)::text = 'deals'`))).toBe(true);
    // and the planner uses them: an ordered walk for the sort, also under an eq filter on the nested field
    expect(await planOf(null, { field: 'amount', direction: SortDirection.DESC })).toMatch(/Index Scan Backward using rx_\w+/);
    expect(await planOf({ conditions: [{ field: 'address.city', op: 'eq', value: '上海' }] } as never, { field: 'address.city', direction: SortDirection.ASC }))
      .toMatch(/Index Scan using rx_\w+ on records r [^\n]*\n\s+(Index Cond|Filter): \(COALESCE\(\(data #> '\{address,city\}'::text\[\]\), 'null'::jsonb\) = '"上海"'::jsonb\)/);
  });

  it('returns the same page through the index as the data says', async () => {
    // given the amount index / when the first page is sorted by amount descending
    const page = await gql<{ records: { nodes: { data: { amount: number } }[] } }>(url, RECORDS, { formKey: 'deals', first: 20, sort: { field: 'amount', direction: 'DESC' } }, { token: owner.token });
    // then it holds the 20 largest amounts in order
    const expected = Array.from({ length: ROWS }, (_, i) => ((i + 1) * 7919) % 10000).sort((a, b) => b - a).slice(0, 20);
    expect(page.data!.records.nodes.map((node) => node.data.amount)).toEqual(expected);
    // and an eq filter on the indexed nested field keeps exactly the matching third
    const city = await gql<{ records: { totalCount: number } }>(url, RECORDS, { formKey: 'deals', filter: { conditions: [{ field: 'address.city', op: 'eq', value: 'Beijing' }] } }, { token: owner.token });
    expect(city.data!.records.totalCount).toBe(400);
  });

  it('drops the indexes of fields left out', async () => {
    // when address.city is no longer asked for
    const result = await setIndexes(owner, ['amount']);
    expect(result.errors).toBeUndefined();
    // then its row goes away and only the amount index remains
    for (let i = 0; i < 100 && (await indexes()).length > 1; i += 1) await new Promise((done) => setTimeout(done, 200));
    expect(await indexes()).toEqual([{ fieldKey: 'amount', state: 'READY', error: null }]);
    expect((await physical()).map((index) => index.definition)).toEqual([expect.stringContaining(`data -> 'amount'::text`)]);
  });

  it.each([
    { title: 'an unknown field', fields: ['nope'], key: 'fields[0]' },
    { title: 'a list of options', fields: ['amount', 'tags'], key: 'fields[1]' },
    { title: 'a field inside a dynamic list', fields: ['items.price'], key: 'fields[0]' },
    { title: 'the whole dynamic list', fields: ['items'], key: 'fields[0]' },
    { title: 'more than five fields', fields: ['customer', 'amount', 'stage', 'address.city', 'customer ', 'x', 'y'], key: 'fields' },
  ])('refuses $title naming the field, changing nothing', async ({ fields, key }) => {
    const before = await indexes();
    const result = await setIndexes(owner, fields);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toContain(key);
    expect(await indexes()).toEqual(before);
  });

  it('is for builders: a member gets FORBIDDEN, an unknown form NOT_FOUND', async () => {
    const member = await addMember(url, owner, 'MEMBER');
    expect(codeOf(await setIndexes(member, ['customer']))).toBe('FORBIDDEN');
    expect(codeOf(await setIndexes(owner, ['customer'], 'no_such_form'))).toBe('NOT_FOUND');
    // a member may still see which fields are indexed
    const seen = await gql<{ recordIndexes: IndexRow[] }>(url, LIST, { k: 'deals' }, { token: member.token });
    expect(seen.data!.recordIndexes.map((row) => row.fieldKey)).toEqual(['amount']);
  });
});
