import { Global, Module } from '@nestjs/common';
import { AccessService } from './auth/access.service.js';
import { AuthGuard } from './auth/auth.guard.js';
import { Db } from '../database/db.service.js';
import { AccessTokenService } from '../modules/auth/access-token.service.js';
import { PasswordService } from '../modules/auth/password.service.js';
import { SessionService } from '../modules/auth/session.service.js';
import { AuditService } from '../modules/audit/audit.service.js';

/** What every feature uses: the transaction helper, authorisation, sessions and the audit log. */
@Global()
@Module({
  providers: [Db, AccessService, AuthGuard, AccessTokenService, PasswordService, SessionService, AuditService],
  exports: [Db, AccessService, AuthGuard, AccessTokenService, PasswordService, SessionService, AuditService],
})
export class CoreModule {}
