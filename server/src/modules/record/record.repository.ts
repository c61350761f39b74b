import { Injectable } from '@nestjs/common';
import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { defineException } from '../../common/errors/define-exception.js';
import { Db } from '../../database/db.service.js';
import { FilterMatch, FilterOperator, SortDirection } from './dtos/records-query.input.js';
import { ARRAY_TYPES, PlannedCondition, QueryPlan } from './utils/record-query-plan.util.js';
import { Bind, nonEmpty, scalarValue, someValue } from './utils/field-sql.util.js';

export interface RecordRow {
  id: string;
  form_id: string;
  form_key: string;
  form_version: number;
  data: Record<string, unknown>;
  created_by_id: string | null;
  created_at: Date;
  updated_by_id: string | null;
  updated_at: Date | null;
  deleted_at: Date | null;
  sort_key: unknown;
}

export interface RecordPage {
  rows: RecordRow[];
  /** Exact up to COUNT_LIMIT; beyond it COUNT_LIMIT with `totalCountExact` false. */
  totalCount: number;
  totalCountExact: boolean;
  hasNextPage: boolean;
}

/**
 * Counting stops here: an exact count of a filter that keeps 25,000 of 1,000,000 rows reads every row (≈ 0.8 s on the
 * benchmark machine), counting to 1,000 reads ≈ 40,000 (≈ 35 ms). Lists show "1,000+" beyond it.
 */
export const COUNT_LIMIT = 1_000;

/** Where the previous page ended: the sort value, then (created_at, id) to break ties. */
export interface RecordCursor {
  sortKey: unknown;
  createdAt: string;
  id: string;
}

const CursorException = defineException('RecordCursorException', {
  INVALID_CURSOR: { code: 'BAD_USER_INPUT', en: 'The page cursor "after" is not valid for this sort.', zh: '分页游标 after 与当前排序不匹配或无效。' },
});

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every non-trivial records query: filter conditions over JSONB, search, sort and keyset pagination. Each user
 * value and field path is a bound parameter; the SQL text depends only on the query's shape. The SQL for a
 * sample query is snapshotted in record.repository.spec.ts.
 */
@Injectable()
export class RecordRepository {
  constructor(private readonly db: Db) {}

  async page(workspaceId: string, formKey: string, plan: QueryPlan, first: number, after: RecordCursor | null): Promise<RecordPage> {
    const em = this.db.em;
    const [sql, params] = buildCountQuery(em, workspaceId, formKey, plan, COUNT_LIMIT);
    const [{ count }] = (await em.query(sql, params)) as { count: number }[];
    const rows: RecordRow[] = await buildRecordsQuery(em, workspaceId, formKey, plan, after).limit(first + 1).getRawMany();
    return { rows: rows.slice(0, first), totalCount: Math.min(count, COUNT_LIMIT), totalCountExact: count <= COUNT_LIMIT, hasNextPage: rows.length > first };
  }
}

/** `SELECT count(*)` of the matching records, counting no further than limit + 1. Exported for the benchmark. */
export function buildCountQuery(em: EntityManager, workspaceId: string, formKey: string, plan: QueryPlan, limit: number): [string, unknown[]] {
  const [sql, params] = buildRecordsQuery(em, workspaceId, formKey, plan, null).select('1').orderBy().limit(limit + 1).getQueryAndParameters();
  return [`SELECT count(*)::int AS count FROM (${sql}) matching`, params];
}

/** The list query (count: call `.select('count(*)')` on it and pass no cursor). Exported for the SQL snapshot. */
export function buildRecordsQuery(em: EntityManager, workspaceId: string, formKey: string, plan: QueryPlan, after: RecordCursor | null): SelectQueryBuilder<object> {
  const params: Record<string, unknown> = {};
  const bind: Bind = (value) => {
    const name = `p${Object.keys(params).length}`;
    params[name] = value;
    return `:${name}`;
  };
  const qb = em.createQueryBuilder().from('records', 'r').innerJoin('forms', 'f', 'f.id = r.form_id')
    .where(`r.workspace_id = ${bind(workspaceId)}`)
    .andWhere(`r.form_key = ${bind(formKey)}`)
    .andWhere(plan.deleted ? 'r.deleted_at IS NOT NULL' : 'r.deleted_at IS NULL');
  const conditions = plan.conditions.map((condition, index) => conditionSql(condition, bind, `v${index}`));
  if (plan.match === FilterMatch.ANY && conditions.length > 1) qb.andWhere(`(${conditions.map((sql) => `(${sql})`).join(' OR ')})`);
  else conditions.forEach((sql) => qb.andWhere(sql));
  if (plan.search) {
    const pattern = bind(`%${escapeLike(plan.search)}%`);
    qb.andWhere(`r.search_text ILIKE ${pattern}`);
    // search_text holds every value; for an actor with hidden fields the (indexed) match above only narrows,
    // and the values left once hidden fields are cut out must match too.
    if (plan.hiddenFromSearch.length > 0) {
      const visible = plan.hiddenFromSearch.reduce((data, field) => `(${data} #- CAST(${bind(field.parts.map((part) => part.name))} AS text[]))`, 'r.data');
      qb.andWhere(`EXISTS (SELECT 1 FROM jsonb_path_query(${visible}, 'strict $.**') AS s(value) WHERE jsonb_typeof(s.value) IN ('string', 'number') AND (s.value #>> '{}') ILIKE ${pattern})`);
    }
  }

  const sortKey = plan.sort.ref.kind === 'createdAt' ? 'r.created_at' : `COALESCE(${scalarValue('r', plan.sort.ref.field, bind)}, 'null'::jsonb)`;
  const direction = plan.sort.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  if (after) {
    const compare = direction === 'ASC' ? '>' : '<';
    const key = plan.sort.ref.kind === 'createdAt' ? '' : `${sortKey}, `;
    const value = plan.sort.ref.kind === 'createdAt' ? '' : `CAST(${bind(JSON.stringify(after.sortKey ?? null))} AS jsonb), `;
    qb.andWhere(`(${key}r.created_at, r.id) ${compare} (${value}CAST(${bind(after.createdAt)} AS timestamptz), CAST(${bind(after.id)} AS uuid))`);
  }
  qb.select(['r.id AS id', 'r.form_id AS form_id', 'r.form_key AS form_key', 'f.version AS form_version', 'r.data AS data',
    'r.created_by_id AS created_by_id', 'r.created_at AS created_at', 'r.updated_by_id AS updated_by_id',
    'r.updated_at AS updated_at', 'r.deleted_at AS deleted_at'])
    .addSelect(plan.sort.ref.kind === 'createdAt' ? 'NULL::jsonb' : sortKey, 'sort_key');
  if (plan.sort.ref.kind === 'data') qb.orderBy(sortKey, direction);
  qb.addOrderBy('r.created_at', direction).addOrderBy('r.id', direction);
  return qb.setParameters(params);
}

function conditionSql(condition: PlannedCondition, bind: Bind, name: string): string {
  const { ref, op, value } = condition;
  if (ref.kind === 'createdAt') return createdAtSql(op, value, bind);
  const field = ref.field;
  const some = (predicate: (v: string) => string) => `(${someValue('r', field, bind, name, predicate)})`;
  switch (op) {
    case FilterOperator.eq:
      // Outside lists the COALESCE form is the indexed expression (indexes/record-index-ddl.ts); equal for any value.
      return field.inList
        ? some((v) => `${v} = CAST(${bind(JSON.stringify(value))} AS jsonb)`)
        : `(COALESCE(${scalarValue('r', field, bind)}, 'null'::jsonb) = CAST(${bind(JSON.stringify(value))} AS jsonb))`;
    case FilterOperator.ne:
      return `NOT COALESCE(${some((v) => `${v} = CAST(${bind(JSON.stringify(value))} AS jsonb)`)}, false)`;
    case FilterOperator.gt:
    case FilterOperator.gte:
    case FilterOperator.lt:
    case FilterOperator.lte:
      return some((v) => compareSql(v, OPERATOR[op], value, bind));
    case FilterOperator.between: {
      const [low, high] = value as [string | number, string | number];
      return some((v) => `(${compareSql(v, '>=', low, bind)} AND ${compareSql(v, '<=', high, bind)})`);
    }
    case FilterOperator.contains:
      return ARRAY_TYPES.has(field.type)
        ? some((v) => `${v} @> CAST(${bind(JSON.stringify([value]))} AS jsonb)`)
        : some((v) => `(${v} #>> '{}') ILIKE ${bind(`%${escapeLike(String(value))}%`)}`);
    case FilterOperator.in:
      return some((v) => `${v} IN (SELECT jsonb_array_elements(CAST(${bind(JSON.stringify(value))} AS jsonb)))`);
    case FilterOperator.empty:
      return `${value === true ? 'NOT ' : ''}${some(nonEmpty)}`;
  }
}

const OPERATOR: Record<string, string> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * Numbers compare as numbers (also numbers a form stores as text, form-js `serializeToString`), texts such as
 * ISO dates as text. CASE keeps the casts from running on values of another type.
 */
function compareSql(v: string, operator: string, value: unknown, bind: Bind): string {
  // A simple CASE evaluates jsonb_typeof once, so the value is extracted twice at most.
  if (typeof value === 'number') {
    return `(CASE jsonb_typeof(${v}) WHEN 'number' THEN CAST(${v} AS numeric)`
      + ` WHEN 'string' THEN CASE WHEN (${v} #>> '{}') ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN CAST(${v} #>> '{}' AS numeric) END END)`
      + ` ${operator} CAST(${bind(value)} AS numeric)`;
  }
  return `(CASE jsonb_typeof(${v}) WHEN 'string' THEN ${v} #>> '{}' END) ${operator} CAST(${bind(value)} AS text)`;
}

function createdAtSql(op: FilterOperator, value: unknown, bind: Bind): string {
  if (op === FilterOperator.between) {
    const [low, high] = value as [string, string];
    return `r.created_at BETWEEN CAST(${bind(low)} AS timestamptz) AND CAST(${bind(high)} AS timestamptz)`;
  }
  const operator = op === FilterOperator.eq ? '=' : op === FilterOperator.ne ? '<>' : OPERATOR[op];
  return `r.created_at ${operator} CAST(${bind(value)} AS timestamptz)`;
}

export { CursorException as RecordCursorException };
