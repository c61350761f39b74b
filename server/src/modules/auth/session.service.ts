import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityManager, IsNull } from 'typeorm';
import { ENV, Env } from '../../config/env.js';
import { Role } from '../../common/auth/role.js';
import { UserEntity } from '../user/entities/user.entity.js';
import { WorkspaceEntity } from '../workspace/entities/workspace.entity.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthPayloadModel } from './dtos/auth-payload.model.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { hashToken, newOpaqueToken } from './utils/token-hash.util.js';

export const REFRESH_COOKIE = 'baton_refresh';

/** Issues an access token plus a rotating refresh token kept only in an httpOnly cookie. */
@Injectable()
export class SessionService {
  constructor(
    private readonly accessTokens: AccessTokenService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async issue(
    em: EntityManager,
    res: Response,
    session: { user: UserEntity; workspace: WorkspaceEntity; role: Role; familyId?: string },
  ): Promise<AuthPayloadModel> {
    const { token, hash } = newOpaqueToken();
    const ttl = this.env.BATON_REFRESH_TOKEN_TTL;
    await em.insert(RefreshTokenEntity, {
      userId: session.user.id,
      workspaceId: session.workspace.id,
      familyId: session.familyId ?? randomUUID(),
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ttl * 1000),
    });
    res.cookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.env.NODE_ENV === 'production',
      path: '/graphql',
      maxAge: ttl * 1000,
    });
    const access = this.accessTokens.sign(session.user.id, session.workspace.id);
    return { token: access.token, expiresAt: access.expiresAt, user: session.user, workspace: session.workspace, role: session.role };
  }

  readCookie(req: Request): string | null {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 ? value : null;
  }

  clearCookie(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { path: '/graphql', httpOnly: true, sameSite: 'strict', secure: this.env.NODE_ENV === 'production' });
  }

  findByToken(em: EntityManager, token: string): Promise<RefreshTokenEntity | null> {
    return em.findOne(RefreshTokenEntity, { where: { tokenHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
  }

  async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOfUser(em: EntityManager, userId: string, exceptFamilyId?: string): Promise<void> {
    const qb = em
      .createQueryBuilder()
      .update(RefreshTokenEntity)
      .set({ revokedAt: new Date() })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptFamilyId) qb.andWhere('family_id <> :family', { family: exceptFamilyId });
    await qb.execute();
  }
}
