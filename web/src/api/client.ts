import { Client, fetchExchange, type AnyVariables } from '@urql/core';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, type OperationTypeNode } from 'graphql';
import { ApiError } from './api-error';

export interface ApiSession {
  /** The short-lived access token, kept in memory only. */
  token(): string | null;
  locale(): string;
  /** Renews the access token from the httpOnly refresh cookie; false when the session is gone. */
  refresh(): Promise<boolean>;
  onSessionLost(): void;
}

let session: ApiSession = {
  token: () => null,
  locale: () => 'en',
  refresh: async () => false,
  onSessionLost: () => undefined,
};

export function configureApi(next: ApiSession): void {
  session = next;
}

export const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  requestPolicy: 'network-only',
  preferGetMethod: false,
  fetchOptions: () => {
    const headers: Record<string, string> = { 'Accept-Language': session.locale() };
    const token = session.token();
    if (token) headers.Authorization = `Bearer ${token}`;
    // The refresh cookie is httpOnly; the browser only sends it with credentials.
    return { credentials: 'include', headers };
  },
});

export interface RequestOptions {
  /** Retry once after refreshing the token on UNAUTHENTICATED (off for the auth operations themselves). */
  retryAuth?: boolean;
}

function operationOf(document: TypedDocumentNode<unknown, never>): OperationTypeNode | undefined {
  const definition = document.definitions.find((node) => node.kind === Kind.OPERATION_DEFINITION);
  return definition?.kind === Kind.OPERATION_DEFINITION ? definition.operation : undefined;
}

async function send<TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const isMutation = operationOf(document as TypedDocumentNode<unknown, never>) === 'mutation';
  const result = await (
    isMutation ? client.mutation(document, variables) : client.query(document, variables)
  ).toPromise();
  if (result.error) throw ApiError.fromCombined(result.error);
  if (result.data === undefined) throw new ApiError('Empty response', 'UNKNOWN');
  return result.data;
}

/** Runs one query or mutation; throws ApiError. */
export async function request<TData, TVariables extends AnyVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { retryAuth = true }: RequestOptions = {},
): Promise<TData> {
  try {
    return await send(document, variables);
  } catch (error) {
    if (!retryAuth || !(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
    if (!(await session.refresh())) {
      session.onSessionLost();
      throw error;
    }
    return send(document, variables);
  }
}

/** Headers for plain fetch calls to the REST endpoints (`/api/...`): the bearer token and the reader's language. */
export function authHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': session.locale() };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}
