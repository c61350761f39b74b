import { Injectable } from '@nestjs/common';
import type { FormSchema } from '@baton/sdk';
import { AuthContext } from '../../common/auth/auth-context.js';
import { FieldProblem } from '../../common/errors/baton.exception.js';
import { Db } from '../../database/db.service.js';
import { FormEntity } from '../form/entities/form.entity.js';
import { RecordReferenceService } from './record-references.service.js';
import { SerialNumberService } from './serial-number.service.js';
import { SubmissionValidator } from './submission-validator.service.js';
import { submissionPreparer } from './utils/prepare-submission.util.js';
import { searchTextOf } from './utils/search-text.util.js';

/** One row's outcome: its cleaned data, or the problems that keep it out. */
export type RowOutcome = { data: Record<string, unknown> } | { problems: FieldProblem[] };

/**
 * `submitRecord` for many rows of one form at once, in two steps an import overlaps: `validate` (the same
 * preparation and sdk rules as one submission, a chunk per worker message, no database) and `store` (file and
 * record references with one query per field, a block of serial numbers, one multi-row INSERT). The caller's
 * tenant transaction holds it all; a row with problems is never stored.
 */
@Injectable()
export class RecordBatchSubmitService {
  constructor(
    private readonly db: Db,
    private readonly validator: SubmissionValidator,
    private readonly references: RecordReferenceService,
    private readonly serials: SerialNumberService,
  ) {}

  /**
   * `owned`: the caller built the inputs for this call as plain JSON values (an import's rows) and keeps none of them,
   * so they are not copied first and cross to the validator's worker as JSON text.
   */
  async validate(auth: AuthContext, schema: FormSchema, inputs: unknown[], { owned = false }: { owned?: boolean } = {}): Promise<RowOutcome[]> {
    const prepare = submissionPreparer(schema, auth.role);
    const prepared = inputs.map((input) => prepare(input, null, owned));
    const ready = prepared.flatMap((outcome, index) => ('data' in outcome ? [{ index, data: outcome.data }] : []));
    const results = await this.validator.validateMany(schema, ready.map((row) => row.data), { json: owned });
    const outcomes: RowOutcome[] = [...prepared];
    ready.forEach(({ index }, i) => {
      const result = results[i];
      outcomes[index] = result.valid ? { data: result.data } : { problems: result.errors.map((error) => ({ key: error.key, message: error.message, rule: error.rule })) };
    });
    return outcomes;
  }

  /** Checks references and stores the valid rows, unless `dryRun`; answers each row's outcome. */
  async store(auth: AuthContext, form: FormEntity, rows: RowOutcome[], options: { dryRun?: boolean; at?: Date } = {}): Promise<RowOutcome[]> {
    const valid = rows.flatMap((row, index) => ('data' in row ? [{ index, data: row.data }] : []));
    const referenceProblems = await this.references.check(auth, form.schema, valid.map((row) => row.data));
    const outcomes = [...rows];
    const storable: Record<string, unknown>[] = [];
    valid.forEach(({ index, data }, i) => {
      if (referenceProblems[i].length > 0) outcomes[index] = { problems: referenceProblems[i] };
      else storable.push(data);
    });
    if (options.dryRun || storable.length === 0) return outcomes;
    const at = options.at ?? new Date();
    await this.serials.assignMany(auth.workspaceId, form.formKey, form.schema, storable, at);
    await this.db.em.query(
      `INSERT INTO records (workspace_id, form_id, form_key, data, search_text, created_by_id, created_at)
       SELECT $1, $2, $3, t.data, t.search_text, $4, $5 FROM unnest($6::jsonb[], $7::text[]) AS t(data, search_text)`,
      [auth.workspaceId, form.id, form.formKey, auth.userId, at, storable.map((data) => JSON.stringify(data)), storable.map(searchTextOf)],
    );
    return outcomes;
  }
}
