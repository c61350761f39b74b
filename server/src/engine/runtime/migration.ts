import type { EntityManager } from 'typeorm';
import { describeElement } from '../deploy-problem.js';
import type { FlowNode, ProcessModel } from '../parse/process-model.js';
import type { Clock } from './clock.js';
import { type LockedInstance, resume } from './commands.js';
import { eventSubProcessStarts } from './event-sub-processes.js';
import { openEventOf } from './event-subscriptions.js';
import type { Execution } from './execution.js';
import { loadModel } from './load-model.js';
import type { ModificationProblem } from './modification.js';
import { isInnerInstance, MI_BODY, multiInstanceOf } from './multi-instance.js';
import type { Actor, Token } from './runtime-types.js';

/**
 * Migrating a running instance to another deployed definition (Zeebe's process instance migration): every open
 * element instance moves to the element its mapping names, keeping its id, so its user task and job keep theirs
 * (a job keeps its type and headers). Refused, naming each element, when an open element is not mapped, would change
 * its type (or multi-instance-ness), or would land in a different scope than its mapped parent; when a join would
 * wait on a flow the target gateway does not have. Timers and subscriptions of mapped events move with their
 * elements; those of unmapped boundary events close; boundary events and event sub-processes that only the
 * target has start waiting.
 */

export interface MigrationMapping {
  readonly sourceElementId: string;
  readonly targetElementId: string;
}

export interface MigrationTarget {
  readonly id: string;
  readonly bpmnProcessId: string;
  readonly version: number;
}

interface EventRow {
  id: string;
  table: 'timers' | 'message_subscriptions' | 'signal_subscriptions';
  element_instance_id: string;
  element_id: string;
}

/** Checks, then migrates in the caller's transaction (the instance is locked). Returns the problems, or [] when done. */
export async function migrateInstance(
  em: EntityManager,
  actor: Actor,
  instance: LockedInstance,
  target: MigrationTarget,
  mappings: readonly MigrationMapping[],
  clock: Clock,
): Promise<ModificationProblem[]> {
  const before = await resume(em, actor, instance, clock);
  const targetModel = await loadModel(em, target.id);
  const map = new Map(mappings.map((m) => [m.sourceElementId, m.targetElementId]));
  const tokens = before.openTokens.filter((t) => t.id !== instance.id);
  const problems = [...checkMappings(before.model, targetModel, mappings), ...checkTokens(before.model, targetModel, tokens, map)];
  if (problems.length > 0) return problems;

  const moved = tokens.map((t) => [t.id, map.get(t.elementId) as string]);
  await em.query(
    `UPDATE element_instances e SET element_id = m.target FROM unnest($1::uuid[], $2::text[]) AS m(id, target) WHERE e.id = m.id`,
    [moved.map(([id]) => id), moved.map(([, to]) => to)],
  );
  await em.query(`UPDATE element_instances SET element_id = $2 WHERE id = $1`, [instance.id, targetModel.id]);
  for (const [table, open] of [['user_tasks', `state IN ('CREATED', 'SUSPENDED')`], ['jobs', `state IN ('ACTIVATABLE', 'ACTIVATED', 'FAILED')`], ['incidents', `state = 'ACTIVE'`]]) {
    await em.query(
      `UPDATE ${table} w SET element_id = e.element_id FROM element_instances e WHERE w.element_instance_id = e.id AND w.process_instance_id = $1 AND w.${open}`,
      [instance.id],
    );
  }
  await moveEvents(em, instance.id, target, tokens, map);
  await em.query(`UPDATE process_instances SET definition_id = $2, bpmn_process_id = $3, version = $4 WHERE id = $1`, [instance.id, target.id, target.bpmnProcessId, target.version]);

  const after = await resume(em, actor, { ...instance, definitionId: target.id }, clock);
  await openTargetOnlyEvents(em, after);
  await after.settle();
  return [];
}

function checkMappings(source: ProcessModel, target: ProcessModel, mappings: readonly MigrationMapping[]): ModificationProblem[] {
  const problems: ModificationProblem[] = [];
  const seen = new Set<string>();
  for (const m of mappings) {
    if (!source.nodes[m.sourceElementId]) {
      problems.push({ key: m.sourceElementId, message: { en: `There is no element ${m.sourceElementId} in the instance's current version.`, 'zh-CN': `实例当前版本中没有元素 ${m.sourceElementId}。` } });
    } else if (!target.nodes[m.targetElementId]) {
      problems.push({ key: m.sourceElementId, message: { en: `${m.sourceElementId} is mapped to ${m.targetElementId}, which the target version does not have.`, 'zh-CN': `${m.sourceElementId} 映射到 ${m.targetElementId}，但目标版本中没有该元素。` } });
    } else if (seen.has(m.sourceElementId)) {
      problems.push({ key: m.sourceElementId, message: { en: `${m.sourceElementId} is mapped more than once.`, 'zh-CN': `${m.sourceElementId} 被映射了多次。` } });
    }
    seen.add(m.sourceElementId);
  }
  return problems;
}

/**
 * The checks a batch migration runs once, up front, for instances of `source`: the mappings themselves, and each
 * element open in any of its instances (mapped, same type, same multi-instance-ness, same scope). What depends on
 * one instance (a join's waiting flows) is checked again, as every check is, when each instance migrates.
 */
export function checkMigrationPlan(source: ProcessModel, target: ProcessModel, mappings: readonly MigrationMapping[], openElementIds: readonly string[]): ModificationProblem[] {
  const map = new Map(mappings.map((m) => [m.sourceElementId, m.targetElementId]));
  const open = openElementIds.map((elementId) => ({ elementId, state: 'ACTIVE' as const, incomingFlowId: null }));
  return [...checkMappings(source, target, mappings), ...checkTokens(source, target, open, map)];
}

function checkTokens(source: ProcessModel, target: ProcessModel, tokens: readonly Pick<Token, 'elementId' | 'state' | 'incomingFlowId'>[], map: ReadonlyMap<string, string>): ModificationProblem[] {
  const problems = new Map<string, ModificationProblem>();
  const refuse = (node: FlowNode, en: string, zh: string) => problems.set(node.id, { key: node.id, message: { en, 'zh-CN': zh } });
  for (const token of tokens) {
    const from = source.nodes[token.elementId];
    if (!from || problems.has(from.id)) continue;
    const e = describeElement(from);
    const toId = map.get(from.id);
    const to = toId ? target.nodes[toId] : undefined;
    if (!to) {
      refuse(from, `The active element ${e.en} is not mapped to an element of the target version.`, `运行中的元素 ${e['zh-CN']} 没有映射到目标版本的元素。`);
      continue;
    }
    const t = describeElement(to);
    if (from.kind !== to.kind) {
      refuse(from, `${e.en} would change its type from ${from.kind} to ${to.kind} (${t.en}).`, `${e['zh-CN']} 的类型会从 ${from.kind} 变为 ${to.kind}（${t['zh-CN']}）。`);
    } else if (!!multiInstanceOf(from) !== !!multiInstanceOf(to)) {
      refuse(from, `${e.en} and ${t.en} differ in being multi-instance.`, `${e['zh-CN']} 与 ${t['zh-CN']} 一个是多实例、一个不是。`);
    } else if ((from.scopeId === source.id ? target.id : map.get(from.scopeId)) !== to.scopeId) {
      refuse(from, `${e.en} is inside ${from.scopeId}, but ${t.en} is inside ${to.scopeId}, which ${from.scopeId} is not mapped to.`, `${e['zh-CN']} 位于 ${from.scopeId} 内，而 ${t['zh-CN']} 位于 ${to.scopeId} 内，${from.scopeId} 并未映射到它。`);
    } else if (token.state === 'WAITING' && token.incomingFlowId && !to.incoming.includes(token.incomingFlowId)) {
      refuse(from, `A token waits at ${e.en} for the flow ${token.incomingFlowId}, which does not lead into ${t.en}.`, `${e['zh-CN']} 处有令牌在等待连线 ${token.incomingFlowId}，但它不指向 ${t['zh-CN']}。`);
    }
  }
  return [...problems.values()];
}

/** Mapped events move with their element instances; a boundary event or event sub-process start left unmapped closes. */
async function moveEvents(em: EntityManager, instanceId: string, target: MigrationTarget, tokens: readonly Token[], map: ReadonlyMap<string, string>): Promise<void> {
  const owners = new Map(tokens.map((t) => [t.id, t]));
  for (const row of await openEvents(em, instanceId)) {
    const owner = owners.get(row.element_instance_id);
    const to = row.element_id === owner?.elementId ? map.get(owner.elementId) : map.get(row.element_id);
    const processId = row.table === 'timers' ? '' : `, bpmn_process_id = $4`;
    if (to) {
      await em.query(`UPDATE ${row.table} SET element_id = $2, definition_id = $3${processId} WHERE id = $1`, row.table === 'timers' ? [row.id, to, target.id] : [row.id, to, target.id, target.bpmnProcessId]);
    } else if (row.table === 'timers') {
      await em.query(`UPDATE timers SET state = 'CANCELED', updated_at = now() WHERE id = $1`, [row.id]);
    } else {
      await em.query(`UPDATE ${row.table} SET state = 'CLOSED', closed_at = now() WHERE id = $1`, [row.id]);
    }
  }
}

/** Boundary events and event sub-process starts that only the target version has start waiting now. */
async function openTargetOnlyEvents(em: EntityManager, x: Execution): Promise<void> {
  const open = new Set((await openEvents(em, x.store.instanceId)).map((r) => `${r.element_instance_id}|${r.element_id}`));
  const stuck = new Set(
    ((await em.query(`SELECT element_instance_id FROM incidents WHERE process_instance_id = $1 AND state = 'ACTIVE' AND phase = 'ACTIVATE'`, [x.store.instanceId])) as { element_instance_id: string }[])
      .map((r) => r.element_instance_id),
  );
  for (const token of x.openTokens) {
    if (token.state !== 'ACTIVE' || stuck.has(token.id) || isInnerInstance(x, token)) continue;
    const node = x.model.nodes[token.elementId];
    const events: FlowNode[] = [];
    if (token.id === x.store.instanceId || (node?.kind === 'subProcess' && token.kind !== MI_BODY)) events.push(...eventSubProcessStarts(x.model, token.id === x.store.instanceId ? x.model.id : node.id));
    if (node && 'boundaryEventIds' in node && (token.kind === MI_BODY || !multiInstanceOf(node))) events.push(...node.boundaryEventIds.map((id) => x.model.nodes[id]));
    for (const event of events) {
      if (open.has(`${token.id}|${event.id}`)) continue;
      const interrupting = event.kind === 'boundaryEvent' ? event.cancelActivity : event.kind === 'startEvent' ? event.isInterrupting : true;
      await openEventOf(x, token, event, interrupting);
    }
  }
}

async function openEvents(em: EntityManager, instanceId: string): Promise<EventRow[]> {
  return em.query(
    `SELECT id, 'timers' AS "table", element_instance_id, element_id FROM timers WHERE process_instance_id = $1 AND state = 'SCHEDULED' AND element_instance_id IS NOT NULL
     UNION ALL SELECT id, 'message_subscriptions', element_instance_id, element_id FROM message_subscriptions WHERE process_instance_id = $1 AND state = 'OPEN' AND element_instance_id IS NOT NULL
     UNION ALL SELECT id, 'signal_subscriptions', element_instance_id, element_id FROM signal_subscriptions WHERE process_instance_id = $1 AND state = 'OPEN' AND element_instance_id IS NOT NULL`,
    [instanceId],
  );
}
