import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../../database/prepared-query.js';
import type { Clock } from './clock.js';
import { type CommandContext, Execution } from './execution.js';
import { loadModel } from './load-model.js';
import { type Alongside, RuntimeStore } from './runtime-store.js';
import type { Actor, Variables } from './runtime-types.js';

export interface LockedInstance {
  id: string;
  state: 'ACTIVE' | 'COMPLETED' | 'TERMINATED';
  definitionId: string;
  /** set for an instance a call activity started */
  parent?: ParentLink | null;
}

/** Where a called instance came from: the calling instance and its call activity's element instance. */
export interface ParentLink {
  readonly instanceId: string;
  readonly elementInstanceId: string;
  readonly rootInstanceId: string;
}

/** What a lock reads of the instance row (every lock statement below). */
const LOCK_COLUMNS = 'SELECT id, state, definition_id, parent_instance_id, parent_element_instance_id, root_instance_id FROM process_instances';

interface InstanceRow {
  id: string;
  state: LockedInstance['state'];
  definition_id: string;
  parent_instance_id: string | null;
  parent_element_instance_id: string | null;
  root_instance_id: string | null;
}

/**
 * Serialises commands on one instance: every command takes this row lock first and holds it to commit, so two
 * completions racing into a join run one after the other and the second sees the first one's tokens. An instance
 * started by a call activity locks the root of its tree first: a command in a child may complete its parent's call
 * activity, and one in the parent may cancel its children, so the whole tree moves one command at a time (and two
 * commands never lock parent and child in opposite orders). Returns null when the instance is not visible.
 */
export async function lockInstance(em: EntityManager, instanceId: string): Promise<LockedInstance | null> {
  // Most instances are roots of their own tree: one statement locks those. A child instance (or one not visible)
  // takes the two-step path below, root first.
  const [own] = await preparedQuery<InstanceRow>(
    em,
    `${LOCK_COLUMNS}
     WHERE id = $1 AND (root_instance_id IS NULL OR root_instance_id = id) FOR UPDATE`,
    [instanceId],
  );
  if (own) return toLocked(own);
  const [peek]: InstanceRow[] = await em.query(`SELECT root_instance_id FROM process_instances WHERE id = $1`, [instanceId]);
  if (peek?.root_instance_id && peek.root_instance_id !== instanceId) {
    await em.query(`SELECT id FROM process_instances WHERE id = $1 FOR UPDATE`, [peek.root_instance_id]);
  }
  const [row]: InstanceRow[] = await em.query(
    `${LOCK_COLUMNS} WHERE id = $1 FOR UPDATE`,
    [instanceId],
  );
  return row ? toLocked(row) : null;
}

/**
 * The instance a job or a user task belongs to, locked as lockInstance locks it: a root instance in one statement
 * (the row is found through the job or task), anything else by the two-step path. Null when either is not visible.
 */
export async function lockInstanceOf(em: EntityManager, table: 'jobs' | 'user_tasks', id: string): Promise<LockedInstance | null> {
  const [own] = await preparedQuery<InstanceRow>(
    em,
    `${LOCK_COLUMNS}
     WHERE id = (SELECT process_instance_id FROM ${table} WHERE id = $1) AND (root_instance_id IS NULL OR root_instance_id = id) FOR UPDATE`,
    [id],
  );
  if (own) return toLocked(own);
  const [found]: { process_instance_id: string }[] = await em.query(`SELECT process_instance_id FROM ${table} WHERE id = $1`, [id]);
  return found ? lockInstance(em, found.process_instance_id) : null;
}

/** An instance of a tree whose root this command has locked already (a parent or child of the instance it runs). */
export async function readTreeInstance(em: EntityManager, instanceId: string): Promise<LockedInstance | null> {
  const [row]: InstanceRow[] = await em.query(
    `${LOCK_COLUMNS} WHERE id = $1 FOR UPDATE`,
    [instanceId],
  );
  return row ? toLocked(row) : null;
}

function toLocked(row: InstanceRow): LockedInstance {
  const parent = row.parent_instance_id && row.parent_element_instance_id
    ? { instanceId: row.parent_instance_id, elementInstanceId: row.parent_element_instance_id, rootInstanceId: row.root_instance_id ?? row.parent_instance_id }
    : null;
  return { id: row.id, state: row.state, definitionId: row.definition_id, parent };
}

export interface StartOptions {
  readonly clock?: Clock;
  /** the start event to begin at (a timer or message start); default: the none start event */
  readonly startEventId?: string;
  /** a call activity starts this instance: its parent, and the parent's execution when it runs in this command */
  readonly parent?: ParentLink;
  readonly parentExecution?: Execution;
}

/** Creates the instance row and runs it to its first wait states, in the caller's transaction. */
export async function startInstance(
  em: EntityManager,
  actor: Actor,
  definition: { id: string; bpmnProcessId: string; version: number },
  variables: Variables,
  options: StartOptions = {},
): Promise<{ instanceId: string; execution: Execution }> {
  // the row is written with the command's first write (RuntimeStore.em): usually its one flush statement
  const instanceId = randomUUID();
  const model = await loadModel(em, definition.id);
  const store = new RuntimeStore(em, actor.workspaceId, instanceId, actor.userId, {
    clock: options.clock, definitionId: definition.id, parent: options.parent ?? null, creates: { bpmnProcessId: definition.bpmnProcessId, version: definition.version },
  });
  const execution = await Execution.create(model, store, options.parentExecution);
  await execution.start(variables, options.startEventId);
  return { instanceId, execution };
}

/** Loads a locked instance's open tokens and variables, ready for a command; `alongside`: its writes in that read's statement. */
export async function resume(em: EntityManager, actor: Actor, instance: LockedInstance, clock?: Clock, command?: CommandContext, alongside?: Alongside): Promise<Execution> {
  const model = await loadModel(em, instance.definitionId);
  return Execution.load(model, new RuntimeStore(em, actor.workspaceId, instance.id, actor.userId, { clock, definitionId: instance.definitionId, parent: instance.parent ?? null, alongside }), command);
}
