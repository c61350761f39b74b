import type { EntityManager } from 'typeorm';
import { Execution } from './execution.js';
import { loadModel } from './load-model.js';
import { RuntimeStore } from './runtime-store.js';
import type { Actor, Variables } from './runtime-types.js';

export interface LockedInstance {
  id: string;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  definitionId: string;
}

/**
 * Serialises commands on one instance: every command takes this row lock first and holds it to commit, so two
 * completions racing into a join run one after the other and the second sees the first one's tokens.
 * Returns null when the instance is not visible (another workspace, or no such id).
 */
export async function lockInstance(em: EntityManager, instanceId: string): Promise<LockedInstance | null> {
  const [row]: { id: string; state: LockedInstance['state']; definition_id: string }[] = await em.query(
    `SELECT id, state, definition_id FROM process_instances WHERE id = $1 FOR UPDATE`,
    [instanceId],
  );
  return row ? { id: row.id, state: row.state, definitionId: row.definition_id } : null;
}

/** Creates the instance row and runs it to its first wait states, in the caller's transaction. */
export async function startInstance(
  em: EntityManager,
  actor: Actor,
  definition: { id: string; bpmnProcessId: string; version: number },
  variables: Variables,
): Promise<{ instanceId: string; execution: Execution }> {
  const [row]: { id: string }[] = await em.query(
    `INSERT INTO process_instances (workspace_id, definition_id, bpmn_process_id, version, state, started_by)
     VALUES ($1, $2, $3, $4, 'ACTIVE', $5) RETURNING id`,
    [actor.workspaceId, definition.id, definition.bpmnProcessId, definition.version, actor.userId],
  );
  const model = await loadModel(em, definition.id);
  const execution = await Execution.create(model, new RuntimeStore(em, actor.workspaceId, row.id, actor.userId));
  await execution.start(variables);
  return { instanceId: row.id, execution };
}

/** Loads a locked instance's open tokens and variables, ready for a command. */
export async function resume(em: EntityManager, actor: Actor, instance: LockedInstance): Promise<Execution> {
  const model = await loadModel(em, instance.definitionId);
  return Execution.load(model, new RuntimeStore(em, actor.workspaceId, instance.id, actor.userId));
}
