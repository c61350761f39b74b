import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { PageArgs, pageWindow, toConnection } from '../process/utils/page.util.js';
import { SlaService } from '../sla/sla.service.js';
import { CopyTaskInput, HandOverTaskInput, ResolveTaskInput, TaskCopyModel, TaskEventModel } from './dtos/task-approval.model.js';
import { TaskModel } from './dtos/task.model.js';
import { type TaskEventAction, recordTaskEvent } from './task-event-log.js';
import { TaskException } from './task.exception.js';
import { TaskRecord, TaskRepository } from './task.repository.js';
import { TaskService } from './task.service.js';
import { requireApprovalAction } from './step-approval.js';
import { TaskCopyRepository } from './task-copy.repository.js';

const MAX_COPY_RECIPIENTS = 200;
const AUDIT_ACTIONS = { TRANSFERRED: 'task.transferred', DELEGATED: 'task.delegated', RESOLVED: 'task.resolved', COPIED: 'task.copied' } as const;

/**
 * Approval actions that move no token: transfer (转交: the task is someone else's now), delegate (委托: the delegate
 * works it and resolves it back to the owner, as Flowable's delegation), carbon copy (抄送). Each runs under the
 * instance lock like a command, may only be done by who may act on the task (assignee, candidate, or an admin), and is
 * recorded in the task's events, the instance history and the audit log.
 */
@Injectable()
export class TaskApprovalService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly taskService: TaskService,
    private readonly tasks: TaskRepository,
    private readonly copies: TaskCopyRepository,
    private readonly sla: SlaService,
  ) {}

  async transfer(auth: AuthContext, input: HandOverTaskInput): Promise<TaskModel> {
    await this.checkHandOver(input);
    const { task } = await this.taskService.lockOpenTask(auth, input.id);
    await requireApprovalAction(this.db.em, task, 'transfer');
    if (task.assignee === input.toUserId) throw refuse('toUserId', 'The task is already assigned to this member.', '任务已分配给该成员。');
    await this.db.em.query(`UPDATE user_tasks SET assignee = $2 WHERE id = $1`, [task.id, input.toUserId]);
    await this.record(auth, task, 'TRANSFERRED', { toUser: input.toUserId, reason: input.reason.trim() });
    return this.reload(task.id);
  }

  async delegate(auth: AuthContext, input: HandOverTaskInput): Promise<TaskModel> {
    await this.checkHandOver(input);
    const { task } = await this.taskService.lockOpenTask(auth, input.id);
    await requireApprovalAction(this.db.em, task, 'delegate');
    if (task.delegationState === 'PENDING') throw new TaskException('DELEGATION_PENDING', { params: { id: task.id } });
    const owner = task.assignee ?? auth.userId;
    if (owner === input.toUserId || input.toUserId === auth.userId) throw refuse('toUserId', 'Delegate to someone else.', '请委托给其他成员。');
    await this.db.em.query(`UPDATE user_tasks SET owner = $2, assignee = $3, delegation_state = 'PENDING' WHERE id = $1`, [task.id, owner, input.toUserId]);
    await this.record(auth, { ...task, assignee: owner }, 'DELEGATED', { toUser: input.toUserId, reason: input.reason.trim() });
    return this.reload(task.id);
  }

  /** The delegate is done: the task goes back to its owner, who completes it. */
  async resolve(auth: AuthContext, input: ResolveTaskInput): Promise<TaskModel> {
    const check = new InputCheck().uuid('id', input.id);
    if ((input.comment ?? '').length > 500) check.add('comment', { en: 'At most 500 characters.', 'zh-CN': '最多 500 个字符。' });
    check.throwIfAny();
    const { task } = await this.taskService.lockOpenTask(auth, input.id);
    if (task.delegationState !== 'PENDING' || !task.owner) throw new TaskException('NOT_DELEGATED', { params: { id: task.id } });
    await this.db.em.query(`UPDATE user_tasks SET assignee = owner, delegation_state = 'RESOLVED' WHERE id = $1`, [task.id]);
    await this.record(auth, task, 'RESOLVED', { toUser: task.owner, reason: input.comment?.trim() || null });
    return this.reload(task.id);
  }

  /** Copies the task to members and groups; someone already copied is not copied twice. Returns the new copies. */
  async copy(auth: AuthContext, input: CopyTaskInput): Promise<TaskCopyModel[]> {
    const userIds = input.userIds ?? [];
    const groupKeys = input.groupKeys ?? [];
    const check = new InputCheck().uuid('id', input.id);
    userIds.forEach((id, i) => check.uuid(`userIds[${i}]`, id));
    if (userIds.length + groupKeys.length === 0) check.add('userIds', { en: 'Name at least one member or group.', 'zh-CN': '请至少指定一名成员或一个群组。' });
    if ((input.note ?? '').length > 500) check.add('note', { en: 'At most 500 characters.', 'zh-CN': '最多 500 个字符。' });
    check.throwIfAny();
    const { task } = await this.taskService.lockOpenTask(auth, input.id);
    await requireApprovalAction(this.db.em, task, 'cc');
    const recipients = await this.copies.resolveRecipients(userIds, groupKeys);
    const unknown = new InputCheck();
    for (const i of recipients.unknownUsers) unknown.add(`userIds[${i}]`, { en: 'Not a member of this workspace.', 'zh-CN': '不是本工作区成员。' });
    for (const i of recipients.unknownGroups) unknown.add(`groupKeys[${i}]`, { en: 'No such group.', 'zh-CN': '没有该群组。' });
    if (recipients.userIds.length > MAX_COPY_RECIPIENTS) unknown.add('groupKeys', { en: `At most ${MAX_COPY_RECIPIENTS} recipients.`, 'zh-CN': `最多 ${MAX_COPY_RECIPIENTS} 位接收人。` });
    unknown.throwIfAny();
    const created = await this.copies.insert(auth.workspaceId, task, recipients.userIds, auth.userId, input.note?.trim() || null);
    await this.record(auth, task, 'COPIED', { reason: input.note?.trim() || null, details: { recipients: created.map((c) => c.recipientId) } });
    return Promise.all(created.map((copy) => this.withTask(copy)));
  }

  async copiedToMe(auth: AuthContext, unread: boolean | null | undefined, args: PageArgs) {
    this.access.require(auth, Permission.TASK_WORK);
    const window = pageWindow(args);
    const { rows, totalCount } = await this.copies.inbox(auth.userId, Boolean(unread), window);
    return toConnection(await Promise.all(rows.map((row) => this.withTask(row))), window.first, totalCount);
  }

  async markCopyRead(auth: AuthContext, id: string, read: boolean): Promise<TaskCopyModel> {
    this.access.require(auth, Permission.TASK_WORK);
    new InputCheck().uuid('id', id).throwIfAny();
    const copy = await this.copies.markRead(id, auth.userId, read);
    if (!copy) throw new TaskException('COPY_NOT_FOUND', { params: { id } });
    return this.withTask(copy);
  }

  async events(taskId: string): Promise<TaskEventModel[]> {
    return this.copies.events(taskId);
  }

  private async checkHandOver(input: HandOverTaskInput): Promise<void> {
    const check = new InputCheck().uuid('id', input.id).uuid('toUserId', input.toUserId).text('reason', input.reason, { max: 500 });
    check.throwIfAny();
    const [member] = await this.db.em.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [input.toUserId]);
    if (!member) throw refuse('toUserId', 'Not a member of this workspace.', '不是本工作区成员。');
  }

  private async record(auth: AuthContext, task: TaskRecord, action: TaskEventAction, what: { toUser?: string | null; reason?: string | null; details?: Record<string, unknown> }) {
    await recordTaskEvent(this.db.em, {
      workspaceId: auth.workspaceId,
      task,
      action,
      actorId: auth.userId,
      fromUser: task.assignee ?? auth.userId,
      toUser: what.toUser ?? null,
      reason: what.reason ?? null,
      details: what.details,
    });
    if (action !== 'COPIED') await this.sla.responded(task.id);
    await this.audit.recordBy(auth, {
      action: AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS],
      targetType: 'task',
      targetId: task.id,
      details: { from: task.assignee ?? auth.userId, to: what.toUser ?? null, reason: what.reason ?? null, ...what.details },
    });
  }

  private async reload(id: string): Promise<TaskModel> {
    return (await this.tasks.find(id)) as TaskRecord;
  }

  private async withTask(copy: Omit<TaskCopyModel, 'task'> & { taskId: string }): Promise<TaskCopyModel> {
    const { taskId, ...rest } = copy;
    return { ...rest, task: await this.reload(taskId) };
  }
}

function refuse(key: string, en: string, zh: string): never {
  new InputCheck().add(key, { en, 'zh-CN': zh }).throwIfAny();
  throw new Error('unreachable');
}
