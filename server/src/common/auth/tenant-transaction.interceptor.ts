import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Db } from '../../database/db.service.js';
import { GqlContext } from './auth-context.js';
import { OWN_TRANSACTIONS } from './decorators.js';

/** Every authenticated GraphQL field runs in one tenant transaction: it commits or rolls back as a whole. */
@Injectable()
export class TenantTransactionInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const auth = GqlExecutionContext.create(context).getContext<GqlContext>().req?.auth;
    if (!auth || this.reflector.get<boolean>(OWN_TRANSACTIONS, context.getHandler())) return next.handle();
    return from(this.db.tenant(auth, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
