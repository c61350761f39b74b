import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../common/auth/auth-context.js';
import { AccessService } from '../../common/auth/access.service.js';
import { Permission } from '../../common/auth/permission.js';
import { FormService } from '../form/form.service.js';
import { RecordConnection } from './dtos/record.model.js';
import { RecordFilter, RecordSort } from './dtos/records-query.input.js';
import { RecordException } from './record.exception.js';
import { RecordRepository } from './record.repository.js';
import { decodeRecordCursor, encodeRecordCursor } from './utils/record-cursor.util.js';
import { planRecordQuery } from './utils/record-query-plan.util.js';
import { readableFields } from './utils/readable-fields.util.js';
import { restrictedFields, withoutHidden } from '../form/utils/field-permissions.util.js';

export interface RecordsArgs {
  formKey: string;
  filter?: RecordFilter | null;
  sort?: RecordSort | null;
  first?: number | null;
  after?: string | null;
}

/** Lists records of a form: checks the query against every version's fields, then pages through the repository. */
@Injectable()
export class RecordQueryService {
  constructor(
    private readonly access: AccessService,
    private readonly forms: FormService,
    private readonly repository: RecordRepository,
  ) {}

  async list(auth: AuthContext, args: RecordsArgs): Promise<RecordConnection> {
    this.access.require(auth, Permission.RECORD_READ);
    await this.forms.require(auth, args.formKey);
    const versions = await this.forms.versions(auth, args.formKey);
    const readable = readableFields(versions, auth.role);
    const plan = planRecordQuery(readable.fields, args.filter, args.sort, readable.hidden);
    if ('problems' in plan) throw new RecordException('INVALID_QUERY', { fields: plan.problems });
    const first = Math.min(Math.max(args.first ?? 50, 1), 200);
    const sortName = `${plan.sort.ref.kind === 'createdAt' ? 'createdAt' : plan.sort.ref.field.key}:${plan.sort.direction}`;
    const after = args.after ? decodeRecordCursor(sortName, args.after) : null;
    const page = await this.repository.page(auth.workspaceId, args.formKey, plan, first, after);
    const last = page.rows[page.rows.length - 1];
    const hiddenIn = new Map(versions.map((form) => [form.version, restrictedFields(form.schema, auth.role).hidden]));
    return {
      nodes: page.rows.map((row) => ({
        id: row.id, formKey: row.form_key, formId: row.form_id, formVersion: row.form_version, data: withoutHidden(row.data, hiddenIn.get(row.form_version) ?? []),
        createdBy: row.created_by_id, createdAt: row.created_at, updatedBy: row.updated_by_id, updatedAt: row.updated_at, deletedAt: row.deleted_at,
      })),
      totalCount: page.totalCount,
      totalCountExact: page.totalCountExact,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: last ? encodeRecordCursor(sortName, { sortKey: last.sort_key, createdAt: last.created_at.toISOString(), id: last.id }) : null,
      },
    };
  }
}
