import type { RunningBaton } from '../../../src/bootstrap.js';
import { BatchWorker } from '../../../src/modules/batch/batch-worker.js';
import type { GqlResult } from '../graphql-client.js';
import type { ProcessClient } from './process-client.js';

/** Typed helpers for the batch-operation specs: start, read and wait for batches through GraphQL. */
export interface Batch {
  id: string;
  kind: string;
  state: string;
  totalCount: number;
  doneCount: number;
  failedCount: number;
  pendingCount: number;
  targetDefinitionId: string | null;
  failures: { processInstanceId: string; code: string; reason: string; message: string; keys: string[] }[];
}

export const BATCH_FIELDS = `id kind state totalCount doneCount failedCount pendingCount targetDefinitionId failures { processInstanceId code reason message keys }`;

export const startBatchCancel = (client: ProcessClient, input: Record<string, unknown>) =>
  client.call<{ startBatchCancel: Batch }>(
    `mutation($input: StartBatchCancelInput!) { startBatchCancel(input: $input) { ${BATCH_FIELDS} } }`,
    { input },
  );

export const startBatchMigration = (client: ProcessClient, input: Record<string, unknown>) =>
  client.call<{ startBatchMigration: Batch }>(
    `mutation($input: StartBatchMigrationInput!) { startBatchMigration(input: $input) { ${BATCH_FIELDS} } }`,
    { input },
  );

export async function batchOf(client: ProcessClient, id: string): Promise<Batch> {
  return (
    await client.ok<{ batchOperation: Batch }>(`query($id: ID!) { batchOperation(id: $id) { ${BATCH_FIELDS} } }`, {
      id,
    })
  ).batchOperation;
}

/** Starts the batch and fails the test on an error. */
export function started<K extends string>(result: GqlResult<Record<K, Batch>>, key: K): Batch {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data![key];
}

/** Wakes the servers' batch workers until the batch has ended, and returns it. */
export async function finished(
  client: ProcessClient,
  servers: RunningBaton[],
  id: string,
  timeout = 30_000,
): Promise<Batch> {
  const end = Date.now() + timeout;
  for (;;) {
    await Promise.all(servers.map((s) => s.app.get(BatchWorker).wake()));
    const batch = await batchOf(client, id);
    if (batch.state !== 'RUNNING' || Date.now() > end) return batch;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many audit events of `action` each instance has (what proves an operation ran once per instance). */
export async function auditCounts(baton: RunningBaton, action: string, ids: readonly string[]): Promise<number[]> {
  const rows: { target_id: string; n: number }[] = await baton.dataSource.query(
    `SELECT target_id, count(*)::int AS n FROM audit_events WHERE action = $1 AND target_id = ANY($2::text[]) GROUP BY target_id`,
    [action, ids],
  );
  return ids.map((id) => rows.find((r) => r.target_id === id)?.n ?? 0);
}
