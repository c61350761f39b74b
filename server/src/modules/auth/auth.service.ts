import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { GqlContext, clientIp } from '../../common/auth/auth-context.js';
import { Role } from '../../common/auth/role.js';
import { passwordProblem } from '../../common/auth/password-policy.js';
import { InputCheck, normalizeEmail } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MembershipEntity } from '../member/entities/membership.entity.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { WorkspaceEntity } from '../workspace/entities/workspace.entity.js';
import { AuthException } from './auth.exception.js';
import { AuthPayloadModel } from './dtos/auth-payload.model.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { LoginInput, SignUpInput } from './dtos/auth.inputs.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionService } from './session.service.js';

export const LOCALES = ['zh-CN', 'en'] as const;

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async signUp(input: SignUpInput, ctx: GqlContext): Promise<AuthPayloadModel> {
    const email = normalizeEmail(input.email);
    const check = new InputCheck().email('email', email).text('name', input.name, { max: 200 });
    check.text('workspaceName', input.workspaceName, { max: 200 });
    const weak = passwordProblem(input.password, email);
    if (weak) check.add('password', weak);
    if (input.locale && !(LOCALES as readonly string[]).includes(input.locale)) {
      check.add('locale', { en: 'Choose zh-CN or en.', 'zh-CN': '请选择 zh-CN 或 en。' });
    }
    check.throwIfAny();
    const passwordHash = await this.passwords.hash(input.password);
    return this.db.system(async (em) => {
      if (await em.existsBy(UserEntity, { email })) {
        throw new AuthException('EMAIL_TAKEN', { fields: [{ key: 'email', message: { en: 'Already registered.', 'zh-CN': '已注册。' } }] });
      }
      const user = await em.save(em.create(UserEntity, {
        email, name: input.name.trim(), passwordHash, locale: input.locale ?? 'en', lockedUntil: null,
      }));
      const workspace = await em.save(em.create(WorkspaceEntity, { name: input.workspaceName.trim() }));
      await em.insert(MembershipEntity, { workspaceId: workspace.id, userId: user.id, role: Role.OWNER });
      const ip = clientIp(ctx.req);
      await this.audit.record({ workspaceId: workspace.id, action: 'auth.signed_up', actorId: user.id, actorEmail: email, ip }, em);
      return this.sessions.issue(em, ctx.res, { user, workspace, role: Role.OWNER });
    });
  }

  async login(input: LoginInput, ctx: GqlContext): Promise<AuthPayloadModel> {
    const email = normalizeEmail(input.email);
    const ip = clientIp(ctx.req);
    // The failure is committed before it is reported, so lockout counting survives the error.
    const outcome = await this.db.system(async (em) => {
      const user = await em.findOne(UserEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
      await this.throttle.assertAllowed(em, ip, user);
      const ok = user ? await this.passwords.verify(user.passwordHash, input.password) : await this.passwords.verifyNobody(input.password);
      if (!user || !ok) {
        const locked = await this.throttle.recordFailure(em, email, ip, user);
        if (user) await this.auditEverywhere(em, user, locked ? 'auth.locked_out' : 'auth.sign_in_failed', ip);
        return { failed: true as const };
      }
      const membership = await em.findOne(MembershipEntity, {
        where: { userId: user.id }, relations: { workspace: true }, order: { createdAt: 'ASC' },
      });
      if (!membership?.workspace) throw new AuthException('NO_WORKSPACE');
      await this.throttle.recordSuccess(em, email, ip);
      await this.audit.record({ workspaceId: membership.workspaceId, action: 'auth.signed_in', actorId: user.id, actorEmail: email, ip }, em);
      return { failed: false as const, payload: await this.sessions.issue(em, ctx.res, { user, workspace: membership.workspace, role: membership.role }) };
    });
    if (outcome.failed) throw new AuthException('INVALID_CREDENTIALS');
    return outcome.payload;
  }

  /** Rotates the refresh cookie. A token used twice means it was stolen: the whole family is revoked. */
  async refresh(ctx: GqlContext): Promise<AuthPayloadModel> {
    const token = this.sessions.readCookie(ctx.req);
    if (!token) throw new AuthException('UNAUTHENTICATED');
    const outcome = await this.db.system(async (em) => {
      const row = await this.sessions.findByToken(em, token);
      if (!row) return null;
      if (row.revokedAt || row.rotatedAt) {
        await this.sessions.revokeFamily(em, row.familyId);
        if (row.rotatedAt && !row.revokedAt) {
          await this.audit.record({ workspaceId: row.workspaceId, action: 'auth.refresh_token_reused', actorId: row.userId, ip: clientIp(ctx.req) }, em);
        }
        return null;
      }
      if (row.expiresAt <= new Date()) return null;
      const membership = await em.findOne(MembershipEntity, {
        where: { userId: row.userId, workspaceId: row.workspaceId }, relations: { workspace: true, user: true },
      });
      if (!membership?.user || !membership.workspace) {
        await this.sessions.revokeFamily(em, row.familyId);
        return null;
      }
      await em.update(RefreshTokenEntity, { id: row.id }, { rotatedAt: new Date() });
      return this.sessions.issue(em, ctx.res, {
        user: membership.user, workspace: membership.workspace, role: membership.role, familyId: row.familyId,
      });
    });
    if (!outcome) {
      this.sessions.clearCookie(ctx.res);
      throw new AuthException('UNAUTHENTICATED');
    }
    return outcome;
  }

  async logout(ctx: GqlContext): Promise<boolean> {
    const token = this.sessions.readCookie(ctx.req);
    if (token) {
      await this.db.system(async (em) => {
        const row = await this.sessions.findByToken(em, token);
        if (row) await this.sessions.revokeFamily(em, row.familyId);
      });
    }
    this.sessions.clearCookie(ctx.res);
    return true;
  }

  /** A failed sign-in of a known account is shown to the admins of every workspace the account belongs to. */
  private async auditEverywhere(em: EntityManager, user: UserEntity, action: 'auth.sign_in_failed' | 'auth.locked_out', ip: string) {
    const memberships = await em.findBy(MembershipEntity, { userId: user.id });
    for (const m of memberships) {
      await this.audit.record({ workspaceId: m.workspaceId, action, actorId: user.id, actorEmail: user.email, ip }, em);
    }
  }
}
