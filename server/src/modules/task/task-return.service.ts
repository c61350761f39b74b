import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { resume, returnTargets, returnTo } from '../../engine/runtime/index.js';
import { loadModel } from '../../engine/runtime/load-model.js';
import { AuditService } from '../audit/audit.service.js';
import { engineCommand } from '../process/utils/engine-command.util.js';
import { EngineClock } from '../timer/engine-clock.js';
import { ReturnTargetModel, ReturnTaskInput } from './dtos/task-flow-actions.model.js';
import { TaskModel, TaskState } from './dtos/task.model.js';
import { requireApprovalAction } from './step-approval.js';
import { recordTaskEvent } from './task-event-log.js';
import { TaskException } from './task.exception.js';
import { TaskRecord, TaskRepository } from './task.repository.js';
import { TaskService } from './task.service.js';

/**
 * Return to an earlier user task (退回, engine/runtime/return-to.ts): the tokens between the target and the task end
 * with their tasks, and the target is activated afresh (its assignment evaluated again), in one command under the
 * instance lock. Only who may act on the task may return it; a pending delegation is resolved first.
 */
@Injectable()
export class TaskReturnService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly taskService: TaskService,
    private readonly tasks: TaskRepository,
    private readonly clock: EngineClock,
  ) {}

  async returnTask(auth: AuthContext, input: ReturnTaskInput): Promise<TaskModel> {
    this.access.require(auth, Permission.TASK_WORK);
    new InputCheck().uuid('id', input.id).text('targetElementId', input.targetElementId, { max: 255 }).text('reason', input.reason, { max: 500 }).throwIfAny();
    const { task, instance } = await this.taskService.lockOpenTask(auth, input.id);
    await requireApprovalAction(this.db.em, task, 'return');
    if (task.delegationState === 'PENDING') throw new TaskException('DELEGATION_PENDING', { params: { id: task.id } });
    const actor = { workspaceId: auth.workspaceId, userId: auth.userId };
    const execution = await resume(this.db.em, actor, instance, this.clock);
    const target = input.targetElementId.trim();
    if (!returnTargets(execution.model, task.elementId).some((t) => t.elementId === target)) {
      new InputCheck().add('targetElementId', {
        en: `'${target}' is not a user task upstream of '${task.elementId}' in the same scope.`,
        'zh-CN': `“${target}”不是“${task.elementId}”同一作用域内的上游用户任务。`,
      }).throwIfAny();
    }
    const token = execution.token(task.elementInstanceId);
    if (!token) throw new TaskException('TASK_NOT_OPEN', { params: { id: task.id, state: 'CANCELED' } });
    const reason = input.reason.trim();
    const terminated = await engineCommand(() => returnTo(execution, token, target));
    await recordTaskEvent(this.db.em, {
      workspaceId: auth.workspaceId, task, action: 'RETURNED', actorId: auth.userId, fromUser: task.assignee ?? auth.userId, toUser: null, reason,
      details: { targetElementId: target, terminated },
    });
    await this.audit.recordBy(auth, {
      action: 'task.returned', targetType: 'task', targetId: task.id,
      details: { from: task.elementId, to: target, reason, terminated, processInstanceId: task.processInstanceId },
    });
    return (await this.tasks.find(task.id)) as TaskRecord;
  }

  /** The user tasks the task may be returned to (nearest first); none once it is not open. */
  async targets(auth: AuthContext, taskId: string): Promise<ReturnTargetModel[]> {
    this.access.require(auth, Permission.TASK_WORK);
    new InputCheck().uuid('taskId', taskId).throwIfAny();
    const task = await this.tasks.find(taskId);
    if (!task) throw new TaskException('TASK_NOT_FOUND', { params: { id: taskId }, fields: [{ key: 'taskId', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    if (!(await this.taskService.mayAct(auth, task))) throw new TaskException('NOT_A_CANDIDATE', { params: { id: taskId } });
    if (task.state !== TaskState.CREATED) return [];
    const [row]: { definition_id: string }[] = await this.db.em.query(`SELECT definition_id FROM process_instances WHERE id = $1`, [task.processInstanceId]);
    return returnTargets(await loadModel(this.db.em, row.definition_id), task.elementId);
  }
}
