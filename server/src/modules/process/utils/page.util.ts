import { decodeCursor, encodeCursor } from '../../../common/graphql/cursor.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Keyset pagination over (created_at, id), newest first, as the audit log does. */
export function pageWindow(args: PageArgs): { limit: number; at: string | null; id: string | null; first: number } {
  const first = Math.min(Math.max(args.first ?? 50, 1), 200);
  const cursor = args.after ? decodeCursor(args.after) : null;
  return { first, limit: first + 1, at: cursor?.at ?? null, id: cursor?.id ?? null };
}

export function toConnection<T extends { id: string; createdAt: Date }>(rows: T[], first: number, totalCount: number) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.createdAt, last.id) : null } };
}

/** SQL for "after the cursor, newest first", with the cursor in parameters $n (timestamp) and $n+1 (id). */
export function afterCursor(n: number): string {
  return `($${n}::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) < ($${n}::timestamptz, $${n + 1}::uuid))`;
}

export const NEWEST_FIRST = `ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC`;
