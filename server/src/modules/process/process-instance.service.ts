import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { lockInstance, resume, startInstance } from '../../engine/runtime/index.js';
import { EngineClock } from '../timer/engine-clock.js';
import { ProcessInstanceFilter, ProcessInstanceModel, StartProcessInstanceInput } from './dtos/process-instance.model.js';
import { ProcessDefinitionService } from './process-definition.service.js';
import { ProcessInstanceRepository } from './process-instance.repository.js';
import { ProcessException } from './process.exception.js';
import { engineCommand } from './utils/engine-command.util.js';
import { PageArgs, pageWindow, toConnection } from './utils/page.util.js';
import { checkVariables, variablesOrEmpty } from './utils/variables-input.util.js';

@Injectable()
export class ProcessInstanceService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly definitions: ProcessDefinitionService,
    private readonly instances: ProcessInstanceRepository,
    private readonly audit: AuditService,
    private readonly clock: EngineClock,
  ) {}

  /** Creates the instance and runs it to its first wait states in the request's transaction. */
  async start(auth: AuthContext, input: StartProcessInstanceInput): Promise<ProcessInstanceModel> {
    this.access.require(auth, Permission.PROCESS_START);
    const check = new InputCheck().text('bpmnProcessId', input.bpmnProcessId, { max: 255 });
    checkVariables(input.variables, 'variables', check).throwIfAny();
    const definition = await this.definitions.find(input.bpmnProcessId, input.version);
    const { instanceId } = await engineCommand(() =>
      startInstance(this.db.em, { workspaceId: auth.workspaceId, userId: auth.userId }, {
        id: definition.id, bpmnProcessId: definition.bpmn_process_id, version: definition.version,
      }, variablesOrEmpty(input.variables), { clock: this.clock }),
    );
    return (await this.instances.byId(instanceId)) as ProcessInstanceModel;
  }

  async get(auth: AuthContext, id: string): Promise<ProcessInstanceModel> {
    this.access.require(auth, Permission.PROCESS_READ);
    new InputCheck().uuid('id', id).throwIfAny();
    const instance = await this.instances.byId(id);
    if (!instance) throw notFound(id);
    return instance;
  }

  async list(auth: AuthContext, filter: ProcessInstanceFilter | null | undefined, args: PageArgs) {
    this.access.require(auth, Permission.PROCESS_READ);
    const window = pageWindow(args);
    if (filter?.startedBy) new InputCheck().uuid('filter.startedBy', filter.startedBy).throwIfAny();
    const { rows, totalCount } = await this.instances.page({ bpmnProcessId: filter?.bpmnProcessId ?? null, state: filter?.state ?? null, startedBy: filter?.startedBy ?? null }, window);
    return toConnection(rows, window.first, totalCount);
  }

  /** Terminates every token, task and job of the instance, and the instances its call activities started. */
  async cancel(auth: AuthContext, id: string): Promise<ProcessInstanceModel> {
    this.access.require(auth, Permission.PROCESS_OPERATE);
    new InputCheck().uuid('id', id).throwIfAny();
    const instance = await lockInstance(this.db.em, id);
    if (!instance) throw notFound(id);
    if (instance.state !== 'ACTIVE') throw new ProcessException('INSTANCE_NOT_ACTIVE', { params: { id, state: instance.state } });
    if (instance.parent) {
      throw new ProcessException('INSTANCE_IS_CALLED', {
        params: { id, parentId: instance.parent.instanceId, rootId: instance.parent.rootInstanceId },
        fields: [{ key: 'id', message: { en: 'Started by a call activity.', 'zh-CN': '由调用活动启动。' } }],
      });
    }
    const execution = await resume(this.db.em, { workspaceId: auth.workspaceId, userId: auth.userId }, instance, this.clock);
    await execution.cancel();
    await this.audit.recordBy(auth, { action: 'process.instance_cancelled', targetType: 'process_instance', targetId: id, details: { definitionId: instance.definitionId } });
    return (await this.instances.byId(id)) as ProcessInstanceModel;
  }
}

function notFound(id: string) {
  return new ProcessException('INSTANCE_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
}
