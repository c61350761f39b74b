import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Locale } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MembershipEntity } from '../member/entities/membership.entity.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { CreateGroupInput, GroupMemberInput, GroupModel } from './dtos/group.model.js';
import { GroupMemberEntity } from './entities/group-member.entity.js';
import { GroupEntity } from './entities/group.entity.js';
import { GroupException } from './group.exception.js';

/** Keys are what BPMN candidateGroups name: lower-case letters, digits, dot, dash, underscore. */
export const GROUP_KEY = /^[a-z0-9][a-z0-9._-]{0,63}$/;

@Injectable()
export class GroupService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, locale: Locale): Promise<GroupModel[]> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    const groups = await this.db.em.find(GroupEntity, { order: { key: 'ASC' } });
    return this.toModels(groups, locale);
  }

  async groupsOf(userId: string, locale: Locale): Promise<GroupModel[]> {
    const links = await this.db.em.findBy(GroupMemberEntity, { userId });
    const groups = links.length ? await this.db.em.find(GroupEntity, { where: { id: In(links.map((l) => l.groupId)) }, order: { key: 'ASC' } }) : [];
    return this.toModels(groups, locale);
  }

  async create(auth: AuthContext, input: CreateGroupInput, locale: Locale): Promise<GroupModel> {
    this.access.require(auth, Permission.GROUP_MANAGE);
    const check = new InputCheck().text('name', input.name, { max: 200 });
    if (!GROUP_KEY.test(input.key)) {
      check.add('key', {
        en: 'Use 1–64 lower-case letters, digits, ".", "-" or "_", starting with a letter or digit (e.g. sales-managers).',
        'zh-CN': '请使用 1–64 个小写字母、数字、“.”、“-”或“_”，以字母或数字开头（如 sales-managers）。',
      });
    }
    check.throwIfAny();
    const em = this.db.em;
    if (await em.existsBy(GroupEntity, { key: input.key })) {
      throw new GroupException('KEY_TAKEN', { params: { key: input.key }, fields: [{ key: 'key', message: { en: 'Taken.', 'zh-CN': '已被使用。' } }] });
    }
    let parentId: string | null = null;
    if (input.parentKey) {
      const parent = await em.findOneBy(GroupEntity, { key: input.parentKey });
      if (!parent) {
        throw new GroupException('PARENT_NOT_FOUND', { params: { key: input.parentKey }, fields: [{ key: 'parentKey', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
      }
      parentId = parent.id;
    }
    const name = input.name.trim();
    const group = await em.save(em.create(GroupEntity, {
      workspaceId: auth.workspaceId, key: input.key, parentId,
      nameZhCN: input.nameZhCN?.trim() || name, nameEn: input.nameEn?.trim() || name,
    }));
    await this.audit.recordBy(auth, { action: 'group.created', targetType: 'group', targetId: group.key });
    return (await this.toModels([group], locale))[0];
  }

  async remove(auth: AuthContext, key: string): Promise<boolean> {
    this.access.require(auth, Permission.GROUP_MANAGE);
    const group = await this.findByKey(key);
    await this.db.em.delete(GroupEntity, { id: group.id });
    await this.audit.recordBy(auth, { action: 'group.deleted', targetType: 'group', targetId: key });
    return true;
  }

  async addMember(auth: AuthContext, input: GroupMemberInput, locale: Locale): Promise<GroupModel> {
    this.access.require(auth, Permission.GROUP_MANAGE);
    const group = await this.findByKey(input.groupKey);
    await this.assertMember(input.userId);
    await this.db.em.createQueryBuilder().insert().into(GroupMemberEntity)
      .values({ groupId: group.id, userId: input.userId, workspaceId: auth.workspaceId }).orIgnore().execute();
    await this.audit.recordBy(auth, { action: 'group.member_added', targetType: 'group', targetId: group.key, details: { userId: input.userId } });
    return (await this.toModels([group], locale))[0];
  }

  async removeMember(auth: AuthContext, input: GroupMemberInput, locale: Locale): Promise<GroupModel> {
    this.access.require(auth, Permission.GROUP_MANAGE);
    const group = await this.findByKey(input.groupKey);
    await this.assertMember(input.userId);
    await this.db.em.delete(GroupMemberEntity, { groupId: group.id, userId: input.userId });
    await this.audit.recordBy(auth, { action: 'group.member_removed', targetType: 'group', targetId: group.key, details: { userId: input.userId } });
    return (await this.toModels([group], locale))[0];
  }

  private async findByKey(key: string): Promise<GroupEntity> {
    const group = await this.db.em.findOneBy(GroupEntity, { key });
    if (!group) throw new GroupException('GROUP_NOT_FOUND', { params: { key }, fields: [{ key: 'groupKey', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    return group;
  }

  private async assertMember(userId: string): Promise<void> {
    new InputCheck().uuid('userId', userId).throwIfAny();
    if (!(await this.db.em.existsBy(MembershipEntity, { userId }))) {
      throw new GroupException('NOT_A_MEMBER', { params: { userId }, fields: [{ key: 'userId', message: { en: 'Not a member.', 'zh-CN': '不是成员。' } }] });
    }
  }

  private async toModels(groups: GroupEntity[], locale: Locale): Promise<GroupModel[]> {
    if (groups.length === 0) return [];
    const em = this.db.em;
    const links = await em.find(GroupMemberEntity, { where: { groupId: In(groups.map((g) => g.id)) }, relations: { user: true } });
    const parentIds = groups.map((g) => g.parentId).filter((id): id is string => id !== null);
    const parents = parentIds.length ? await em.findBy(GroupEntity, { id: In(parentIds) }) : [];
    const parentKey = new Map(parents.map((p) => [p.id, p.key]));
    return groups.map((g) => ({
      id: g.id,
      key: g.key,
      name: locale === 'zh-CN' ? g.nameZhCN : g.nameEn,
      nameZhCN: g.nameZhCN,
      nameEn: g.nameEn,
      parentKey: g.parentId ? parentKey.get(g.parentId) ?? null : null,
      createdAt: g.createdAt,
      members: links.filter((l) => l.groupId === g.id && l.user).map((l) => l.user as UserEntity),
    }));
  }
}
