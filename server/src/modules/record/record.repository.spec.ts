import { DataSource } from 'typeorm';
import type { FormSchema } from '@baton/sdk';
import { ENTITIES } from '../../database/entities.js';
import { listFormFields } from '../form/utils/form-fields.util.js';
import { FilterOperator, SortDirection } from './dtos/records-query.input.js';
import { buildRecordsQuery } from './record.repository.js';
import { planRecordQuery, QueryPlan } from './utils/record-query-plan.util.js';

/** Builds entity metadata without connecting, so the query builder emits the SQL it would at run time. */
class OfflineDataSource extends DataSource {
  prepare(): Promise<void> {
    return this.buildMetadatas();
  }
}

const schema: FormSchema = {
  id: 'renewal',
  components: [
    { type: 'textfield', key: 'customer' },
    { type: 'number', key: 'amount' },
    { type: 'taglist', key: 'tags', values: [{ label: 'VIP', value: 'vip' }] },
    { type: 'dynamiclist', path: 'items', components: [{ type: 'number', key: 'price' }] },
  ],
};

const WORKSPACE = '00000000-0000-4000-8000-000000000001';

async function sqlOf(filter: Parameters<typeof planRecordQuery>[1], sort: Parameters<typeof planRecordQuery>[2], after = false, hidden: string[] = []) {
  const dataSource = new OfflineDataSource({ type: 'postgres', entities: ENTITIES });
  await dataSource.prepare();
  const fields = listFormFields(schema);
  const plan = planRecordQuery(new Map(fields.map((f) => [f.key, f])), filter, sort, fields.filter((f) => hidden.includes(f.key))) as QueryPlan;
  const cursor = after ? { sortKey: 1200, createdAt: '2026-05-01T08:00:00.000Z', id: '00000000-0000-4000-8000-0000000000aa' } : null;
  const [sql, params] = buildRecordsQuery(dataSource.manager, WORKSPACE, 'renewal', plan, cursor).limit(51).getQueryAndParameters();
  return { sql: sql.replace(/\s+/g, ' '), params };
}

describe('buildRecordsQuery', () => {
  it('emits parameterised SQL over JSONB for a sample filter, search, sort and cursor', async () => {
    // given a filter on a text, a number, a tag list and a field inside a dynamic list, sorted by amount, after a cursor
    const query = await sqlOf(
      {
        conditions: [
          { field: 'customer', op: FilterOperator.contains, value: '100%_Acme' },
          { field: 'amount', op: FilterOperator.between, value: [1000, 5000] },
          { field: 'tags', op: FilterOperator.contains, value: 'vip' },
          { field: 'items.price', op: FilterOperator.gt, value: 99 },
          { field: 'customer', op: FilterOperator.ne, value: 'Globex' },
          { field: 'items', op: FilterOperator.empty, value: false },
        ],
        search: '上海',
      },
      { field: 'amount', direction: SortDirection.DESC },
      true,
    );
    // then the SQL has no user value in its text, and matches the reviewed snapshot
    expect(query.sql).not.toMatch(/Acme|Globex|上海|vip|price/);
    expect(query).toMatchSnapshot();
  });

  it('sorts by createdAt, newest first, when no sort is given', async () => {
    const query = await sqlOf({ conditions: [{ field: 'createdAt', op: FilterOperator.gte, value: '2026-01-01' }] }, null);
    expect(query.sql).toContain('ORDER BY "r"."created_at" DESC, "r"."id" DESC');
    expect(query.sql).not.toContain('COALESCE');
  });

  it('cuts hidden fields out of the data a restricted actor’s search looks at', async () => {
    // given an actor from whom the amount and the item list are hidden / when they search
    const query = await sqlOf({ search: '1200' }, null, false, ['amount', 'items']);
    // then the indexed match narrows and the values left without the hidden paths must match
    expect(query.sql).toContain(`"r"."search_text" ILIKE $3 AND EXISTS (SELECT 1 FROM jsonb_path_query((("r"."data" #- CAST($4 AS text[])) #- CAST($5 AS text[])), 'strict $.**') AS s(value) WHERE jsonb_typeof(s.value) IN ('string', 'number') AND (s.value #>> '{}') ILIKE $3)`);
    expect(query.params.slice(2)).toEqual(['%1200%', ['amount'], ['items']]);
  });
});
