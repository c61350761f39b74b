import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AccessService } from '../../common/auth/access.service.js';
import { AuthContext } from '../../common/auth/auth-context.js';
import { Permission } from '../../common/auth/permission.js';
import { InputCheck } from '../../common/errors/input.js';
import { Db } from '../../database/db.service.js';
import type { ProcessModel } from '../../engine/index.js';
import { diffForms } from './diff/form-diff.util.js';
import { diffProcesses } from './diff/process-diff.util.js';
import { DraftKind } from './dtos/draft.model.js';
import { ModelDiffModel } from './dtos/diff.model.js';
import { formSchemaOf, processOf } from './draft-lint.util.js';
import { DraftService } from './draft.service.js';
import { ReviewException } from './review.exception.js';

/** Element and field diffs between deployed versions, or between a draft and the latest deployed version. */
@Injectable()
export class DiffService {
  constructor(
    private readonly db: Db,
    private readonly access: AccessService,
    private readonly drafts: DraftService,
  ) {}

  async processVersions(auth: AuthContext, bpmnProcessId: string, fromVersion: number, toVersion: number): Promise<ModelDiffModel> {
    this.access.require(auth, Permission.PROCESS_READ);
    const from = await this.processVersion(bpmnProcessId, fromVersion, 'fromVersion');
    const to = await this.processVersion(bpmnProcessId, toVersion, 'toVersion');
    return { kind: DraftKind.PROCESS, key: bpmnProcessId, fromVersion, toVersion, ...diffProcesses(from, to), formFields: null };
  }

  async formVersions(auth: AuthContext, formKey: string, fromVersion: number, toVersion: number): Promise<ModelDiffModel> {
    this.access.require(auth, Permission.FORM_READ);
    const from = await this.formVersion(formKey, fromVersion, 'fromVersion');
    const to = await this.formVersion(formKey, toVersion, 'toVersion');
    return { kind: DraftKind.FORM, key: formKey, fromVersion, toVersion, added: [], removed: [], changed: [], formFields: diffForms(formKey, from, to) };
  }

  /** The draft against the latest deployed version (everything added when none is deployed). */
  async draft(auth: AuthContext, draftId: string): Promise<ModelDiffModel> {
    this.access.require(auth, Permission.PROCESS_DEPLOY);
    const draft = await this.drafts.require(draftId);
    const latest = await this.drafts.latestVersion(draft.kind, draft.itemKey);
    if (draft.kind === 'PROCESS') {
      const from = latest === null ? null : await this.processVersion(draft.itemKey, latest, 'fromVersion');
      return { kind: DraftKind.PROCESS, key: draft.itemKey, fromVersion: latest, toVersion: null, ...diffProcesses(from, await processOf(draft.content, draft.itemKey)), formFields: null };
    }
    const from = latest === null ? null : await this.formVersion(draft.itemKey, latest, 'fromVersion');
    return { kind: DraftKind.FORM, key: draft.itemKey, fromVersion: latest, toVersion: null, added: [], removed: [], changed: [], formFields: diffForms(draft.itemKey, from, formSchemaOf(draft.content)) };
  }

  private async processVersion(key: string, version: number, field: string): Promise<ProcessModel | null> {
    const [row]: { xml: string }[] = await this.db.em.query(`SELECT xml FROM process_definitions WHERE bpmn_process_id = $1 AND version = $2`, [key, version]);
    if (!row) throw notFound(key, version, field);
    return processOf(row.xml, key);
  }

  private async formVersion(key: string, version: number, field: string): Promise<FormSchema> {
    new InputCheck().text('formKey', key, { max: 100 }).throwIfAny();
    const [row]: { schema: FormSchema }[] = await this.db.em.query(`SELECT schema FROM forms WHERE form_key = $1 AND version = $2`, [key, version]);
    if (!row) throw notFound(key, version, field);
    return row.schema;
  }
}

function notFound(key: string, version: number, field: string) {
  return new ReviewException('VERSION_NOT_FOUND', { params: { key, version }, fields: [{ key: field, message: { en: 'No such version.', 'zh-CN': '没有此版本。' } }] });
}
