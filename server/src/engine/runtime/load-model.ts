import type { EntityManager } from 'typeorm';
import type { ProcessModel } from '../parse/process-model.js';

/**
 * Deployed definitions never change, so their parsed models are cached by definition id. This is a cache of
 * immutable rows, not state: any replica rebuilds it from the database.
 */
const cache = new Map<string, ProcessModel>();
const MAX_CACHED = 500;

export async function loadModel(em: EntityManager, definitionId: string): Promise<ProcessModel> {
  const hit = cache.get(definitionId);
  if (hit) return hit;
  const [row]: { model: ProcessModel }[] = await em.query(`SELECT model FROM process_definitions WHERE id = $1`, [definitionId]);
  if (!row) throw new Error(`Process definition ${definitionId} is not visible`);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(definitionId, row.model);
  return row.model;
}
