import type { EntityManager } from 'typeorm';
import type { Variables } from './runtime-types.js';

/**
 * Variables visible at an element instance: its own scope, then each enclosing scope, inner names winning. Walks
 * the scope chain with a recursive query, so it works for any nesting of sub-processes. Jobs read their variables
 * this way when activated (not when created), so a worker sees the values of the moment it starts.
 */
export async function visibleVariables(em: EntityManager, elementInstanceId: string): Promise<Variables> {
  const rows: { name: string; value: unknown }[] = await em.query(
    `WITH RECURSIVE chain AS (
       SELECT id, scope_id, 0 AS depth FROM element_instances WHERE id = $1
       UNION ALL SELECT e.id, e.scope_id, c.depth + 1 FROM element_instances e JOIN chain c ON e.id = c.scope_id)
     SELECT DISTINCT ON (v.name) v.name, v.value FROM chain c JOIN variables v ON v.scope_id = c.id ORDER BY v.name, c.depth`,
    [elementInstanceId],
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.value]));
}
