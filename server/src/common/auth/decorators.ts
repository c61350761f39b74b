import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthContext, GqlContext } from './auth-context.js';
import { pickLocale } from '../errors/baton.exception.js';

export const IS_PUBLIC = 'baton:isPublic';

/** The only way out of authentication; the lint rule requires either this or @UseGuards on every resolver. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const OWN_TRANSACTIONS = 'baton:ownTransactions';

/**
 * The field opens its tenant transactions itself (Db.tenant) instead of running in one: for work that waits,
 * such as long-polling activateJobs, which must not hold a pooled connection while it does.
 */
export const OwnTransactions = () => SetMetadata(OWN_TRANSACTIONS, true);

export const CurrentAuth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  const auth = GqlExecutionContext.create(ctx).getContext<GqlContext>().req.auth;
  if (!auth) throw new Error('CurrentAuth used on a resolver without AuthGuard');
  return auth;
});

export const Ctx = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): GqlContext => GqlExecutionContext.create(ctx).getContext<GqlContext>(),
);

/** The request language from Accept-Language: zh-CN or en. */
export const Lang = createParamDecorator((_: unknown, ctx: ExecutionContext) =>
  pickLocale(GqlExecutionContext.create(ctx).getContext<GqlContext>().req.headers['accept-language']),
);
