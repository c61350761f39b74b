import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Role } from '../../common/auth/role.js';
import { Db } from '../../database/db.service.js';
import { TaskRecord, TaskRepository } from '../task/task.repository.js';
import { CommentException } from './comment.exception.js';

/**
 * Who may read and comment on a task: owners, admins and builders; its assignee and candidates (users, members of
 * its groups, everyone when it names none); whoever started the instance or completed an earlier task of it; and
 * anyone mentioned in its comments.
 */
@Injectable()
export class TaskVisibilityService {
  constructor(
    private readonly db: Db,
    private readonly tasks: TaskRepository,
  ) {}

  async requireVisible(auth: AuthContext, taskId: string, field = 'taskId'): Promise<TaskRecord> {
    const task = await this.tasks.find(taskId);
    if (!task) throw new CommentException('TASK_NOT_FOUND', { params: { id: taskId }, fields: [{ key: field, message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    if (!(await this.maySee(auth, task))) throw new CommentException('MAY_NOT_SEE_TASK', { params: { id: taskId } });
    return task;
  }

  private async maySee(auth: AuthContext, task: TaskRecord): Promise<boolean> {
    if ([Role.OWNER, Role.ADMIN, Role.BUILDER].includes(auth.role)) return true;
    const me = (who: string) => who === auth.userId || who.toLowerCase() === auth.email.toLowerCase();
    if (task.assignee && me(task.assignee)) return true;
    if (!task.assignee && task.candidateUsers.length === 0 && task.candidateGroups.length === 0) return true;
    if (task.candidateUsers.some(me)) return true;
    const groups = await this.tasks.groupKeysOf(auth.userId);
    if (task.candidateGroups.some((g) => groups.includes(g))) return true;
    const [{ involved }] = await this.db.em.query(
      `SELECT EXISTS (SELECT 1 FROM process_instances WHERE id = $1 AND started_by = $2)
           OR EXISTS (SELECT 1 FROM user_tasks WHERE process_instance_id = $1 AND completed_by = $2)
           OR EXISTS (SELECT 1 FROM task_comments WHERE task_id = $3 AND mentions ? $2::text) AS involved`,
      [task.processInstanceId, auth.userId, task.id],
    );
    return involved as boolean;
  }
}
