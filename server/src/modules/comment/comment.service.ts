import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { CommentException } from './comment.exception.js';
import { AddTaskCommentInput, TaskCommentModel } from './dtos/task-comment.model.js';
import { TaskCommentEntity } from './entities/task-comment.entity.js';
import { TaskVisibilityService } from './task-visibility.service.js';

const MAX_MENTIONS = 50;

@Injectable()
export class CommentService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly visibility: TaskVisibilityService,
  ) {}

  async add(auth: AuthContext, input: AddTaskCommentInput): Promise<TaskCommentModel> {
    this.access.require(auth, Permission.TASK_WORK);
    const mentions = [...new Set(input.mentions ?? [])];
    const check = new InputCheck().uuid('taskId', input.taskId).text('text', input.text, { max: 4000 });
    if (mentions.length > MAX_MENTIONS) check.add('mentions', { en: `Mention at most ${MAX_MENTIONS} people.`, 'zh-CN': `最多提及 ${MAX_MENTIONS} 人。` });
    mentions.forEach((id, i) => check.uuid(`mentions[${i}]`, id));
    check.throwIfAny();
    const task = await this.visibility.requireVisible(auth, input.taskId);
    const members: { user_id: string }[] = mentions.length === 0 ? [] : await this.db.em.query(
      `SELECT user_id FROM memberships WHERE user_id = ANY($1::uuid[])`, [mentions]);
    const known = new Set(members.map((m) => m.user_id));
    const strangers = mentions.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
    if (strangers.length > 0) {
      throw new CommentException('NOT_MEMBERS', {
        params: { ids: strangers.map((s) => s.id).join(', ') },
        fields: strangers.map(({ i }) => ({ key: `mentions[${i}]`, message: { en: 'Not a member of this workspace.', 'zh-CN': '不是本工作区成员。' } })),
      });
    }
    const saved = await this.db.em.save(this.db.em.create(TaskCommentEntity, {
      workspaceId: auth.workspaceId, taskId: task.id, processInstanceId: task.processInstanceId, authorId: auth.userId, text: input.text.trim(), mentions,
    }));
    return (await this.toModels([saved]))[0];
  }

  async list(auth: AuthContext, taskId: string): Promise<TaskCommentModel[]> {
    this.access.require(auth, Permission.PROCESS_READ);
    new InputCheck().uuid('taskId', taskId).throwIfAny();
    await this.visibility.requireVisible(auth, taskId);
    return this.toModels(await this.db.em.find(TaskCommentEntity, { where: { taskId }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  private async toModels(comments: TaskCommentEntity[]): Promise<TaskCommentModel[]> {
    const ids = [...new Set(comments.flatMap((c) => [c.authorId, ...c.mentions]))];
    const memberIds: { user_id: string }[] = ids.length === 0 ? [] : await this.db.em.query(`SELECT user_id FROM memberships WHERE user_id = ANY($1::uuid[])`, [ids]);
    const users = memberIds.length === 0 ? [] : await this.db.em.findBy(UserEntity, { id: In(memberIds.map((m) => m.user_id)) });
    const byId = new Map(users.map((u) => [u.id, { id: u.id, email: u.email, name: u.name, locale: u.locale, createdAt: u.createdAt }]));
    return comments.map((c) => ({
      id: c.id, taskId: c.taskId, processInstanceId: c.processInstanceId, authorId: c.authorId, author: byId.get(c.authorId) ?? null,
      text: c.text, mentions: c.mentions.flatMap((id) => byId.get(id) ?? []), createdAt: c.createdAt,
    }));
  }
}
