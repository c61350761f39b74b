import type { EntityManager } from 'typeorm';
import type { Variables } from './runtime-types.js';

/**
 * Variables visible at an element instance: its own scope, then each enclosing scope, inner names winning. Walks
 * the scope chain with a recursive query, so it works for any nesting of sub-processes. Jobs read their variables
 * this way when activated (not when created), so a worker sees the values of the moment it starts.
 */
export async function visibleVariables(em: EntityManager, elementInstanceId: string): Promise<Variables> {
  const [row]: { variables: Variables }[] = await em.query(`SELECT ${visibleVariablesOf('$1::uuid')} AS variables`, [elementInstanceId]);
  return row?.variables ?? {};
}

/**
 * The same as SQL: a scalar sub-select answering the variables visible at the element instance `elementInstance`
 * (an SQL expression, e.g. a parameter or a column of the outer query) as one JSON object, `{}` when there are none.
 * A statement that claims jobs reads every claimed job's variables with it, instead of one query per job.
 */
export function visibleVariablesOf(elementInstance: string): string {
  return `(WITH RECURSIVE chain AS (
       SELECT id, scope_id, 0 AS depth FROM element_instances WHERE id = ${elementInstance}
       UNION ALL SELECT e.id, e.scope_id, c.depth + 1 FROM element_instances e JOIN chain c ON e.id = c.scope_id)
     SELECT COALESCE(jsonb_object_agg(visible.name, visible.value), '{}'::jsonb) FROM (
       SELECT DISTINCT ON (v.name) v.name, v.value FROM chain c JOIN variables v ON v.scope_id = c.id ORDER BY v.name, c.depth) visible)`;
}
