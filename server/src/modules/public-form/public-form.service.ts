import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { Role } from '../../common/auth/role.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import { AuditService } from '../audit/audit.service.js';
import { FormService } from '../form/form.service.js';
import { ProcessDefinitionService } from '../process/process-definition.service.js';
import { ProcessInstanceService } from '../process/process-instance.service.js';
import { RecordService } from '../record/record.service.js';
import { CreatePublicFormLinkInput, PublicFormLinkModel } from './dtos/public-form-link.model.js';
import { PublicFormLinkEntity } from './entities/public-form-link.entity.js';
import { PublicFormException } from './public-form.exception.js';

/** Who anonymous submissions are recorded as (created_by of the record, started_by of the process). */
export const ANONYMOUS_USER = '00000000-0000-0000-0000-000000000000';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class PublicFormService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly definitions: ProcessDefinitionService,
    private readonly instances: ProcessInstanceService,
    private readonly records: RecordService,
    private readonly audit: AuditService,
  ) {}

  async create(auth: AuthContext, input: CreatePublicFormLinkInput): Promise<PublicFormLinkModel> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    await this.forms.require(auth, input.formKey);
    if (input.bpmnProcessId) await this.definitions.find(input.bpmnProcessId, null);
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw new PublicFormException('EXPIRY_IN_PAST', { fields: [{ key: 'expiresAt', message: { en: 'In the past.', 'zh-CN': '已过去。' } }] });
    const token = randomBytes(24).toString('base64url');
    const row = await this.db.em.save(this.db.em.create(PublicFormLinkEntity, {
      workspaceId: auth.workspaceId, tokenHash: hash(token), formKey: input.formKey, bpmnProcessId: input.bpmnProcessId ?? null,
      expiresAt: input.expiresAt ?? null, revokedAt: null, createdById: auth.userId,
    }));
    await this.audit.recordBy(auth, { action: 'form.link_created', targetType: 'public_form_link', targetId: row.id, details: { formKey: input.formKey } });
    return { ...toModel(row), token, path: `/public/forms/${token}` };
  }

  async list(auth: AuthContext, formKey: string): Promise<PublicFormLinkModel[]> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    return (await this.db.em.find(PublicFormLinkEntity, { where: { formKey }, order: { createdAt: 'DESC' } })).map(toModel);
  }

  async revoke(auth: AuthContext, id: string): Promise<PublicFormLinkModel> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    new InputCheck().uuid('id', id).throwIfAny();
    const row = await this.db.em.findOneBy(PublicFormLinkEntity, { id });
    if (!row) throw new PublicFormException('LINK_ID_NOT_FOUND', { params: { id }, fields: [{ key: 'id', message: { en: 'Not found.', 'zh-CN': '不存在。' } }] });
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await this.db.em.save(row);
      await this.audit.recordBy(auth, { action: 'form.link_revoked', targetType: 'public_form_link', targetId: id });
    }
    return toModel(row);
  }

  /** The anonymous side: the link by token (no workspace is known yet), refused when unknown, expired or revoked. */
  async link(token: string): Promise<PublicFormLinkEntity> {
    const row = await this.db.system((em) => em.findOneBy(PublicFormLinkEntity, { tokenHash: hash(String(token)) }));
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) throw new PublicFormException('LINK_NOT_FOUND');
    return row;
  }

  async schema(token: string): Promise<{ formKey: string; name: string; schema: FormSchema }> {
    const link = await this.link(token);
    return this.db.tenant({ workspaceId: link.workspaceId, userId: ANONYMOUS_USER }, async () => {
      const form = await this.forms.require(anonymous(link), link.formKey);
      return { formKey: form.formKey, name: form.name, schema: form.schema };
    });
  }

  /** Validated exactly like a member's submission (role MEMBER's field permissions); starts the linked process. */
  async submit(token: string, data: unknown, ip: string): Promise<{ recordId: string; processInstanceId: string | null }> {
    const link = await this.link(token);
    const auth = { ...anonymous(link), ip };
    return this.db.tenant(auth, async () => {
      const record = await this.records.submit(auth, { formKey: link.formKey, data });
      const instance = link.bpmnProcessId
        ? await this.instances.start(auth, { bpmnProcessId: link.bpmnProcessId, variables: { ...record.data, recordId: record.id } })
        : null;
      return { recordId: record.id, processInstanceId: instance?.id ?? null };
    });
  }
}

const anonymous = (link: PublicFormLinkEntity): AuthContext => ({ userId: ANONYMOUS_USER, workspaceId: link.workspaceId, role: Role.MEMBER, email: 'anonymous', ip: '' });

const toModel = (row: PublicFormLinkEntity): PublicFormLinkModel => ({
  id: row.id, formKey: row.formKey, bpmnProcessId: row.bpmnProcessId, expiresAt: row.expiresAt, revokedAt: row.revokedAt, createdAt: row.createdAt,
});
