import { createHash } from 'node:crypto';
import type { FormField } from '../../form/utils/form-fields.util.js';

/**
 * The DDL of an indexed record field. The indexed expression is exactly the sort key and `eq` expression the
 * records query builds (`COALESCE(data -> 'amount', 'null')`, paths folded to constants at planning), so the planner
 * can walk the index in order and stop after one page. Statistics on the same expression (table-wide: PostgreSQL
 * ignores partial indexes when it estimates selectivity) tell the planner how many rows a filter keeps.
 *
 * Every value is quoted by PostgreSQL's own format(): the SQL returned here is a format() call, not spliced text.
 */
export interface RecordIndexDdl {
  indexName: string;
  statisticsName: string;
  /** `SELECT format(...)` statements with $1.. parameters; run them, then execute the text each one returns. */
  create: { sql: string; params: unknown[] };
  statistics: { sql: string; params: unknown[] };
  drop: string;
  dropStatistics: string;
}

const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** The JSONB expression of a top-level or nested scalar field, as a format() template (one %L: the path). */
const template = (depth: number): string =>
  depth === 1 ? `COALESCE(data -> %L::text, ''null''::jsonb)` : `COALESCE(data #> %L::text[], ''null''::jsonb)`;

/** Fields an index can serve: one value per record (not inside a dynamic list, not a list of options). */
export const INDEXABLE_EXCLUDED_TYPES = new Set(['dynamiclist', 'checklist', 'taglist', 'filepicker']);
export const isIndexable = (field: FormField): boolean => !field.inList && !INDEXABLE_EXCLUDED_TYPES.has(field.type);

export function recordIndexDdl(workspaceId: string, formKey: string, field: Pick<FormField, 'parts'>): RecordIndexDdl {
  const path = field.parts.map((part) => part.name);
  const indexName = `rx_${digest(`${workspaceId}\u0000${formKey}\u0000${path.join('\u0000')}`)}`;
  const statisticsName = `rxs_${digest(path.join('\u0000'))}`;
  const expr = template(path.length);
  const pathType = path.length === 1 ? 'text' : 'text[]';
  const param = path.length === 1 ? path[0] : path;
  return {
    indexName,
    statisticsName,
    create: {
      sql: `SELECT format('CREATE INDEX CONCURRENTLY %I ON records ((${expr}), created_at, id) WHERE workspace_id = %L::uuid AND form_key = %L AND deleted_at IS NULL', $1::text, $2::${pathType}, $3::text, $4::text) AS ddl`,
      params: [indexName, param, workspaceId, formKey],
    },
    statistics: {
      sql: `SELECT format('CREATE STATISTICS IF NOT EXISTS %I ON (${expr}) FROM records', $1::text, $2::${pathType}) AS ddl`,
      params: [statisticsName, param],
    },
    drop: `DROP INDEX CONCURRENTLY IF EXISTS "${indexName}"`,
    dropStatistics: `DROP STATISTICS IF EXISTS "${statisticsName}"`,
  };
}
