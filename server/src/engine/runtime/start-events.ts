import type { EntityManager } from 'typeorm';
import type { ProcessModel } from '../parse/process-model.js';
import { isFeel, timerFieldOf } from '../timers/timer-definition.js';
import { TimerValueError, planTimer } from '../timers/timer-expression.js';
import type { LocalizedText } from '../deploy-problem.js';
import type { Clock } from './clock.js';
import { evaluate, staticOrFeel, toJson } from './feel.js';
import { IncidentError } from './runtime-types.js';
import { cronZone } from './cron-zone.js';

/** A timer or message start event that cannot be opened at deploy (e.g. its FEEL needs variables no one has yet). */
export class StartEventError extends Error {
  constructor(
    readonly elementId: string,
    readonly reason: LocalizedText,
  ) {
    super(reason.en);
  }
}

/**
 * Opens the start events of a newly deployed version, in the deploy's transaction: one scheduled timer per timer
 * start event (a duration counts from now; FEEL is evaluated without variables) and one subscription per message
 * or signal start event. The previous versions' start timers and subscriptions are closed: the latest version owns them.
 */
export async function openStartEvents(em: EntityManager, workspaceId: string, definitionId: string, model: ProcessModel, clock: Clock): Promise<void> {
  await em.query(
    `UPDATE timers SET state = 'CANCELED', updated_at = now() WHERE process_instance_id IS NULL AND state = 'SCHEDULED' AND definition_id <> $2
       AND definition_id IN (SELECT id FROM process_definitions WHERE bpmn_process_id = $1)`,
    [model.id, definitionId],
  );
  for (const table of ['message_subscriptions', 'signal_subscriptions']) {
    await em.query(
      `UPDATE ${table} SET state = 'CLOSED', closed_at = now() WHERE process_instance_id IS NULL AND state = 'OPEN' AND bpmn_process_id = $1 AND definition_id <> $2`,
      [model.id, definitionId],
    );
  }
  for (const id of model.scopes[model.id].startEventIds) {
    const node = model.nodes[id];
    if (node.kind !== 'startEvent') continue;
    for (const definition of node.eventDefinitions) {
      try {
        if (definition.kind === 'timer') {
          const field = timerFieldOf(definition);
          if (!field) continue; // refused by the deploy lint
          const value = isFeel(field.value) ? toJson(evaluate(field.value.trimStart().slice(1), {}, `Timer of ${id}`)) : field.value;
          const plan = planTimer(field.kind, value, clock.now(), { timeZone: await cronZone(em, workspaceId, field.kind, value) });
          await em.query(
            `INSERT INTO timers (workspace_id, definition_id, process_instance_id, element_instance_id, element_id, due_at, repetitions, interval, state)
             VALUES ($1, $2, NULL, NULL, $3, $4, $5, $6, 'SCHEDULED')`,
            [workspaceId, definitionId, id, new Date(plan.dueAt), plan.repetitions, plan.interval],
          );
        }
        if (definition.kind === 'message') {
          const name = toJson(staticOrFeel(definition.messageName, {}, `Message name of ${id}`));
          if (typeof name !== 'string' || name.trim() === '') continue; // refused by the deploy lint
          await em.query(
            `INSERT INTO message_subscriptions (workspace_id, definition_id, bpmn_process_id, process_instance_id, element_instance_id, element_id,
               message_name, correlation_key, interrupting, state)
             VALUES ($1, $2, $3, NULL, NULL, $4, $5, '', true, 'OPEN')`,
            [workspaceId, definitionId, model.id, id, name.trim()],
          );
        }
        if (definition.kind === 'signal') {
          const name = toJson(staticOrFeel(definition.signalName, {}, `Signal name of ${id}`));
          if (typeof name !== 'string' || name.trim() === '') continue; // refused by the deploy lint
          await em.query(
            `INSERT INTO signal_subscriptions (workspace_id, definition_id, bpmn_process_id, process_instance_id, element_instance_id, element_id,
               signal_name, interrupting, state, created_at)
             VALUES ($1, $2, $3, NULL, NULL, $4, $5, true, 'OPEN', clock_timestamp())`,
            [workspaceId, definitionId, model.id, id, name.trim()],
          );
        }
      } catch (error) {
        if (error instanceof TimerValueError) throw new StartEventError(id, error.reason);
        if (error instanceof IncidentError) {
          throw new StartEventError(id, { en: error.message, 'zh-CN': `开始事件 ${id} 在发布时无法求值（此时没有流程变量）：${error.message}` });
        }
        throw error;
      }
    }
  }
}

/** Every message name the model waits for; a FEEL name is kept with its `=`, meaning "any name may match". */
export function messageNamesOf(model: ProcessModel): string[] {
  const names = new Set<string>();
  for (const node of Object.values(model.nodes)) {
    const refs = 'eventDefinitions' in node ? node.eventDefinitions.filter((d) => d.kind === 'message') : [];
    const all = node.kind === 'receiveTask' && node.message ? [...refs, node.message] : refs;
    for (const ref of all) if ('messageName' in ref && ref.messageName?.trim()) names.add(ref.messageName.trim());
  }
  return [...names].sort();
}
