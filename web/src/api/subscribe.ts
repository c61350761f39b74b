import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { authHeaders } from './client';

let ws: Client | null = null;

/** One GraphQL-over-WebSocket connection (graphql-ws) for the tab, opened on first use, with the bearer token. */
function connection(): Client {
  if (ws) return ws;
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  ws = createClient({
    url: url.toString(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    // read at each (re)connect, so a refreshed access token is used
    connectionParams: () => {
      const headers = authHeaders();
      return { authorization: headers.Authorization, 'accept-language': headers['Accept-Language'] };
    },
  });
  return ws;
}

export interface SubscriptionHandlers<T> {
  next(data: T): void;
  /** The subscription failed or the server refused it (e.g. an expired token); the caller falls back to polling. */
  error?(error: unknown): void;
}

/** Starts a subscription; returns the function that stops it. */
export function subscribe<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  handlers: SubscriptionHandlers<TData>,
): () => void {
  return connection().subscribe<TData>(
    { query: print(document), variables },
    {
      next: (result) => {
        if (result.data) handlers.next(result.data as TData);
        else if (result.errors) handlers.error?.(result.errors);
      },
      error: (error) => handlers.error?.(error),
      complete: () => undefined,
    },
  );
}
