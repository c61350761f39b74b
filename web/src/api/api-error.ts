import type { CombinedError } from '@urql/core';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'UNKNOWN';

export interface FieldError {
  key: string;
  message: string;
}

const KNOWN_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
]);

/** One failed GraphQL operation, reduced to what the UI shows: a code, a (server-localized) message and field errors. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static fromCombined(error: CombinedError): ApiError {
    const first = error.graphQLErrors[0];
    if (!first) return new ApiError(error.networkError?.message ?? error.message, 'NETWORK');
    const code = String(first.extensions?.code ?? 'UNKNOWN');
    return new ApiError(
      first.message,
      KNOWN_CODES.has(code) ? (code as ErrorCode) : 'UNKNOWN',
      parseFields(first.extensions?.fields),
    );
  }

  static from(error: unknown): ApiError {
    if (error instanceof ApiError) return error;
    return new ApiError(error instanceof Error ? error.message : String(error), 'UNKNOWN');
  }
}

function parseFields(raw: unknown): FieldError[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { key, message } = item as Record<string, unknown>;
    if (typeof key !== 'string' || typeof message !== 'string') return [];
    // The server may name a nested input path ("input.email"); forms key their items by the last segment.
    return [{ key: key.split('.').pop() ?? key, message }];
  });
}
