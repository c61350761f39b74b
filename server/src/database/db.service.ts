import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

export interface TenantScope {
  workspaceId: string;
  userId: string;
}

interface Current {
  manager: EntityManager;
  scope: TenantScope | null;
}

/**
 * One transaction per command. Tenant work runs as the `baton_app` role with the workspace and user in
 * transaction-local settings, so PostgreSQL row-level security, not only our WHERE clauses, keeps workspaces apart.
 * System work (sign-up, sign-in, token refresh) is explicit and runs as the owner role.
 */
@Injectable()
export class Db {
  private readonly current = new AsyncLocalStorage<Current>();

  constructor(@Inject(DATA_SOURCE) readonly dataSource: DataSource) {}

  /** Runs fn in a tenant transaction, or joins the one already open for the same scope. */
  async tenant<T>(scope: TenantScope, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open?.scope && open.scope.workspaceId === scope.workspaceId && open.scope.userId === scope.userId) {
      return fn(open.manager);
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT set_config('role', 'baton_app', true), set_config('baton.workspace_id', $1, true), set_config('baton.user_id', $2, true)`,
        [scope.workspaceId, scope.userId],
      );
      return this.current.run({ manager, scope }, () => fn(manager));
    });
  }

  /** Runs fn in a transaction that bypasses row-level security. Use only where no workspace is known yet. */
  async system<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => this.current.run({ manager, scope: null }, () => fn(manager)));
  }

  /** The manager of the transaction this call runs in; throws when called outside one. */
  get em(): EntityManager {
    const open = this.current.getStore();
    if (!open) throw new Error('No transaction: wrap the command in Db.tenant() or Db.system()');
    return open.manager;
  }

  get scope(): TenantScope | null {
    return this.current.getStore()?.scope ?? null;
  }
}
