import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { begin, commit } from './transaction.js';

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
 * System work (sign-up, sign-in, token refresh) is explicit and runs as the owner role. NOTIFY messages of either kind
 * are sent right after the commit (see transaction.ts).
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
    return this.transaction(scope, fn);
  }

  /** Runs fn in a transaction that bypasses row-level security. Use only where no workspace is known yet. */
  async system<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction(null, fn);
  }

  private async transaction<T>(scope: TenantScope | null, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await begin(runner, scope);
      const result = await this.current.run({ manager: runner.manager, scope }, () => fn(runner.manager));
      await commit(runner);
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
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
