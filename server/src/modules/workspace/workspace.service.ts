import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthContext, GqlContext } from '../../common/auth/auth-context.js';
import { Role } from '../../common/auth/role.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthException } from '../auth/auth.exception.js';
import { AuthPayloadModel } from '../auth/dtos/auth-payload.model.js';
import { SessionService } from '../auth/session.service.js';
import { GroupService } from '../group/group.service.js';
import { MembershipEntity } from '../member/entities/membership.entity.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { MeModel } from './dtos/me.model.js';
import { CreateWorkspaceInput } from './dtos/create-workspace.input.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';

@Injectable()
export class WorkspaceService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly groups: GroupService,
  ) {}

  async me(auth: AuthContext, locale: 'en' | 'zh-CN'): Promise<MeModel> {
    const em = this.db.em;
    const user = await em.findOneByOrFail(UserEntity, { id: auth.userId });
    const workspace = await em.findOneByOrFail(WorkspaceEntity, { id: auth.workspaceId });
    // Row-level security lets a user read their own memberships in every workspace, and those workspaces.
    const memberships = await em.find(MembershipEntity, {
      where: { userId: auth.userId }, relations: { workspace: true }, order: { createdAt: 'ASC' },
    });
    return {
      user,
      workspace,
      role: auth.role,
      groups: await this.groups.groupsOf(auth.userId, locale),
      workspaces: memberships.filter((m) => m.workspace).map((m) => ({ workspace: m.workspace!, role: m.role })),
    };
  }

  /** A new workspace with the caller as owner; the session moves to it. */
  async create(auth: AuthContext, input: CreateWorkspaceInput, ctx: GqlContext): Promise<AuthPayloadModel> {
    new InputCheck().text('name', input.name, { max: 200 }).throwIfAny();
    return this.db.system(async (em) => {
      const user = await em.findOneByOrFail(UserEntity, { id: auth.userId });
      const workspace = await em.save(em.create(WorkspaceEntity, { name: input.name.trim() }));
      await em.insert(MembershipEntity, { workspaceId: workspace.id, userId: user.id, role: Role.OWNER });
      await this.audit.record({ workspaceId: workspace.id, action: 'workspace.created', actorId: user.id, actorEmail: user.email, ip: auth.ip }, em);
      await this.endCurrentSession(em, ctx);
      return this.sessions.issue(em, ctx.res, { user, workspace, role: Role.OWNER });
    });
  }

  async switchTo(auth: AuthContext, workspaceId: string, ctx: GqlContext): Promise<AuthPayloadModel> {
    new InputCheck().uuid('workspaceId', workspaceId).throwIfAny();
    return this.db.system(async (em) => {
      const membership = await em.findOne(MembershipEntity, {
        where: { userId: auth.userId, workspaceId }, relations: { workspace: true, user: true },
      });
      if (!membership?.workspace || !membership.user) throw new AuthException('NOT_A_MEMBER');
      await this.endCurrentSession(em, ctx);
      return this.sessions.issue(em, ctx.res, { user: membership.user, workspace: membership.workspace, role: membership.role });
    });
  }

  private async endCurrentSession(em: EntityManager, ctx: GqlContext): Promise<void> {
    const token = this.sessions.readCookie(ctx.req);
    const row = token ? await this.sessions.findByToken(em, token) : null;
    if (row) await this.sessions.revokeFamily(em, row.familyId);
  }
}
