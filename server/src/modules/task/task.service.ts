import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { Role } from '../../common/auth/role.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { LockedInstance, lockInstanceOf, resume, visibleVariables } from '../../engine/runtime/index.js';
import { FieldProblem } from '../../common/errors/baton.exception.js';
import { applyStepPermissions, missingRequired, stepPermissions, withStepRequired } from './step-permissions.js';
import { engineCommand } from '../process/utils/engine-command.util.js';
import { PageArgs, pageWindow, toConnection } from '../process/utils/page.util.js';
import { checkVariables, variablesOrEmpty } from '../process/utils/variables-input.util.js';
import { TaskFilter, TaskModel, TaskState } from './dtos/task.model.js';
import { voteOf } from './step-approval.js';
import { TaskException } from './task.exception.js';
import { LinkedForm, TaskRecord, TaskRepository } from './task.repository.js';
import { SubmissionValidator } from '../record/submission-validator.service.js';
import { EngineClock } from '../timer/engine-clock.js';
import { SlaService } from '../sla/sla.service.js';
import { TaskSignerRepository } from './task-signer.repository.js';

@Injectable()
export class TaskService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly tasks: TaskRepository,
    private readonly validator: SubmissionValidator,
    private readonly clock: EngineClock,
    private readonly sla: SlaService,
    private readonly signers: TaskSignerRepository,
  ) {}

  async list(auth: AuthContext, filter: TaskFilter | null | undefined, args: PageArgs) {
    this.access.require(auth, Permission.PROCESS_READ);
    if (filter?.processInstanceId) new InputCheck().uuid('filter.processInstanceId', filter.processInstanceId).throwIfAny();
    const window = pageWindow(args);
    const { rows, totalCount } = await this.tasks.page(filter ?? {}, window, this.clock.now());
    return toConnection(rows, window.first, totalCount);
  }

  async claim(auth: AuthContext, id: string): Promise<TaskModel> {
    const { task } = await this.lockOpenTask(auth, id);
    if (task.assignee && !isMe(auth, task.assignee)) throw new TaskException('CLAIMED_BY_OTHER', { params: { id } });
    await this.db.em.query(`UPDATE user_tasks SET assignee = $2 WHERE id = $1`, [id, auth.userId]);
    const claimed: TaskRecord = { ...task, assignee: auth.userId, slaRow: await this.sla.responded(id, task.slaRow) }; // a claim is the response
    return claimed;
  }

  async unclaim(auth: AuthContext, id: string): Promise<TaskModel> {
    const { task } = await this.lockOpenTask(auth, id);
    if (task.assignee && !isMe(auth, task.assignee) && !isAdmin(auth)) throw new TaskException('NOT_A_CANDIDATE', { params: { id } });
    await this.db.em.query(`UPDATE user_tasks SET assignee = NULL WHERE id = $1`, [id]);
    return { ...task, assignee: null };
  }

  /**
   * Completes the task and moves its token on, in one transaction under the instance lock: of many concurrent
   * completions exactly one finds the task CREATED; the others wait for the lock, then get CONFLICT.
   */
  async complete(auth: AuthContext, id: string, variables: unknown): Promise<TaskModel> {
    checkVariables(variables, 'variables', new InputCheck().uuid('id', id)).throwIfAny();
    const { task, instance, form } = await this.lockOpenTask(auth, id, true);
    // Flowable's rule: a delegated task goes back to its owner (resolveTask) before anyone completes it.
    if (task.delegationState === 'PENDING') throw new TaskException('DELEGATION_PENDING', { params: { id } });
    // what earlier participants of the step submitted (加签) stands unless this one changes it, as the form shows it
    const em = this.db.em;
    const vote = await voteOf(em, task, variablesOrEmpty(variables), instance.definitionId);
    const submitted = { ...(await this.formChecked(task, instance, form, { ...task.carriedVariables, ...variablesOrEmpty(variables) })), ...vote };
    const actor = { workspaceId: auth.workspaceId, userId: auth.userId };
    const slaEndedAt = new Date(this.clock.now());
    // The task is marked completed (and its SLA ended) in the statement that loads the instance, one round trip less;
    // an add-signer (加签) step's task first, because the step's rows are read and written before the engine runs.
    const plain = !task.signPosition && !task.afterSigner;
    const marked = plain ? null : await this.tasks.markCompleted(task, auth.userId, slaEndedAt);
    // add-signer: the step may still wait for a signer; else it completes with everyone's variables
    const completion = await this.signers.continueStep(actor, task, submitted);
    if (!completion) return marked ?? (await this.tasks.markCompleted(task, auth.userId, slaEndedAt));
    const execution = await resume(em, actor, instance, this.clock, undefined, plain ? this.tasks.completion(task, auth.userId, slaEndedAt) : undefined);
    await engineCommand(() => execution.completeWaiting(task.elementInstanceId, completion));
    return marked ?? this.tasks.completedRecord(task, execution.store.answered as Date, slaEndedAt);
  }

  /**
   * What the task completes with. The step's field permissions (`baton:fieldPermissions` on the user task) come first:
   * changing a hidden or view-only field is refused. A task linked to a deployed form then runs the sdk's
   * validateSubmission (as the browser does), with the fields this step requires made required: hidden fields and
   * keys the form does not have are left out, defaults and expressions applied. Errors are BAD_USER_INPUT naming each
   * key, and the task stays open.
   */
  private async formChecked(task: TaskRecord, instance: LockedInstance, form: LinkedForm | null, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
    const em = this.db.em;
    const permissions = await stepPermissions(em, instance.definitionId, task.elementId);
    const current = Object.keys(permissions).length > 0 ? await visibleVariables(em, task.elementInstanceId) : {};
    const { refused, input, lockedKeys } = applyStepPermissions(permissions, variables, current);
    const refuse = (fields: FieldProblem[]) =>
      new TaskException('INVALID_VARIABLES', { params: { id: task.id, formKey: form?.formKey ?? '-', count: fields.length }, fields });
    if (refused.length > 0) throw refuse(refused);
    if (!form) {
      const missing = missingRequired(permissions, input);
      if (missing.length > 0) throw refuse(missing);
      return omit(input, lockedKeys);
    }
    const result = await this.validator.validate(withStepRequired(form.schema, permissions), input);
    if (!result.valid) throw refuse(result.errors.map((error) => ({ key: error.key, message: error.message, rule: error.rule })));
    return omit(result.data, lockedKeys);
  }

  /**
   * Finds the task, locks its instance, and checks (under the lock) that it is open and the caller may act; `withForm`
   * reads the task's linked form in the same statement as the task.
   */
  async lockOpenTask(auth: AuthContext, id: string, withForm = false): Promise<{ task: TaskRecord; instance: LockedInstance; form: LinkedForm | null }> {
    this.access.require(auth, Permission.TASK_WORK);
    new InputCheck().uuid('id', id).throwIfAny();
    const notFound = () => new TaskException('TASK_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    const instance = await lockInstanceOf(this.db.em, 'user_tasks', id);
    const read = () => withForm ? this.tasks.findWithForm(id) : this.tasks.find(id).then((task) => task && { task, form: null });
    const found = instance ? await read() : null;
    if (!instance || !found) throw notFound();
    const { task, form } = found;
    if (task.state === TaskState.SUSPENDED) throw new TaskException('TASK_SUSPENDED', { params: { id } });
    if (task.state !== TaskState.CREATED) throw new TaskException('TASK_NOT_OPEN', { params: { id, state: task.state } });
    if (!(await this.mayAct(auth, task))) throw new TaskException('NOT_A_CANDIDATE', { params: { id } });
    return { task, instance, form };
  }

  /**
   * Admins may act on any task. Otherwise a claimed task belongs to its assignee; an unclaimed one to its candidate
   * users and the members of its candidate groups, or to everyone when the model names no candidate at all.
   */
  async mayAct(auth: AuthContext, task: TaskRecord): Promise<boolean> {
    if (isAdmin(auth)) return true;
    if (task.assignee) return isMe(auth, task.assignee);
    if (task.candidateUsers.length === 0 && task.candidateGroups.length === 0) return true;
    if (task.candidateUsers.some((user) => isMe(auth, user))) return true;
    const mine = await this.tasks.groupKeysOf(auth.userId);
    return task.candidateGroups.some((group) => mine.includes(group));
  }
}

function isMe(auth: AuthContext, who: string): boolean {
  return who === auth.userId || who.toLowerCase() === auth.email.toLowerCase();
}

function isAdmin(auth: AuthContext): boolean {
  return auth.role === Role.OWNER || auth.role === Role.ADMIN;
}

function omit(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const copy = { ...data };
  for (const key of keys) delete copy[key];
  return copy;
}
