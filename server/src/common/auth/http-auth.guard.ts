import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Db } from '../../database/db.service.js';
import { AccessTokenService } from '../../modules/auth/access-token.service.js';
import { AuthContext } from './auth-context.js';
import { authenticate } from './auth.guard.js';

/** AuthGuard for REST endpoints (file transfer): the same bearer token and membership check, on `req.auth`. */
@Injectable()
export class HttpAuthGuard implements CanActivate {
  constructor(
    private readonly tokens: AccessTokenService,
    private readonly db: Db,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request & { auth?: AuthContext }>();
    req.auth = await authenticate(req, this.tokens, this.db);
    return true;
  }
}
