import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { AuthContext, clientIp, GqlContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { passwordProblem } from '../../common/auth/password-policy.js';
import { Role } from '../../common/auth/role.js';
import { InputCheck, normalizeEmail } from '../../common/errors/input.js';
import { ENV, Env } from '../../config/env.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthPayloadModel } from '../auth/dtos/auth-payload.model.js';
import { PasswordService } from '../auth/password.service.js';
import { SessionService } from '../auth/session.service.js';
import { hashToken, newOpaqueToken } from '../auth/utils/token-hash.util.js';
import { MembershipEntity } from '../member/entities/membership.entity.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { AcceptInvitationInput, InvitationModel, InvitationPreviewModel, InviteMemberInput } from './dtos/invitation.model.js';
import { InvitationEntity } from './entities/invitation.entity.js';
import { InvitationException } from './invitation.exception.js';
import { WorkspaceEntity } from '../workspace/entities/workspace.entity.js';
import { NotificationOutbox } from '../notification/notification-outbox.service.js';

export const INVITATION_TTL_DAYS = 7;
const ROLES = Object.values(Role);

@Injectable()
export class InvitationService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly notifications: NotificationOutbox,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** The token is returned once, in the link; only its hash is stored. Inviting again replaces the open invitation. */
  async invite(auth: AuthContext, input: InviteMemberInput): Promise<InvitationModel> {
    this.access.require(auth, Permission.MEMBER_MANAGE);
    const email = normalizeEmail(input.email);
    const check = new InputCheck().email('email', email);
    if (!ROLES.includes(input.role)) check.add('role', { en: 'Unknown role.', 'zh-CN': '未知角色。' });
    check.throwIfAny();
    if (input.role === Role.OWNER && auth.role !== Role.OWNER) throw new InvitationException('OWNER_ONLY');
    const em = this.db.em;
    const already = await em.query(
      `SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.workspace_id = $1 AND u.email = $2`,
      [auth.workspaceId, email],
    );
    if (already.length > 0) {
      throw new InvitationException('ALREADY_MEMBER', { params: { email }, fields: [{ key: 'email', message: { en: 'Already a member.', 'zh-CN': '已是成员。' } }] });
    }
    await em.update(InvitationEntity, { email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
    const { token, hash } = newOpaqueToken();
    const invitation = await em.save(em.create(InvitationEntity, {
      workspaceId: auth.workspaceId, email, role: input.role, tokenHash: hash, invitedById: auth.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86400_000), acceptedAt: null, revokedAt: null,
    }));
    await this.audit.recordBy(auth, { action: 'member.invited', targetType: 'invitation', targetId: invitation.id, details: { email, role: input.role } });
    const base = (this.env.BATON_PUBLIC_URL ?? `http://localhost:${this.env.PORT}`).replace(/\/$/, '');
    const link = `${base}/invite/${token}`;
    // Mailed (when the workspace has SMTP) by the notification outbox, committed with the invitation.
    await this.notifications.enqueueInvitation({ workspaceId: auth.workspaceId, invitationId: invitation.id, email, link });
    return { ...invitation, token, link };
  }

  async listPending(auth: AuthContext): Promise<InvitationModel[]> {
    this.access.require(auth, Permission.MEMBER_MANAGE);
    return this.db.em.find(InvitationEntity, {
      where: { acceptedAt: IsNull(), revokedAt: IsNull() }, relations: { invitedBy: true }, order: { createdAt: 'DESC' },
    });
  }

  async revoke(auth: AuthContext, id: string): Promise<InvitationModel> {
    this.access.require(auth, Permission.MEMBER_MANAGE);
    new InputCheck().uuid('id', id).throwIfAny();
    const invitation = await this.db.em.findOneBy(InvitationEntity, { id });
    if (!invitation || invitation.revokedAt) throw new InvitationException('INVITATION_NOT_FOUND');
    if (invitation.acceptedAt) throw new InvitationException('INVITATION_USED');
    invitation.revokedAt = new Date();
    await this.db.em.update(InvitationEntity, { id }, { revokedAt: invitation.revokedAt });
    await this.audit.recordBy(auth, { action: 'member.invitation_revoked', targetType: 'invitation', targetId: id, details: { email: invitation.email } });
    return invitation;
  }

  /** Public: what the accept page shows before the person signs. */
  preview(token: string): Promise<InvitationPreviewModel> {
    return this.db.system(async (em) => {
      const invitation = await this.findOpen(em, token, false);
      return {
        email: invitation.email,
        workspaceName: invitation.workspace!.name,
        role: invitation.role,
        expired: invitation.expiresAt <= new Date(),
        accountExists: await em.existsBy(UserEntity, { email: invitation.email }),
      };
    });
  }

  async accept(input: AcceptInvitationInput, ctx: GqlContext): Promise<AuthPayloadModel> {
    return this.db.system(async (em) => {
      const invitation = await this.findOpen(em, input.token, true);
      if (invitation.expiresAt <= new Date()) throw new InvitationException('INVITATION_EXPIRED', { fields: [{ key: 'token', message: { en: 'Expired.', 'zh-CN': '已过期。' } }] });
      let user = await em.findOneBy(UserEntity, { email: invitation.email });
      if (user) {
        if (!(await this.passwords.verify(user.passwordHash, input.password))) throw new InvitationException('WRONG_PASSWORD');
      } else {
        const check = new InputCheck().text('name', input.name, { max: 200 });
        const weak = passwordProblem(input.password, invitation.email);
        if (weak) check.add('password', weak);
        check.throwIfAny();
        user = await em.save(em.create(UserEntity, {
          email: invitation.email, name: input.name!.trim(), passwordHash: await this.passwords.hash(input.password), locale: 'en', lockedUntil: null,
        }));
      }
      if (await em.existsBy(MembershipEntity, { workspaceId: invitation.workspaceId, userId: user.id })) {
        throw new InvitationException('ALREADY_MEMBER', { params: { email: user.email } });
      }
      await em.insert(MembershipEntity, { workspaceId: invitation.workspaceId, userId: user.id, role: invitation.role });
      await em.update(InvitationEntity, { id: invitation.id }, { acceptedAt: new Date() });
      await this.audit.record({
        workspaceId: invitation.workspaceId, action: 'member.joined', actorId: user.id, actorEmail: user.email,
        ip: clientIp(ctx.req), targetType: 'invitation', targetId: invitation.id, details: { role: invitation.role },
      }, em);
      return this.sessions.issue(em, ctx.res, { user, workspace: invitation.workspace!, role: invitation.role });
    });
  }

  private async findOpen(em: EntityManager, token: string, lock: boolean): Promise<InvitationEntity> {
    const invitation = typeof token === 'string' && token.length <= 100
      ? await em.findOne(InvitationEntity, { where: { tokenHash: hashToken(token) }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
      : null;
    if (!invitation || invitation.revokedAt) throw new InvitationException('INVITATION_NOT_FOUND');
    if (invitation.acceptedAt) throw new InvitationException('INVITATION_USED');
    invitation.workspace = await em.findOneByOrFail(WorkspaceEntity, { id: invitation.workspaceId });
    return invitation;
  }
}
