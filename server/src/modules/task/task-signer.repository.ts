import { Injectable } from '@nestjs/common';
import { Db } from '../../database/db.service.js';
import type { Actor, Variables } from '../../engine/runtime/index.js';
import { SignPosition } from './dtos/task.model.js';
import { recordTaskEvent } from './task-event-log.js';
import { TaskRecord, TaskRepository } from './task.repository.js';

/**
 * The rows of add-signer (加签). A signer's task is a user task row on the same element instance as the task it was
 * added to (same form, same step permissions, same variables), so whatever ends the element instance (a boundary
 * event, a return, a cancelled instance) ends the signers' tasks too. Callers hold the instance lock.
 */
@Injectable()
export class TaskSignerRepository {
  constructor(
    private readonly db: Db,
    private readonly tasks: TaskRepository,
  ) {}

  /** A signer's task copied from `of`: assigned to the signer, no candidates, open. Returns its id. */
  async insertSignerTask(of: TaskRecord, signer: string, position: SignPosition, carried: Variables | null): Promise<string> {
    const [row]: { id: string }[] = await this.db.em.query(
      `INSERT INTO user_tasks (workspace_id, process_instance_id, element_instance_id, element_id, name, assignee, candidate_groups, candidate_users,
         form_key, form_id, due_date, follow_up_date, priority, state, signer_of, sign_position, carried_variables)
       SELECT workspace_id, process_instance_id, element_instance_id, element_id, name, $2, '[]'::jsonb, '[]'::jsonb,
         form_key, form_id, due_date, follow_up_date, priority, 'CREATED', id, $3, $4::jsonb
       FROM user_tasks WHERE id = $1 RETURNING id`,
      [of.id, signer, position, carried ? JSON.stringify(carried) : null],
    );
    return row.id;
  }

  async suspend(id: string): Promise<void> {
    await this.db.em.query(`UPDATE user_tasks SET state = 'SUSPENDED' WHERE id = $1 AND state = 'CREATED'`, [id]);
  }

  async setAfterSigner(id: string, signer: string): Promise<void> {
    await this.db.em.query(`UPDATE user_tasks SET after_signer = $2 WHERE id = $1`, [id, signer]);
  }

  /**
   * A task of the step was completed (its row is COMPLETED already). Returns the variables the element instance
   * completes with, or null while the step waits for a signer: an after-signer gets their task now (carrying what
   * was submitted so far); a before-signer's completion reopens the task it was added to. Later submissions win.
   */
  async continueStep(actor: Actor, task: TaskRecord, submitted: Variables): Promise<Variables | null> {
    const merged = { ...(task.carriedVariables ?? {}), ...submitted };
    if (task.signPosition) {
      await recordTaskEvent(this.db.em, {
        workspaceId: actor.workspaceId, task, action: 'SIGNED', actorId: actor.userId, fromUser: task.assignee, toUser: null, reason: null,
        details: { position: task.signPosition, signerOf: task.signerOf },
      });
    }
    if (task.afterSigner) {
      await this.insertSignerTask(task, task.afterSigner, SignPosition.AFTER, merged);
      return null;
    }
    const reopen = await this.resumeTargetOf(task);
    if (!reopen) return merged;
    await this.db.em.query(
      `UPDATE user_tasks SET state = 'CREATED', carried_variables = COALESCE(carried_variables, '{}'::jsonb) || $2::jsonb WHERE id = $1 AND state = 'SUSPENDED'`,
      [reopen, JSON.stringify(merged)],
    );
    return null;
  }

  /** The task a completed row hands the step back to: a before-signer's task, through any after-signers of it. */
  private async resumeTargetOf(task: TaskRecord): Promise<string | null> {
    let row: TaskRecord | null = task;
    while (row?.signPosition === SignPosition.AFTER && row.signerOf) row = await this.tasks.find(row.signerOf);
    return row?.signPosition === SignPosition.BEFORE ? row.signerOf : null;
  }
}
