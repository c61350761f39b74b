import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { Db } from '../../database/db.service.js';
import { nonEmpty, someValue } from '../record/utils/field-sql.util.js';
import { DeployFormInput, FormModel, FormVersionReportModel } from './dtos/form.model.js';
import { FormEntity } from './entities/form.entity.js';
import { FormException } from './form.exception.js';
import { canonicalJson, sha256 } from './utils/canonical-json.util.js';
import { FormField, listFormFields } from './utils/form-fields.util.js';
import { checkFormSchema } from './utils/form-schema-check.util.js';
import { diffFields } from './utils/version-report.util.js';

@Injectable()
export class FormService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
  ) {}

  async deploy(auth: AuthContext, input: DeployFormInput): Promise<FormModel> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    const { schema, formKey } = this.checked(input.schema);
    const name = input.name?.trim();
    if (name !== undefined && (name.length === 0 || name.length > 200)) {
      throw new FormException('INVALID_NAME', { fields: [{ key: 'name', message: { en: 'Use 1–200 characters.', 'zh-CN': '请使用 1–200 个字符。' } }] });
    }
    const em = this.db.em;
    // Two deploys of one form must not both take version n+1.
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('form:' || $1 || ':' || $2))`, [auth.workspaceId, formKey]);
    const latest = await this.latest(auth, formKey);
    const schemaHash = sha256(canonicalJson(schema));
    if (latest?.schemaHash === schemaHash) return this.toModel(latest, null);
    const report = await this.report(auth, formKey, latest, schema);
    const saved = await em.save(em.create(FormEntity, {
      workspaceId: auth.workspaceId, formKey, version: (latest?.version ?? 0) + 1,
      name: name ?? latest?.name ?? formKey, schema, schemaHash, createdById: auth.userId,
    }));
    return this.toModel(saved, report);
  }

  /** What deploying this schema would change for stored records, without deploying it. */
  async previewDeploy(auth: AuthContext, input: unknown): Promise<FormVersionReportModel> {
    this.access.require(auth, Permission.FORM_DEPLOY);
    const { schema, formKey } = this.checked(input);
    return this.report(auth, formKey, await this.latest(auth, formKey), schema);
  }

  async list(auth: AuthContext): Promise<FormModel[]> {
    this.access.require(auth, Permission.FORM_READ);
    const ids: { id: string }[] = await this.db.em.query(
      `SELECT DISTINCT ON (form_key) id FROM forms WHERE workspace_id = $1 ORDER BY form_key, version DESC`, [auth.workspaceId]);
    if (ids.length === 0) return [];
    const forms = await this.db.em.getRepository(FormEntity).createQueryBuilder('f').whereInIds(ids.map((row) => row.id)).orderBy('f.form_key').getMany();
    return forms.map((form) => this.toModel(form, null));
  }

  async get(auth: AuthContext, formKey: string, version?: number | null): Promise<FormModel> {
    this.access.require(auth, Permission.FORM_READ);
    return this.toModel(await this.require(auth, formKey, version), null);
  }

  /** The given version, else the latest; NOT_FOUND for a key or version this workspace does not have. */
  async require(auth: AuthContext, formKey: string, version?: number | null): Promise<FormEntity> {
    const form = version == null
      ? await this.latest(auth, formKey)
      : await this.db.em.findOneBy(FormEntity, { workspaceId: auth.workspaceId, formKey, version });
    if (!form) {
      throw new FormException('FORM_NOT_FOUND', {
        params: { formKey, version: version == null ? '' : ` v${version}` },
        fields: [{ key: 'formKey', message: { en: 'Not found.', 'zh-CN': '不存在。' } }],
      });
    }
    return form;
  }

  /** Every version of a form, newest first (records of old versions keep their fields and permissions). */
  versions(auth: AuthContext, formKey: string): Promise<FormEntity[]> {
    return this.db.em.find(FormEntity, { where: { workspaceId: auth.workspaceId, formKey }, order: { version: 'DESC' } });
  }

  private checked(input: unknown): { schema: FormSchema; formKey: string } {
    const checked = checkFormSchema(input);
    if ('problems' in checked) throw new FormException('INVALID_SCHEMA', { fields: checked.problems });
    return checked;
  }

  /** The newest version of a form, or null when this workspace has none. */
  latest(auth: AuthContext, formKey: string): Promise<FormEntity | null> {
    return this.db.em.findOne(FormEntity, { where: { workspaceId: auth.workspaceId, formKey }, order: { version: 'DESC' } });
  }

  private async report(auth: AuthContext, formKey: string, latest: FormEntity | null, schema: FormSchema): Promise<FormVersionReportModel> {
    const diff = diffFields(latest ? listFormFields(latest.schema) : [], listFormFields(schema));
    // One query at a time: they share the transaction's connection.
    const removedFields = [];
    for (const field of diff.removed) removedFields.push({ key: field.key, recordCount: await this.countHolding(auth, formKey, field) });
    const renamedFields = [];
    for (const { from, to } of diff.renamed) renamedFields.push({ from: from.key, to: to.key, recordCount: await this.countHolding(auth, formKey, from) });
    return { previousVersion: latest?.version ?? null, addedFields: diff.added.map((field) => field.key), removedFields, renamedFields };
  }

  /** Live records (any version) holding a value for the field. */
  private async countHolding(auth: AuthContext, formKey: string, field: FormField): Promise<number> {
    const params: unknown[] = [auth.workspaceId, formKey];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const [{ count }] = await this.db.em.query(
      `SELECT count(*)::int AS count FROM records r WHERE r.workspace_id = $1 AND r.form_key = $2 AND r.deleted_at IS NULL
       AND ${someValue('r', field, bind, 'f0', nonEmpty)}`, params);
    return count as number;
  }

  private toModel(form: FormEntity, report: FormVersionReportModel | null): FormModel {
    return { id: form.id, formKey: form.formKey, version: form.version, name: form.name, schema: form.schema, createdAt: form.createdAt, report };
  }
}
