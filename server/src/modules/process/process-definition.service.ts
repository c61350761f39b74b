import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { validateDeployment } from '../../engine/index.js';
import type { ProcessModel } from '../../engine/parse/process-model.js';
import { messageNamesOf, openStartEvents, StartEventError } from '../../engine/runtime/index.js';
import { EngineClock } from '../timer/engine-clock.js';
import { DeployProcessInput, ProcessDefinitionModel } from './dtos/process-definition.model.js';
import { ProcessException } from './process.exception.js';
import { FormService } from '../form/form.service.js';
import { AuditService } from '../audit/audit.service.js';

interface DefinitionRow {
  id: string;
  bpmn_process_id: string;
  version: number;
  name: string | null;
  xml: string;
  sha256: string;
  created_at: Date;
}

const COLUMNS = `id, bpmn_process_id, version, name, xml, sha256, created_at`;

@Injectable()
export class ProcessDefinitionService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly audit: AuditService,
    private readonly clock: EngineClock,
  ) {}

  /**
   * Validates, then stores one definition per executable process. The same XML again returns the stored version;
   * a changed one becomes version n+1. A per-process advisory lock keeps concurrent deploys from racing for n+1.
   */
  async deploy(auth: AuthContext, input: DeployProcessInput): Promise<ProcessDefinitionModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const check = new InputCheck().text('bpmnXml', input.bpmnXml, { max: Number.MAX_SAFE_INTEGER });
    const knownForms: string[] = [];
    (input.forms ?? []).forEach((form, i) => {
      const id = form && typeof form === 'object' ? (form as { id?: unknown }).id : undefined;
      if (typeof id === 'string' && id.trim() !== '') knownForms.push(id);
      else check.add(`forms[${i}].id`, { en: 'Each form needs its form-js "id".', 'zh-CN': '每个表单都需要 form-js 的“id”。' });
    });
    check.throwIfAny();
    // Forms deployed earlier count as much as the ones deployed with the model (form key = form-js id).
    const stored: { form_key: string }[] = await this.db.em.query(`SELECT DISTINCT form_key FROM forms`);
    const result = await validateDeployment(input.bpmnXml, { knownForms: [...knownForms, ...stored.map((row) => row.form_key)], now: this.clock.now() });
    if (!result.ok) {
      const { error } = result;
      throw new ProcessException('INVALID_MODEL', {
        params: {
          summary: `${error.summary.en} ${error.problems.map((p) => p.message.en).join(' ')}`,
          summaryZh: `${error.summary['zh-CN']} ${error.problems.map((p) => p.message['zh-CN']).join(' ')}`,
        },
        fields: error.problems.map((p) => ({ key: p.elementId ?? 'bpmnXml', message: p.message })),
      });
    }
    // Like a Camunda deployment of several resources: the forms land in the same transaction as the model.
    for (const schema of input.forms ?? []) await this.forms.deploy(auth, { schema });
    const sha256 = createHash('sha256').update(input.bpmnXml).digest('hex');
    const em = this.db.em;
    const deployed: DefinitionRow[] = [];
    for (const model of result.processes) {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${auth.workspaceId}:process:${model.id}`]);
      const [latest]: DefinitionRow[] = await em.query(
        `SELECT ${COLUMNS} FROM process_definitions WHERE bpmn_process_id = $1 ORDER BY version DESC LIMIT 1`,
        [model.id],
      );
      if (latest?.sha256 === sha256) {
        deployed.push(latest);
        continue;
      }
      const [row]: DefinitionRow[] = await em.query(
        `INSERT INTO process_definitions (workspace_id, bpmn_process_id, version, name, xml, sha256, model, deployed_by, message_names)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::jsonb) RETURNING ${COLUMNS}`,
        [auth.workspaceId, model.id, (latest?.version ?? 0) + 1, model.name ?? null, input.bpmnXml, sha256, JSON.stringify(model), auth.userId, JSON.stringify(messageNamesOf(model))],
      );
      await this.openStartEvents(auth, row.id, model);
      deployed.push(row);
      await this.audit.recordBy(auth, { action: 'process.deployed', targetType: 'process', targetId: row.id, details: { bpmnProcessId: model.id, version: row.version } });
    }
    return toModel(deployed[0]);
  }

  /** Timer start events get their timer and message start events their subscription; older versions' close. */
  private async openStartEvents(auth: AuthContext, definitionId: string, model: ProcessModel): Promise<void> {
    try {
      await openStartEvents(this.db.em, auth.workspaceId, definitionId, model, this.clock);
    } catch (error) {
      if (!(error instanceof StartEventError)) throw error;
      throw new ProcessException('INVALID_MODEL', {
        params: { summary: error.reason.en, summaryZh: error.reason['zh-CN'] },
        fields: [{ key: error.elementId, message: error.reason }],
      });
    }
  }

  async list(auth: AuthContext): Promise<ProcessDefinitionModel[]> {
    this.access.require(auth, Permission.PROCESS_READ);
    const rows: DefinitionRow[] = await this.db.em.query(`SELECT ${COLUMNS} FROM process_definitions ORDER BY bpmn_process_id, version DESC`);
    return rows.map(toModel);
  }

  async get(auth: AuthContext, bpmnProcessId: string, version?: number | null): Promise<ProcessDefinitionModel> {
    this.access.require(auth, Permission.PROCESS_READ);
    return toModel(await this.find(bpmnProcessId, version));
  }

  /** The given version, or the latest; NOT_FOUND when this workspace has none. */
  async find(bpmnProcessId: string, version?: number | null): Promise<DefinitionRow> {
    const [row]: DefinitionRow[] = await this.db.em.query(
      `SELECT ${COLUMNS} FROM process_definitions WHERE bpmn_process_id = $1 AND ($2::int IS NULL OR version = $2) ORDER BY version DESC LIMIT 1`,
      [bpmnProcessId, version ?? null],
    );
    if (!row) {
      throw new ProcessException('DEFINITION_NOT_FOUND', {
        params: { bpmnProcessId: version ? `${bpmnProcessId}" version "${version}` : bpmnProcessId },
        fields: [{ key: 'bpmnProcessId', message: { en: 'Not deployed.', 'zh-CN': '未发布。' } }],
      });
    }
    return row;
  }
}

function toModel(row: DefinitionRow): ProcessDefinitionModel {
  return { id: row.id, bpmnProcessId: row.bpmn_process_id, version: row.version, name: row.name, bpmnXml: row.xml, createdAt: row.created_at };
}
