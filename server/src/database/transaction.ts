import type { QueryRunner } from 'typeorm';

/**
 * How Db runs a transaction on a TypeORM query runner, in as few round trips as PostgreSQL allows:
 * - begin: START TRANSACTION and the transaction-local settings in one simple-protocol query (tenant ids are checked
 *   UUIDs, so they are safe as literals; anything else takes the parameterised path);
 * - commit: COMMIT together with sending the NOTIFY messages the transaction deferred (`baton_notify`, see the
 *   NotifyAfterCommit migration) right after it.
 * TypeORM's runner is told its transaction is open or closed, as its own startTransaction() / commitTransaction()
 * would have left it, so its managers and rollback work as usual.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFER = `set_config('baton.defer_notify', 'on', true)`;

interface RunnerState {
  isTransactionActive: boolean;
  transactionDepth: number;
  databaseConnection: { query(text: string): Promise<unknown> };
}

const state = (runner: QueryRunner) => runner as unknown as RunnerState;

function opened(runner: QueryRunner, open: boolean): void {
  state(runner).isTransactionActive = open;
  state(runner).transactionDepth = open ? 1 : 0;
}

/** Begins a transaction; `scope` makes it a tenant one (role baton_app, workspace and user for row-level security). */
export async function begin(runner: QueryRunner, scope: { workspaceId: string; userId: string } | null): Promise<void> {
  if (scope && !(UUID.test(scope.workspaceId) && UUID.test(scope.userId))) {
    await runner.startTransaction();
    await runner.query(
      `SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true), set_config('baton.user_id', $2, true), ${DEFER}`,
      [scope.workspaceId, scope.userId],
    );
    return;
  }
  const tenant = scope
    ? `set_config('role', 'baton_app', true), set_config('baton.workspace_id', '${scope.workspaceId}', true), set_config('baton.user_id', '${scope.userId}', true), `
    : '';
  // marked open first, as TypeORM does: a failure below then rolls back instead of pooling an open transaction
  opened(runner, true);
  await runner.query(`START TRANSACTION; SELECT ${tenant}${DEFER}`);
}

/**
 * Commits, and sends the NOTIFY messages the transaction deferred right after, in the same round trip (see the
 * NotifyAfterCommit migration): a failed COMMIT skips the rest and throws; a committed one never throws here.
 */
export async function commit(runner: QueryRunner): Promise<void> {
  await state(runner).databaseConnection.query(
    `SELECT set_config('baton.sent_notify', COALESCE(current_setting('baton.pending_notify', true), ''), false); COMMIT; SELECT baton_send_notify()`,
  );
  opened(runner, false);
}
