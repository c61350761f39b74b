import type { IncomingMessage } from 'node:http';
import type { SubscriptionConfig } from '@nestjs/graphql';

interface WsContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra?: { request?: IncomingMessage };
}

const bearer = (params: WsContext['connectionParams']): string | null => {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' && /^Bearer\s+\S+$/i.test(value) ? value : null;
};

/**
 * GraphQL over WebSocket (graphql-ws): the client sends `{ authorization: 'Bearer <access token>' }` as
 * connectionParams. A connection without one is closed at once (4403); the token itself is verified, like on HTTP,
 * by AuthGuard when each subscription starts, so an expired or revoked token gets UNAUTHENTICATED.
 */
export const graphqlWs: SubscriptionConfig = {
  'graphql-ws': {
    onConnect: (ctx) => bearer(ctx.connectionParams) !== null,
  },
};

/**
 * The context of every GraphQL operation: the HTTP request as is, or for a subscription a request-like object
 * built from the WebSocket's connectionParams and upgrade request, so guards and decorators read both the same way.
 */
export function graphqlContext(ctx: { req?: unknown; res?: unknown } & WsContext) {
  if (ctx.req) return { req: ctx.req, res: ctx.res };
  const upgrade = ctx.extra?.request;
  const language = ctx.connectionParams?.['accept-language'] ?? upgrade?.headers['accept-language'];
  return {
    req: {
      headers: { authorization: bearer(ctx.connectionParams) ?? undefined, 'accept-language': typeof language === 'string' ? language : undefined },
      ip: upgrade?.socket.remoteAddress,
      socket: upgrade?.socket,
    },
    res: undefined,
  };
}
