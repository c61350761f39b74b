import type { EntityManager } from 'typeorm';
import { nextCycleDue } from '../timers/timer-expression.js';
import type { Clock } from './clock.js';
import { lockInstance, resume, startInstance } from './commands.js';
import type { Actor } from './runtime-types.js';

export interface TimerRow {
  id: string;
  workspace_id: string;
  definition_id: string;
  process_instance_id: string | null;
  element_instance_id: string | null;
  element_id: string;
  due_at: Date;
  repetitions: number | null;
  interval: string | null;
  state: 'SCHEDULED' | 'FIRED' | 'CANCELED';
  /** EVENT (a BPMN timer event) or SLA (a user task's threshold, fired by modules/sla) */
  kind?: 'EVENT' | 'SLA';
}

export type FireOutcome = 'fired' | 'skipped';

/**
 * Fires one due timer as a command, in the caller's (tenant) transaction: instance lock first (as every command),
 * then the timer row, re-checked under its lock, so a timer fires exactly once however many pollers claimed it.
 * The row is marked fired (or moved to its next cycle) in the same transaction as the tokens it moves.
 */
export async function fireTimer(em: EntityManager, actor: Actor, timerId: string, clock: Clock): Promise<FireOutcome> {
  const [peek]: TimerRow[] = await em.query(`SELECT * FROM timers WHERE id = $1`, [timerId]);
  if (!peek || peek.state !== 'SCHEDULED') return 'skipped';
  if (peek.kind === 'SLA') return 'skipped'; // SLA hook: its own handler fires it (TimerPoller.handleKind)
  const instance = peek.process_instance_id ? await lockInstance(em, peek.process_instance_id) : null;
  const [timer]: TimerRow[] = await em.query(`SELECT * FROM timers WHERE id = $1 FOR UPDATE`, [timerId]);
  if (!timer || timer.state !== 'SCHEDULED' || timer.due_at.getTime() > clock.now()) return 'skipped';
  if (!timer.process_instance_id) {
    await advance(em, timer, clock.now());
    const [definition]: { id: string; bpmn_process_id: string; version: number }[] = await em.query(
      `SELECT id, bpmn_process_id, version FROM process_definitions WHERE id = $1`,
      [timer.definition_id],
    );
    await startInstance(em, actor, { id: definition.id, bpmnProcessId: definition.bpmn_process_id, version: definition.version }, {}, {
      clock,
      startEventId: timer.element_id,
    });
    return 'fired';
  }
  if (!instance || instance.state !== 'ACTIVE') return cancel(em, timer);
  const execution = await resume(em, actor, instance, clock);
  if (!timer.element_instance_id || !execution.token(timer.element_instance_id)) return cancel(em, timer);
  await advance(em, timer, clock.now());
  await execution.trigger(timer.element_instance_id, timer.element_id, {});
  return 'fired';
}

/**
 * A date, a duration or a cycle's last fire: done. A cycle with fires left: due again one interval later (an ISO
 * cycle), or at its next time after now (a cron cycle, see nextCycleDue).
 */
async function advance(em: EntityManager, timer: TimerRow, now: number): Promise<void> {
  const next = timer.interval && timer.repetitions !== 1 ? nextCycleDue(timer.due_at.getTime(), timer.interval, now) : null;
  if (next !== null) {
    await em.query(
      `UPDATE timers SET due_at = $2, repetitions = $3, fired_count = fired_count + 1, locked_until = NULL, updated_at = now() WHERE id = $1`,
      [timer.id, new Date(next), timer.repetitions === null ? null : timer.repetitions - 1],
    );
  } else {
    await em.query(`UPDATE timers SET state = 'FIRED', fired_count = fired_count + 1, locked_until = NULL, updated_at = now() WHERE id = $1`, [timer.id]);
  }
}

/** Its element instance is gone (should not happen: ending it cancels the timer); never fire it. */
async function cancel(em: EntityManager, timer: TimerRow): Promise<FireOutcome> {
  await em.query(`UPDATE timers SET state = 'CANCELED', locked_until = NULL, updated_at = now() WHERE id = $1`, [timer.id]);
  return 'skipped';
}
