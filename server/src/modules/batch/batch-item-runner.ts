import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '../../common/auth/auth-context.js';
import type { Role } from '../../common/auth/role.js';
import { BatonException } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { InstanceOperationsService } from '../process/instance-operations.service.js';
import { ProcessInstanceService } from '../process/process-instance.service.js';
import type { MigrationMappingInput } from '../process/dtos/operate-instance.input.js';
import { BatchException } from './batch.exception.js';
import { type ClaimedItem, type ItemError, recordOutcome } from './batch.repository.js';
import type { BatchKind } from './entities/batch-operation.entity.js';

export type ItemOutcome = 'done' | 'failed' | 'skipped';

interface LockedItem {
  state: string;
  batch_state: string;
  kind: BatchKind;
  parameters: { targetDefinitionId?: string; mappings?: MigrationMappingInput[] };
  attempts: number;
  error: ItemError | null;
}

/**
 * Runs one item of a batch in its own tenant transaction, as the member who started the batch (with the role they
 * hold now): the item row is locked and must still be PENDING, so an item runs exactly once however many workers
 * claimed it. The single-instance operation (cancel, migrate) runs inside a savepoint: its refusal (a typed
 * exception) is undone and recorded as the item's failure, and the batch goes on; anything else rolls the whole
 * transaction back and the item is tried again when its lease lapses, up to `maxAttempts` times.
 */
@Injectable()
export class BatchItemRunner {
  constructor(
    private readonly db: Db,
    private readonly instances: ProcessInstanceService,
    private readonly operations: InstanceOperationsService,
  ) {}

  run(item: ClaimedItem, maxAttempts: number): Promise<ItemOutcome> {
    return this.db.tenant({ workspaceId: item.workspace_id, userId: item.created_by_id }, async (em) => {
      const [row]: LockedItem[] = await em.query(
        `SELECT i.state, b.state AS batch_state, b.kind, b.parameters, i.attempts, i.error FROM batch_operation_items i
         JOIN batch_operations b ON b.id = i.batch_id WHERE i.id = $1 FOR UPDATE OF i`,
        [item.id],
      );
      if (!row || row.state !== 'PENDING' || row.batch_state !== 'RUNNING') return 'skipped';
      if (row.attempts > maxAttempts) {
        const last = row.error?.message ?? { en: 'the worker stopped', 'zh-CN': '处理进程中断' };
        const gaveUp = new BatchException('ITEM_GAVE_UP', {
          params: { id: item.process_instance_id, attempts: row.attempts - 1, last: last.en, lastZh: last['zh-CN'] },
        });
        await recordOutcome(em, item, errorOf(gaveUp));
        return 'failed';
      }
      await em.query('SAVEPOINT batch_item');
      let failure: ItemError | null = null;
      try {
        await this.apply(em, item, row);
        await em.query('RELEASE SAVEPOINT batch_item');
      } catch (error) {
        if (!(error instanceof BatonException)) throw error;
        await em.query('ROLLBACK TO SAVEPOINT batch_item');
        failure = errorOf(error);
      }
      await recordOutcome(em, item, failure);
      return failure ? 'failed' : 'done';
    });
  }

  private async apply(em: EntityManager, item: ClaimedItem, row: LockedItem): Promise<void> {
    const auth = await actingMember(em, item);
    if (row.kind === 'CANCEL') {
      await this.instances.cancel(auth, item.process_instance_id);
    } else {
      await this.operations.migrate(auth, {
        processInstanceId: item.process_instance_id,
        targetDefinitionId: row.parameters.targetDefinitionId as string,
        mappings: row.parameters.mappings ?? [],
      });
    }
  }
}

/** The batch's creator as they are now: a role change applies to the items still to run. */
async function actingMember(em: EntityManager, item: ClaimedItem): Promise<AuthContext> {
  const [member]: { role: Role; email: string }[] = await em.query(
    `SELECT m.role, u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1 AND m.workspace_id = $2`,
    [item.created_by_id, item.workspace_id],
  );
  if (!member) throw new BatchException('CREATOR_NOT_MEMBER');
  return {
    userId: item.created_by_id,
    workspaceId: item.workspace_id,
    role: member.role,
    email: member.email,
    ip: `batch:${item.batch_id}`,
  };
}

function errorOf(error: BatonException): ItemError {
  return { code: error.code, reason: error.reason, message: error.text, keys: error.fields.map((f) => f.key) };
}
