import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { Role } from '../../common/auth/role.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { GroupMemberEntity } from '../group/entities/group-member.entity.js';
import { GroupEntity } from '../group/entities/group.entity.js';
import { ChangeMemberRoleInput, MemberModel } from './dtos/member.model.js';
import { MembershipEntity } from './entities/membership.entity.js';
import { MemberException } from './member.exception.js';

const ROLES = Object.values(Role);

@Injectable()
export class MemberService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext): Promise<MemberModel[]> {
    this.access.require(auth, Permission.WORKSPACE_READ);
    const memberships = await this.db.em.find(MembershipEntity, {
      where: { workspaceId: auth.workspaceId }, relations: { user: true }, order: { createdAt: 'ASC' },
    });
    return this.toModels(memberships);
  }

  async changeRole(auth: AuthContext, input: ChangeMemberRoleInput): Promise<MemberModel> {
    this.access.require(auth, Permission.MEMBER_MANAGE);
    const check = new InputCheck().uuid('userId', input.userId);
    if (!ROLES.includes(input.role)) check.add('role', { en: 'Unknown role.', 'zh-CN': '未知角色。' });
    check.throwIfAny();
    const target = await this.find(auth, input.userId);
    if ((target.role === Role.OWNER || input.role === Role.OWNER) && auth.role !== Role.OWNER) {
      throw new MemberException('OWNER_ONLY');
    }
    if (target.role === Role.OWNER && input.role !== Role.OWNER) await this.assertAnotherOwner(auth, target.userId);
    const from = target.role;
    target.role = input.role;
    await this.db.em.update(MembershipEntity, { id: target.id }, { role: input.role });
    await this.audit.recordBy(auth, { action: 'member.role_changed', targetType: 'user', targetId: target.userId, details: { from, to: input.role } });
    return (await this.toModels([target]))[0];
  }

  /** Admins remove members; anyone may leave. Group links in this workspace go with the membership. */
  async remove(auth: AuthContext, userId: string): Promise<boolean> {
    if (userId !== auth.userId) this.access.require(auth, Permission.MEMBER_MANAGE);
    new InputCheck().uuid('userId', userId).throwIfAny();
    const target = await this.find(auth, userId);
    if (target.role === Role.OWNER) {
      if (auth.role !== Role.OWNER) throw new MemberException('OWNER_ONLY');
      await this.assertAnotherOwner(auth, userId);
    }
    await this.db.em.delete(GroupMemberEntity, { userId, workspaceId: auth.workspaceId });
    await this.db.em.delete(MembershipEntity, { id: target.id });
    await this.audit.recordBy(auth, { action: 'member.removed', targetType: 'user', targetId: userId, details: { email: target.user?.email, role: target.role } });
    return true;
  }

  private async find(auth: AuthContext, userId: string): Promise<MembershipEntity> {
    const membership = await this.db.em.findOne(MembershipEntity, {
      where: { workspaceId: auth.workspaceId, userId }, relations: { user: true }, lock: { mode: 'pessimistic_write', tables: ['memberships'] },
    });
    if (!membership) {
      throw new MemberException('MEMBER_NOT_FOUND', { params: { userId }, fields: [{ key: 'userId', message: { en: 'Not a member.', 'zh-CN': '不是成员。' } }] });
    }
    return membership;
  }

  private async assertAnotherOwner(auth: AuthContext, userId: string): Promise<void> {
    const owners = await this.db.em
      .createQueryBuilder(MembershipEntity, 'm')
      .setLock('pessimistic_write')
      .where('m.workspace_id = :ws AND m.role = :role', { ws: auth.workspaceId, role: Role.OWNER })
      .getMany();
    if (!owners.some((o) => o.userId !== userId)) throw new MemberException('LAST_OWNER');
  }

  private async toModels(memberships: MembershipEntity[]): Promise<MemberModel[]> {
    const userIds = memberships.map((m) => m.userId);
    const links = userIds.length ? await this.db.em.find(GroupMemberEntity, { where: { userId: In(userIds) } }) : [];
    const groups = links.length ? await this.db.em.findBy(GroupEntity, { id: In(links.map((l) => l.groupId)) }) : [];
    const keyOf = new Map(groups.map((g) => [g.id, g.key]));
    return memberships.map((m) => ({
      user: m.user!,
      role: m.role,
      joinedAt: m.createdAt,
      groups: links.filter((l) => l.userId === m.userId).map((l) => keyOf.get(l.groupId)!).filter(Boolean).sort(),
    }));
  }
}
