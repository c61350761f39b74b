import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { FileService } from '../file/file.service.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { CommentException } from './comment.exception.js';
import { AddTaskCommentInput, TaskCommentModel } from './dtos/task-comment.model.js';
import { TaskCommentEntity } from './entities/task-comment.entity.js';
import { TaskVisibilityService } from './task-visibility.service.js';

const MAX_MENTIONS = 50;
const MAX_ATTACHMENTS = 20;

@Injectable()
export class CommentService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly visibility: TaskVisibilityService,
    private readonly files: FileService,
  ) {}

  async add(auth: AuthContext, input: AddTaskCommentInput): Promise<TaskCommentModel> {
    this.access.require(auth, Permission.TASK_WORK);
    const mentions = [...new Set(input.mentions ?? [])];
    const check = new InputCheck().uuid('taskId', input.taskId).text('text', input.text, { max: 4000 });
    if (mentions.length > MAX_MENTIONS) check.add('mentions', { en: `Mention at most ${MAX_MENTIONS} people.`, 'zh-CN': `最多提及 ${MAX_MENTIONS} 人。` });
    mentions.forEach((id, i) => check.uuid(`mentions[${i}]`, id));
    const fileIds = [...new Set(input.fileIds ?? [])];
    if (fileIds.length > MAX_ATTACHMENTS) check.add('fileIds', { en: `Attach at most ${MAX_ATTACHMENTS} files.`, 'zh-CN': `最多附加 ${MAX_ATTACHMENTS} 个文件。` });
    fileIds.forEach((id, i) => check.uuid(`fileIds[${i}]`, id));
    check.throwIfAny();
    const found = new Set((await this.files.describe(fileIds)).map((f) => f.id));
    const unknownFiles = fileIds.map((id, i) => ({ id, i })).filter(({ id }) => !found.has(id));
    if (unknownFiles.length > 0) {
      throw new CommentException('FILES_NOT_FOUND', {
        params: { ids: unknownFiles.map((f) => f.id).join(', ') },
        fields: unknownFiles.map(({ i }) => ({ key: `fileIds[${i}]`, message: { en: 'No such file in this workspace.', 'zh-CN': '本工作区没有该文件。' } })),
      });
    }
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
      workspaceId: auth.workspaceId, taskId: task.id, processInstanceId: task.processInstanceId, authorId: auth.userId, text: input.text.trim(), mentions, attachments: fileIds,
    }));
    return (await this.toModels([saved]))[0];
  }

  async list(auth: AuthContext, taskId: string): Promise<TaskCommentModel[]> {
    this.access.require(auth, Permission.PROCESS_READ);
    new InputCheck().uuid('taskId', taskId).throwIfAny();
    await this.visibility.requireVisible(auth, taskId);
    return this.toModels(await this.db.em.find(TaskCommentEntity, { where: { taskId }, order: { createdAt: 'ASC', id: 'ASC' } }));
  }

  /** An attachment of a comment on a task the caller may see; NOT_FOUND for anything else. */
  async attachment(auth: AuthContext, commentId: string, fileId: string) {
    this.access.require(auth, Permission.PROCESS_READ);
    new InputCheck().uuid('commentId', commentId).uuid('fileId', fileId).throwIfAny();
    const comment = await this.db.em.findOneBy(TaskCommentEntity, { id: commentId });
    const notFound = () => new CommentException('FILE_NOT_ATTACHED', { params: { id: fileId } });
    if (!comment || !comment.attachments.includes(fileId)) throw notFound();
    await this.visibility.requireVisible(auth, comment.taskId);
    const opened = await this.files.openGranted(fileId);
    if (!opened) throw notFound();
    return opened;
  }

  private async toModels(comments: TaskCommentEntity[]): Promise<TaskCommentModel[]> {
    const files = new Map((await this.files.describe([...new Set(comments.flatMap((c) => c.attachments))])).map((f) => [f.id, f]));
    const ids = [...new Set(comments.flatMap((c) => [c.authorId, ...c.mentions]))];
    const memberIds: { user_id: string }[] = ids.length === 0 ? [] : await this.db.em.query(`SELECT user_id FROM memberships WHERE user_id = ANY($1::uuid[])`, [ids]);
    const users = memberIds.length === 0 ? [] : await this.db.em.findBy(UserEntity, { id: In(memberIds.map((m) => m.user_id)) });
    const byId = new Map(users.map((u) => [u.id, { id: u.id, email: u.email, name: u.name, locale: u.locale, createdAt: u.createdAt }]));
    return comments.map((c) => ({
      id: c.id, taskId: c.taskId, processInstanceId: c.processInstanceId, authorId: c.authorId, author: byId.get(c.authorId) ?? null,
      text: c.text, mentions: c.mentions.flatMap((id) => byId.get(id) ?? []), createdAt: c.createdAt,
      attachments: c.attachments.flatMap((id) => {
        const file = files.get(id);
        return file ? [{ id, name: file.name, contentType: file.contentType, size: file.size }] : [];
      }),
    }));
  }
}
