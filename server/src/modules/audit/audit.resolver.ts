import { UseGuards } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AuthGuard } from '../../common/auth/auth.guard.js';
import { CurrentAuth } from '../../common/auth/decorators.js';
import { AuditService } from './audit.service.js';
import { AuditEventConnection, AuditLogFilter } from './dtos/audit-event.model.js';

@Resolver()
@UseGuards(AuthGuard)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEventConnection, { description: 'Security events of the workspace, newest first (admins)' })
  auditLog(
    @CurrentAuth() auth: AuthContext,
    @Args('filter', { nullable: true }) filter?: AuditLogFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.audit.list(auth, { action: filter?.action, first, after });
  }
}
