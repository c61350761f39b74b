import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import type { Locale } from '../../common/errors/baton.exception.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { checkMigrationPlan, type ModificationProblem } from '../../engine/runtime/index.js';
import { loadModel } from '../../engine/runtime/load-model.js';
import { AuditService } from '../audit/audit.service.js';
import { ProcessInstanceState } from '../process/dtos/process-instance.model.js';
import { PageArgs, pageWindow, toConnection } from '../process/utils/page.util.js';
import { BatchException } from './batch.exception.js';
import { type BatchRow, BatchRepository, type InstanceSelection } from './batch.repository.js';
import { BatchInstanceFilter, StartBatchCancelInput, StartBatchMigrationInput } from './dtos/start-batch.input.js';
import { BatchOperationKind, BatchOperationModel, BatchOperationState } from './dtos/batch-operation.model.js';
import type { BatchKind } from './entities/batch-operation.entity.js';

/** Instances one batch may cover. */
export const MAX_BATCH_ITEMS = 10_000;
const FAILURES_SHOWN = 100;

/**
 * Batch cancel and batch migration (`process.operate`): the instances are chosen and checked when the batch starts
 * and snapshotted as its items; BatchWorker then runs each item with the single-instance operation. A migration
 * whose mapping does not fit the elements open in the chosen instances is refused as a whole, naming each element.
 */
@Injectable()
export class BatchService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly batches: BatchRepository,
    private readonly audit: AuditService,
  ) {}

  async startCancel(auth: AuthContext, input: StartBatchCancelInput, lang: Locale): Promise<BatchOperationModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    const check = new InputCheck();
    const selection = checkSelection(input, check, { rootsOnly: true, notOnDefinition: null });
    check.throwIfAny();
    const ids = await this.choose(input, selection);
    return this.create(auth, 'CANCEL', { ...describeSelection(input) }, ids, lang);
  }

  async startMigration(auth: AuthContext, input: StartBatchMigrationInput, lang: Locale): Promise<BatchOperationModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    const check = new InputCheck().uuid('targetDefinitionId', input.targetDefinitionId);
    if (input.mappings.length > 10_000)
      check.add('mappings', { en: 'At most 10,000 mappings.', 'zh-CN': '最多 10,000 条映射。' });
    input.mappings.forEach((m, i) =>
      check
        .text(`mappings[${i}].sourceElementId`, m.sourceElementId, { max: 255 })
        .text(`mappings[${i}].targetElementId`, m.targetElementId, { max: 255 }),
    );
    const selection = checkSelection(input, check, { rootsOnly: false, notOnDefinition: input.targetDefinitionId });
    check.throwIfAny();
    const [target]: { id: string }[] = await this.db.em.query(`SELECT id FROM process_definitions WHERE id = $1`, [
      input.targetDefinitionId,
    ]);
    if (!target) {
      throw new BatchException('TARGET_DEFINITION_NOT_FOUND', {
        params: { targetDefinitionId: input.targetDefinitionId },
        fields: [{ key: 'targetDefinitionId', message: { en: 'Not found.', 'zh-CN': '不存在。' } }],
      });
    }
    const ids = await this.choose(input, selection);
    const mappings = input.mappings.map((m) => ({
      sourceElementId: m.sourceElementId,
      targetElementId: m.targetElementId,
    }));
    const targetModel = await loadModel(this.db.em, target.id);
    const problems = new Map<string, ModificationProblem>();
    for (const [definitionId, open] of await this.batches.openElements(ids)) {
      for (const p of checkMigrationPlan(await loadModel(this.db.em, definitionId), targetModel, mappings, open))
        problems.set(p.key, problems.get(p.key) ?? p);
    }
    if (problems.size > 0) {
      const all = [...problems.values()];
      throw new BatchException('MIGRATION_REFUSED', {
        params: {
          summary: all.map((p) => p.message.en).join(' '),
          summaryZh: all.map((p) => p.message['zh-CN']).join(' '),
        },
        fields: all.map((p) => ({ key: p.key, message: p.message })),
      });
    }
    return this.create(
      auth,
      'MIGRATE',
      { ...describeSelection(input), targetDefinitionId: target.id, mappings },
      ids,
      lang,
    );
  }

  async get(auth: AuthContext, id: string, lang: Locale): Promise<BatchOperationModel> {
    this.access.require(auth, Permission.PROCESS_READ);
    new InputCheck().uuid('id', id).throwIfAny();
    const row = await this.batches.byId(id);
    if (!row) throw notFound(id);
    return (await this.toModels([row], lang))[0];
  }

  async list(auth: AuthContext, args: PageArgs, lang: Locale) {
    this.access.require(auth, Permission.PROCESS_READ);
    const window = pageWindow(args);
    const { rows, totalCount } = await this.batches.page(window);
    return toConnection(await this.toModels(rows, lang), window.first, totalCount);
  }

  /** Stops the batch: items not yet run stay PENDING and are never run; the item running now finishes. */
  async cancel(auth: AuthContext, id: string, lang: Locale): Promise<BatchOperationModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    new InputCheck().uuid('id', id).throwIfAny();
    const row = await this.batches.byId(id, true);
    if (!row) throw notFound(id);
    if (row.state !== 'RUNNING') throw new BatchException('BATCH_NOT_RUNNING', { params: { id, state: row.state } });
    await this.batches.markCancelled(id, auth.userId);
    await this.audit.recordBy(auth, {
      action: 'process.batch_cancelled',
      targetType: 'batch_operation',
      targetId: id,
      details: { kind: row.kind },
    });
    return this.get(auth, id, lang);
  }

  private async choose(input: { instanceIds?: string[] | null }, selection: InstanceSelection): Promise<string[]> {
    if (input.instanceIds) {
      const ids = [...new Set(input.instanceIds)];
      const existing = await this.batches.existing(ids);
      const check = new InputCheck();
      input.instanceIds.forEach((id, i) => {
        if (!existing.has(id))
          check.add(`instanceIds[${i}]`, {
            en: `There is no process instance ${id} in this workspace.`,
            'zh-CN': `本工作区没有流程实例 ${id}。`,
          });
      });
      check.throwIfAny();
      return ids;
    }
    const ids = await this.batches.select(selection, MAX_BATCH_ITEMS + 1);
    if (ids.length > MAX_BATCH_ITEMS)
      throw new BatchException('TOO_MANY_INSTANCES', {
        params: { max: MAX_BATCH_ITEMS },
        fields: [
          { key: 'filter', message: { en: `More than ${MAX_BATCH_ITEMS}.`, 'zh-CN': `超过 ${MAX_BATCH_ITEMS} 个。` } },
        ],
      });
    if (ids.length === 0)
      throw new BatchException('NO_INSTANCES', {
        fields: [{ key: 'filter', message: { en: 'Matches no running instance.', 'zh-CN': '没有匹配的运行中实例。' } }],
      });
    return ids;
  }

  private async create(
    auth: AuthContext,
    kind: BatchKind,
    parameters: Record<string, unknown>,
    ids: string[],
    lang: Locale,
  ): Promise<BatchOperationModel> {
    const id = await this.batches.insert(
      { workspaceId: auth.workspaceId, kind, parameters, createdById: auth.userId },
      ids,
    );
    await this.audit.recordBy(auth, {
      action: 'process.batch_started',
      targetType: 'batch_operation',
      targetId: id,
      details: { kind, total: ids.length, targetDefinitionId: parameters.targetDefinitionId ?? null },
    });
    return this.get(auth, id, lang);
  }

  private async toModels(rows: BatchRow[], lang: Locale): Promise<BatchOperationModel[]> {
    const failures = await this.batches.failures(
      rows.map((r) => r.id),
      FAILURES_SHOWN,
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as BatchOperationKind,
      state: r.state as BatchOperationState,
      totalCount: r.total_count,
      doneCount: r.done_count,
      failedCount: r.failed_count,
      pendingCount: r.total_count - r.done_count - r.failed_count,
      targetDefinitionId: r.parameters.targetDefinitionId ?? null,
      createdBy: r.created_by_id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      endedAt: r.ended_at,
      failures: failures
        .filter((f) => f.batch_id === r.id)
        .map((f) => ({
          processInstanceId: f.process_instance_id,
          code: f.error.code,
          reason: f.error.reason,
          message: f.error.message[lang],
          keys: f.error.keys,
          processedAt: f.processed_at,
        })),
    }));
  }
}

/** Either explicit ids or a filter; the filter's fields checked and turned into SQL parameters. */
function checkSelection(
  input: { instanceIds?: string[] | null; filter?: BatchInstanceFilter | null },
  check: InputCheck,
  kind: Pick<InstanceSelection, 'rootsOnly' | 'notOnDefinition'>,
): InstanceSelection {
  const f = input.filter;
  if (!input.instanceIds === !f) {
    check.add('instanceIds', {
      en: 'Give either instanceIds or filter, not both.',
      'zh-CN': '请给出 instanceIds 或 filter 其中之一。',
    });
  }
  if (input.instanceIds) {
    if (input.instanceIds.length === 0)
      check.add('instanceIds', { en: 'Give at least one instance.', 'zh-CN': '请至少指定一个实例。' });
    if (input.instanceIds.length > MAX_BATCH_ITEMS)
      check.add('instanceIds', {
        en: `At most ${MAX_BATCH_ITEMS} instances.`,
        'zh-CN': `最多 ${MAX_BATCH_ITEMS} 个实例。`,
      });
    else input.instanceIds.forEach((id, i) => check.uuid(`instanceIds[${i}]`, id));
  }
  if (f) {
    if (f.processDefinitionId) check.uuid('filter.processDefinitionId', f.processDefinitionId);
    if (f.bpmnProcessId != null) check.text('filter.bpmnProcessId', f.bpmnProcessId, { max: 255 });
    if (f.version != null && f.version < 1)
      check.add('filter.version', {
        en: 'filter.version must be 1 or more.',
        'zh-CN': 'filter.version 必须大于等于 1。',
      });
    if (f.state && f.state !== ProcessInstanceState.ACTIVE) {
      check.add('filter.state', {
        en: `Only running (ACTIVE) instances can be cancelled or migrated, not ${f.state} ones.`,
        'zh-CN': `只能取消或迁移运行中（ACTIVE）的实例，不能处理 ${f.state} 的实例。`,
      });
    }
    if (f.startedAfter && f.startedBefore && f.startedAfter >= f.startedBefore) {
      check.add('filter.startedBefore', {
        en: 'filter.startedBefore must be later than filter.startedAfter.',
        'zh-CN': 'filter.startedBefore 必须晚于 filter.startedAfter。',
      });
    }
  }
  return {
    processDefinitionId: f?.processDefinitionId ?? null,
    bpmnProcessId: f?.bpmnProcessId ?? null,
    version: f?.version ?? null,
    startedAfter: f?.startedAfter ?? null,
    startedBefore: f?.startedBefore ?? null,
    ...kind,
  };
}

/** What the batch keeps of how its instances were chosen. */
function describeSelection(input: {
  instanceIds?: string[] | null;
  filter?: BatchInstanceFilter | null;
}): Record<string, unknown> {
  return input.filter ? { filter: input.filter } : { explicit: true };
}

function notFound(id: string) {
  return new BatchException('BATCH_NOT_FOUND', {
    params: { id },
    fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }],
  });
}
