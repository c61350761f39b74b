import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { SlaService } from '../sla/sla.service.js';
import { AddSignerInput } from './dtos/task-flow-actions.model.js';
import { SignPosition, TaskModel } from './dtos/task.model.js';
import { requireApprovalAction } from './step-approval.js';
import { recordTaskEvent } from './task-event-log.js';
import { TaskException } from './task.exception.js';
import { TaskRecord, TaskRepository } from './task.repository.js';
import { TaskService } from './task.service.js';
import { TaskSignerRepository } from './task-signer.repository.js';

/**
 * Add a signer (加签). BEFORE (前加签): the signer gets a task now and the task is SUSPENDED until the signer completes
 * theirs, then it is its assignee's again. AFTER (后加签): completing the task does not move the token; the signer gets
 * a task then, and the token moves when the signer completes it, with both submissions merged (the signer's win).
 * Signers' tasks may add signers themselves (nested); a task takes one after-signer at a time.
 */
@Injectable()
export class TaskSignerService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly taskService: TaskService,
    private readonly tasks: TaskRepository,
    private readonly signers: TaskSignerRepository,
    private readonly sla: SlaService,
  ) {}

  async addSigner(auth: AuthContext, input: AddSignerInput): Promise<TaskModel> {
    this.access.require(auth, Permission.TASK_WORK);
    new InputCheck().uuid('id', input.id).uuid('userId', input.userId).text('reason', input.reason, { max: 500 }).throwIfAny();
    const [member]: { email: string }[] = await this.db.em.query(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1`,
      [input.userId],
    );
    if (!member) refuse('Not a member of this workspace.', '不是本工作区成员。');
    const { task } = await this.taskService.lockOpenTask(auth, input.id);
    await requireApprovalAction(this.db.em, task, 'addSigner');
    if (task.delegationState === 'PENDING') throw new TaskException('DELEGATION_PENDING', { params: { id: task.id } });
    const current = task.assignee ?? auth.userId;
    if (current === input.userId || current.toLowerCase() === member.email.toLowerCase()) {
      refuse('The signer must be someone other than the current assignee.', '加签人不能是当前处理人。');
    }
    const reason = input.reason.trim();
    let signerTaskId: string | null = null;
    if (input.position === SignPosition.BEFORE) {
      signerTaskId = await this.signers.insertSignerTask(task, input.userId, SignPosition.BEFORE, null);
      await this.signers.suspend(task.id);
    } else {
      if (task.afterSigner) throw new TaskException('AFTER_SIGNER_PENDING', { params: { id: task.id } });
      await this.signers.setAfterSigner(task.id, input.userId);
    }
    await recordTaskEvent(this.db.em, {
      workspaceId: auth.workspaceId, task, action: 'SIGNER_ADDED', actorId: auth.userId, fromUser: current, toUser: input.userId, reason,
      details: { position: input.position, signerTaskId },
    });
    await this.sla.responded(task.id);
    await this.audit.recordBy(auth, {
      action: 'task.signer_added', targetType: 'task', targetId: task.id,
      details: { from: current, to: input.userId, position: input.position, reason, signerTaskId },
    });
    return (await this.tasks.find(task.id)) as TaskRecord;
  }
}

function refuse(en: string, zh: string): never {
  new InputCheck().add('userId', { en, 'zh-CN': zh }).throwIfAny();
  throw new Error('unreachable');
}
