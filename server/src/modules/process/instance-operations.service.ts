import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { type LockedInstance, lockInstance, migrateInstance, type ModificationProblem, modifyInstance, resume, setInstanceVariables } from '../../engine/runtime/index.js';
import { AuditService } from '../audit/audit.service.js';
import { EngineClock } from '../timer/engine-clock.js';
import { ProcessInstanceModel } from './dtos/process-instance.model.js';
import { MigrateProcessInstanceInput, ModifyProcessInstanceInput, SetVariablesInput } from './dtos/operate-instance.input.js';
import { ProcessInstanceRepository } from './process-instance.repository.js';
import { ProcessException } from './process.exception.js';
import { engineCommand } from './utils/engine-command.util.js';
import { checkVariables, variablesOrEmpty } from './utils/variables-input.util.js';

const MAX_INSTRUCTIONS = 100;

/**
 * Operating running instances (builders and admins, `process.operate`): modification, variables and migration,
 * each one command under the instance lock, each in the audit log. Problems are refused as BAD_USER_INPUT with one
 * field per element (or element instance) they concern, in en and zh-CN.
 */
@Injectable()
export class InstanceOperationsService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly instances: ProcessInstanceRepository,
    private readonly audit: AuditService,
    private readonly clock: EngineClock,
  ) {}

  async modify(auth: AuthContext, input: ModifyProcessInstanceInput): Promise<ProcessInstanceModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    const activate = input.activate ?? [];
    const terminate = input.terminate ?? [];
    const check = new InputCheck().uuid('processInstanceId', input.processInstanceId);
    if (activate.length + terminate.length === 0) check.add('activate', { en: 'Give at least one element to activate or element instance to terminate.', 'zh-CN': '请至少指定一个要激活的元素或要终止的元素实例。' });
    if (activate.length + terminate.length > MAX_INSTRUCTIONS) check.add('activate', { en: `At most ${MAX_INSTRUCTIONS} instructions at once.`, 'zh-CN': `一次最多 ${MAX_INSTRUCTIONS} 条指令。` });
    activate.forEach((a, i) => {
      check.text(`activate[${i}].elementId`, a.elementId, { max: 255 });
      if (a.ancestorElementInstanceId) check.uuid(`activate[${i}].ancestorElementInstanceId`, a.ancestorElementInstanceId);
      checkVariables(a.variables, `activate[${i}].variables`, check);
    });
    terminate.forEach((id, i) => check.uuid(`terminate[${i}]`, id));
    check.throwIfAny();
    const instance = await this.lockActive(input.processInstanceId);
    const execution = await resume(this.db.em, actorOf(auth), instance, this.clock);
    const instructions = activate.map((a) => ({ elementId: a.elementId, ancestorElementInstanceId: a.ancestorElementInstanceId, variables: variablesOrEmpty(a.variables) }));
    const problems = await engineCommand(() => modifyInstance(execution, instructions, terminate));
    if (problems.length > 0) throw refused('MODIFICATION_REFUSED', problems);
    await this.audit.recordBy(auth, {
      action: 'process.instance_modified', targetType: 'process_instance', targetId: instance.id,
      details: { activated: activate.map((a) => a.elementId), terminated: terminate },
    });
    return (await this.instances.byId(instance.id)) as ProcessInstanceModel;
  }

  async setVariables(auth: AuthContext, input: SetVariablesInput): Promise<ProcessInstanceModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    const check = new InputCheck().uuid('processInstanceId', input.processInstanceId);
    if (input.elementInstanceId) check.uuid('elementInstanceId', input.elementInstanceId);
    checkVariables(input.variables, 'variables', check);
    const variables = variablesOrEmpty(input.variables);
    if (Object.keys(variables).length === 0) check.add('variables', { en: 'Give at least one variable.', 'zh-CN': '请至少给出一个变量。' });
    check.throwIfAny();
    const instance = await this.lockActive(input.processInstanceId);
    const scopeId = input.elementInstanceId ?? instance.id;
    const execution = await resume(this.db.em, actorOf(auth), instance, this.clock);
    if (!(await engineCommand(() => setInstanceVariables(execution, scopeId, variables, input.local ?? false)))) {
      throw new ProcessException('VARIABLES_SCOPE_NOT_FOUND', {
        params: { id: instance.id, scopeId },
        fields: [{ key: 'elementInstanceId', message: { en: 'Not an open scope of this instance.', 'zh-CN': '不是该实例中仍在运行的作用域。' } }],
      });
    }
    // names only: values may be personal data, and the instance keeps them
    await this.audit.recordBy(auth, {
      action: 'process.variables_set', targetType: 'process_instance', targetId: instance.id,
      details: { scopeId, local: input.local ?? false, names: Object.keys(variables) },
    });
    return (await this.instances.byId(instance.id)) as ProcessInstanceModel;
  }

  async migrate(auth: AuthContext, input: MigrateProcessInstanceInput): Promise<ProcessInstanceModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    const check = new InputCheck().uuid('processInstanceId', input.processInstanceId).uuid('targetDefinitionId', input.targetDefinitionId);
    if (input.mappings.length > 10_000) check.add('mappings', { en: 'At most 10,000 mappings.', 'zh-CN': '最多 10,000 条映射。' });
    input.mappings.forEach((m, i) => check.text(`mappings[${i}].sourceElementId`, m.sourceElementId, { max: 255 }).text(`mappings[${i}].targetElementId`, m.targetElementId, { max: 255 }));
    check.throwIfAny();
    const instance = await this.lockActive(input.processInstanceId);
    const [target]: { id: string; bpmn_process_id: string; version: number }[] = await this.db.em.query(
      `SELECT id, bpmn_process_id, version FROM process_definitions WHERE id = $1`,
      [input.targetDefinitionId],
    );
    if (!target) {
      throw new ProcessException('TARGET_DEFINITION_NOT_FOUND', {
        params: { targetDefinitionId: input.targetDefinitionId },
        fields: [{ key: 'targetDefinitionId', message: { en: 'Not found.', 'zh-CN': '不存在。' } }],
      });
    }
    const from = instance.definitionId;
    const problems = await engineCommand(() =>
      migrateInstance(this.db.em, actorOf(auth), instance, { id: target.id, bpmnProcessId: target.bpmn_process_id, version: target.version }, input.mappings, this.clock),
    );
    if (problems.length > 0) throw refused('MIGRATION_REFUSED', problems);
    await this.audit.recordBy(auth, {
      action: 'process.instance_migrated', targetType: 'process_instance', targetId: instance.id,
      details: { fromDefinitionId: from, toDefinitionId: target.id, version: target.version, mappings: input.mappings.map((m) => [m.sourceElementId, m.targetElementId]) },
    });
    return (await this.instances.byId(instance.id)) as ProcessInstanceModel;
  }

  private async lockActive(id: string): Promise<LockedInstance> {
    const instance = await lockInstance(this.db.em, id);
    if (!instance) {
      throw new ProcessException('INSTANCE_NOT_FOUND', { params: { id }, fields: [{ key: 'processInstanceId', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    }
    if (instance.state !== 'ACTIVE') throw new ProcessException('INSTANCE_NOT_ACTIVE', { params: { id, state: instance.state } });
    return instance;
  }
}

function actorOf(auth: AuthContext) {
  return { workspaceId: auth.workspaceId, userId: auth.userId };
}

function refused(reason: 'MODIFICATION_REFUSED' | 'MIGRATION_REFUSED', problems: ModificationProblem[]) {
  return new ProcessException(reason, {
    params: { summary: problems.map((p) => p.message.en).join(' '), summaryZh: problems.map((p) => p.message['zh-CN']).join(' ') },
    fields: problems.map((p) => ({ key: p.key, message: p.message })),
  });
}
