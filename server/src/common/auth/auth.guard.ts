import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Db } from '../../database/db.service.js';
import { preparedPoolQuery } from '../../database/prepared-query.js';
import { AccessTokenService } from '../../modules/auth/access-token.service.js';
import { AuthException } from '../../modules/auth/auth.exception.js';
import type { Request } from 'express';
import { AuthContext, clientIp, GqlContext } from './auth-context.js';
import { Role } from './role.js';

/**
 * Verifies the bearer token and that its user is still a member of its workspace (read on every request, so a
 * role change or removal takes effect at once), then puts the AuthContext on the request.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly db: Db,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req } = GqlExecutionContext.create(context).getContext<GqlContext>();
    req.auth = await authenticate(req, this.tokens, this.db);
    return true;
  }
}

/** The bearer token's user, still a member of its workspace, as an AuthContext; UNAUTHENTICATED otherwise. */
export async function authenticate(req: Request, tokens: AccessTokenService, db: Db): Promise<AuthContext> {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const claims = match ? tokens.verify(match[1]) : null;
  if (!claims) throw new AuthException('UNAUTHENTICATED');
  // One statement outside any transaction (a third of the round trips of a tenant transaction): it reads only the
  // membership the signed claims name, as sign-in does.
  const rows = await preparedPoolQuery<{ role: Role; email: string }>(db.dataSource,
    `SELECT m.role, u.email FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.user_id = $1 AND m.workspace_id = $2`,
    [claims.userId, claims.workspaceId],
  );
  if (rows.length === 0) throw new AuthException('UNAUTHENTICATED');
  return { ...claims, role: rows[0].role, email: rows[0].email, ip: clientIp(req) };
}
